package io.github.peelkit.framework;

import io.github.peelkit.scale.GradeScales;
import java.util.List;
import java.util.Optional;

/**
 * The built-in frameworks, available by id without any file: {@code hmic-2007}, {@code
 * core-business-2014}, {@code peel-2016} and {@code peel-2021-22}, the police inspectorate's, on the
 * {@linkplain GradeScales built-in scales}. The YAML loader's built-in catalogue holds these; the same
 * frameworks written as {@code peelkit/v1} documents are in {@code docs/built-in/}, and a test holds the
 * two equal.
 */
public final class Frameworks {
  /**
   * HMIC's 2007 inspections of neighbourhood policing, performance management and protecting vulnerable
   * people, graded on the {@code hmic-2007} scale; the overview of protecting vulnerable people is not
   * graded, its four sub-areas are. Transcribed from Essex Police's HMIC inspection report of October
   * 2007: "Programmed frameworks", "The grading process", and the national contextual factors of each
   * area, which name what each area was assessed on.
   */
  public static final Framework HMIC_2007 =
      Framework.builder()
          .id("hmic-2007")
          .name("HMIC inspection of neighbourhood policing, performance management and protecting vulnerable people,"
              + " 2007")
          .description(
              "The first three key areas of policing inspected under HMIC's programme of work from 2007. Grades"
                  + " reflect the performance delivered by the force over the assessment period April 2006 to July 2007,"
                  + " assessed against the specific grading criteria (SGC).")
          .scale(GradeScales.HMIC_2007)
          .addAreas(
              Area.builder()
                  .id("neighbourhood-policing")
                  .name("Neighbourhood Policing")
                  .description(
                      "A style of policing that is rooted in and responds to local concerns; inspected for the extent to"
                          + " which Neighbourhood Policing is being implemented, and forces' capability and commitment to sustain"
                          + " implementation beyond April 2008.")
                  .addCriteria(
                      Criterion.of("np-resources", "Resources"),
                      Criterion.of("np-familiarity-accessibility", "Familiarity and accessibility"),
                      Criterion.of("np-problem-identification", "Problem identification"),
                      Criterion.of("np-joint-problem-solving", "Joint problem solving"))
                  .build(),
              Area.builder()
                  .id("performance-management")
                  .name("Performance management")
                  .description(
                      "Whether forces have an accurate picture of how they are doing and the capability to respond to"
                          + " changing priorities. There is no mechanistic link between overall force performance and the grade"
                          + " awarded in this framework.")
                  .addCriteria(
                      Criterion.of(
                          "pm-processes",
                          "The quality of the force's processes that enable it to identify and react to changes in performance."))
                  .build(),
              Area.builder()
                  .id("protecting-vulnerable-people")
                  .name("Protecting vulnerable people")
                  .description(
                      "Four related areas – child abuse, domestic violence, public protection and missing persons – that"
                          + " address the critically important role of the police in protecting the public from potentially"
                          + " serious harm. The four areas are graded; the overview is not.")
                  .addAliases("Protecting Vulnerable People – Overview")
                  .graded(false)
                  .addCriteria(
                      Criterion.of("pvp-leadership-and-accountability", "Leadership and accountability"),
                      Criterion.of("pvp-policy-implementation", "Policy implementation"),
                      Criterion.of("pvp-information-management", "Information management"),
                      Criterion.of("pvp-staffing-workload-supervision", "Staffing, workload and supervision"),
                      Criterion.of("pvp-performance-monitoring", "Performance monitoring and management"),
                      Criterion.of("pvp-training", "Training"),
                      Criterion.of("pvp-management-of-risk", "The management of risk"),
                      Criterion.of("pvp-partnership-working", "Partnership working"))
                  .addAreas(
                      Area.builder()
                          .id("child-abuse")
                          .name("Child abuse")
                          .addAliases("Protecting Vulnerable People – Child Abuse")
                          .build(),
                      Area.builder()
                          .id("domestic-violence")
                          .name("Domestic violence")
                          .addAliases("Protecting Vulnerable People – Domestic Violence")
                          .build(),
                      Area.builder()
                          .id("public-protection")
                          .name("Public protection")
                          .description(
                              "The management of sex and dangerous offenders under the multi-agency public protection arrangements"
                                  + " (MAPPA).")
                          .addAliases("Protecting Vulnerable People – Public Protection")
                          .addCriteria(
                              Criterion.of("pp-defensible-decisions", "Defensible decisions"),
                              Criterion.of("pp-rigorous-risk-assessment", "Rigorous risk assessment"),
                              Criterion.of(
                                  "pp-risk-management-plans",
                                  "The delivery of risk management plans which match the identified public protection need"),
                              Criterion.of(
                                  "pp-evaluation-of-performance",
                                  "The evaluation of performance to improve delivery"))
                          .build(),
                      Area.builder()
                          .id("missing-persons")
                          .name("Missing persons")
                          .addAliases("Protecting Vulnerable People – Missing Persons")
                          .build())
                  .build())
          .build();

  /**
   * HMIC's 2014 inspection of crime prevention, police attendance and use of police time, first called
   * "Making best use of police time": findings only, so no area is graded and there is no scale.
   * Transcribed from HMIC's letter to Essex Police of 3 September 2014.
   */
  public static final Framework CORE_BUSINESS_2014 =
      Framework.builder()
          .id("core-business-2014")
          .name("Core business: An inspection of crime prevention, police attendance and use of police time")
          .description(
              "HMIC's inspection of all 43 forces in England and Wales, fieldwork January to April 2014, first"
                  + " called 'Making best use of police time'. It assessed three areas of police work and published"
                  + " findings for each force, without grades.")
          .addAreas(
              Area.builder()
                  .id("preventing-crime")
                  .name("Preventing crime")
                  .description(
                      "How well forces are preventing crime and anti-social behaviour.")
                  .graded(false)
                  .build(),
              Area.builder()
                  .id("attending-crimes-and-incidents")
                  .name("Attending crimes and incidents")
                  .description(
                      "How forces respond to reports of crime, including investigating crime and bringing offenders to"
                          + " justice.")
                  .graded(false)
                  .build(),
              Area.builder()
                  .id("freeing-up-time")
                  .name("Freeing up time")
                  .description(
                      "How well forces are freeing up the time of their staff so they can focus on core policing functions.")
                  .graded(false)
                  .build())
          .build();

  /**
   * The PEEL inspections of 2016: effectiveness, efficiency and legitimacy, each graded on the
   * four-tier {@code peel-2014} scale and published on its own date, and leadership, reported as a
   * narrative without a grade. Transcribed from Essex Police's table of its HMICFRS grades (2017).
   */
  public static final Framework PEEL_2016 =
      Framework.builder()
          .id("peel-2016")
          .name("PEEL 2016 (police effectiveness, efficiency and legitimacy)")
          .description(
              "HMIC's annual assessment of police effectiveness, efficiency and legitimacy in 2016. Each pillar was"
                  + " graded and published separately; leadership was examined as a thread through the inspections and"
                  + " reported as a narrative, without a grade.")
          .scale(GradeScales.PEEL_2014)
          .addAreas(
              Area.builder()
                  .id("effectiveness")
                  .name("Effectiveness")
                  .addAliases("Effectiveness 2016")
                  .build(),
              Area.builder()
                  .id("efficiency")
                  .name("Efficiency")
                  .addAliases("Efficiency 2016")
                  .build(),
              Area.builder()
                  .id("legitimacy")
                  .name("Legitimacy")
                  .addAliases("Legitimacy 2016")
                  .build(),
              Area.builder()
                  .id("leadership")
                  .name("Leadership")
                  .addAliases("Leadership 2016")
                  .graded(false)
                  .build())
          .build();

  /**
   * The PEEL Assessment Framework 2021/22, graded on the five-tier {@code peel-2021} scale. Area names
   * as in the inspectorate's 2021/22 report on Essex Police; aliases are the short labels of its press
   * releases and grade tables. Criteria are those the report states: the expectations of the victim
   * service assessment, and the first characteristic of good performance of value for money.
   */
  public static final Framework PEEL_2021_22 =
      Framework.builder()
          .id("peel-2021-22")
          .name("PEEL Assessment Framework 2021/22")
          .description(
              "Forces are assessed against the characteristics of good performance set out in the PEEL Assessment"
                  + " Framework 2021/22, on a five-tier scale. The inspectorate states that grades cannot be compared"
                  + " directly with those of earlier PEEL inspections.")
          .scale(GradeScales.PEEL_2021)
          .addAreas(
              Area.builder()
                  .id("victim-service-assessment")
                  .name("Providing a service to the victims of crime")
                  .description(
                      "The service victims receive from the force, from the point of reporting a crime through to the end"
                          + " result. While this assessment is ungraded, it influences graded judgments in the other areas"
                          + " inspected.")
                  .addAliases("Victim service assessment")
                  .graded(false)
                  .addCriteria(
                      Criterion.of(
                          "vsa-initial-contact",
                          "When a victim contacts the police, it is important that their call is answered quickly and that the"
                              + " right information is recorded accurately on police systems. The caller should be spoken to in a"
                              + " professional manner. The information should be assessed, taking into consideration threat, harm,"
                              + " risk and vulnerability. And the victim should get appropriate safeguarding advice."),
                      Criterion.of(
                          "vsa-response",
                          "A force should aim to respond to calls for service within its published time frames, based on the"
                              + " prioritisation given to the call. It should change call priority only if the original prioritisation"
                              + " is deemed inappropriate, or if further information suggests a change is needed. The response should"
                              + " take into consideration risk and victim vulnerability, including information obtained after the"
                              + " call."),
                      Criterion.of(
                          "vsa-investigation",
                          "Police forces should investigate reported crimes quickly, proportionately and thoroughly. Victims"
                              + " should be kept updated about the investigation, and the force should have effective governance"
                              + " arrangements to make sure investigation standards are high."),
                      Criterion.of(
                          "vsa-outcomes",
                          "The force should make sure it follows national guidance and rules for deciding the outcome of each"
                              + " report of crime. In deciding the outcome, the force should consider the nature of the crime, the"
                              + " offender and the victim. And the force should show the necessary leadership and culture to make sure"
                              + " the use of outcomes is appropriate."))
                  .build(),
              Area.builder()
                  .id("crime-data-integrity")
                  .name("Crime data integrity")
                  .description(
                      "The inspectorate's rolling crime data integrity inspections, integrated into the PEEL assessments;"
                          + " the victim service assessment includes a crime data integrity element in at least every other"
                          + " assessment.")
                  .addAliases("Recording data about crime", "Crime data accuracy")
                  .build(),
              Area.builder()
                  .id("fairness-and-respect")
                  .name("Engaging with and treating the public with fairness and respect")
                  .addAliases("Treatment of the public")
                  .build(),
              Area.builder()
                  .id("preventing-crime")
                  .name("Preventing crime and anti-social behaviour")
                  .addAliases("Preventing crime")
                  .build(),
              Area.builder()
                  .id("responding-to-the-public")
                  .name("Responding to the public")
                  .build(),
              Area.builder()
                  .id("investigating-crime")
                  .name("Investigating crime")
                  .build(),
              Area.builder()
                  .id("protecting-vulnerable-people")
                  .name("Protecting vulnerable people")
                  .build(),
              Area.builder()
                  .id("managing-offenders")
                  .name("Managing offenders and suspects")
                  .addAliases("Managing offenders")
                  .build(),
              Area.builder()
                  .id("serious-organised-crime")
                  .name("Disrupting serious organised crime")
                  .addAliases("Disrupting serious and organised crime", "Tackling serious and organised crime")
                  .build(),
              Area.builder()
                  .id("workforce")
                  .name("Building, supporting and protecting the workforce")
                  .addAliases("Developing a positive workplace", "Supporting its workforce")
                  .build(),
              Area.builder()
                  .id("vetting-and-counter-corruption")
                  .name("Vetting and counter corruption")
                  .description(
                      "Inspected in separate inspections; the inspectorate grades and reports on forces' performance"
                          + " separately.")
                  .build(),
              Area.builder()
                  .id("value-for-money")
                  .name("Strategic planning, organisational management and value for money")
                  .addAliases("Good use of resources", "Use of resources", "Value for money")
                  .addCriteria(
                      Criterion.of(
                          "vfm-1",
                          "The force has an effective strategic planning and performance management framework."))
                  .build())
          .build();

  private static final List<Framework> ALL = List.of(HMIC_2007, CORE_BUSINESS_2014, PEEL_2016, PEEL_2021_22);

  private Frameworks() {}

  /** {@return every built-in framework, in the order the catalogue lists them} */
  public static List<Framework> all() {
    return ALL;
  }

  /**
   * Finds a built-in framework by id, ignoring case.
   *
   * @param id the id, such as {@code peel-2021-22}
   * @return the framework, or empty when there is no built-in framework with that id
   */
  public static Optional<Framework> find(String id) {
    return ALL.stream().filter(f -> f.id().equalsIgnoreCase(id.strip())).findFirst();
  }
}
