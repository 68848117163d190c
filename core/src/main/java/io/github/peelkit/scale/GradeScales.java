package io.github.peelkit.scale;

import java.util.List;
import java.util.Optional;

/**
 * The built-in grade scales, available by id without any file: {@code hmic-2007}, {@code
 * ppaf-direction}, {@code peel-2014} and {@code peel-2021} of the police inspectorate, and {@code
 * hmip-2018} (HM Inspectorate of Probation) and {@code cqc-2014} (Care Quality Commission), the
 * scales of the built-in {@linkplain io.github.peelkit.grading.GradingRuleSets grading rules}; with
 * the inspectorate's published definitions as the grades' descriptions where they are known.
 */
public final class GradeScales {
  /**
   * HMIC's 2007 baseline grades, Excellent, Good, Fair, Poor, awarded against specific grading
   * criteria (SGC); descriptions from "The grading process" of HMIC's 2007 inspection reports.
   */
  public static final GradeScale HMIC_2007 =
      GradeScale.builder()
          .id("hmic-2007")
          .name("HMIC graded judgments, 2007")
          .description(
              "Grades awarded by HMIC for performance over the assessment period April 2006 to July 2007,"
                  + " assessed against the specific grading criteria (SGC).")
          .addDefinitions(
              grade(
                  "excellent",
                  "Excellent",
                  "This grade describes the highest level of performance in service delivery and achieving"
                      + " full compliance with codes of practice or national guidance. It is expected that few"
                      + " forces will achieve this very high standard for a given activity. To achieve"
                      + " Excellent, forces are expected to meet all of the criteria set out in the Fair SGC and"
                      + " the vast majority of those set out in Good. In addition, two other factors will attract"
                      + " consideration of an Excellent grade: the force should be recognised, or be able to"
                      + " act, as a 'beacon' to others, and be accepted within the service as a source of"
                      + " leading-edge practice; and Excellent forces are expected to have introduced and"
                      + " evaluated new ways of delivering or improving performance."),
              grade(
                  "good",
                  "Good",
                  "Good is defined in the Collins English Dictionary as 'of a high quality or level' and"
                      + " denotes performance above the minimum standard. To reach this level, forces have to"
                      + " meet in full the criteria set out in Fair and most of the criteria set out in Good."),
              grade(
                  "fair",
                  "Fair",
                  "Fair is the delivery of an acceptable level of service, which meets national threshold"
                      + " standards where these exist. To achieve a Fair grading, forces must meet all of the"
                      + " significant criteria set out in the Fair SGC. HMIC would expect that, across most"
                      + " activities, the largest number of grades will be awarded at this level."),
              grade(
                  "poor",
                  "Poor",
                  "A Poor grade represents an unacceptably low level of service. To attract this very"
                      + " critical grade, a force will have fallen well short of a significant number of"
                      + " criteria set out in the SGC for Fair. In some cases, failure to achieve a single"
                      + " critical criterion may alone warrant a Poor grade."))
          .build();

  /**
   * The direction of travel of the Policing Performance Assessment Framework (PPAF): Improved,
   * Stable, Deteriorated, comparing a force's performance with its previous period.
   */
  public static final GradeScale PPAF_DIRECTION =
      GradeScale.builder()
          .id("ppaf-direction")
          .name("PPAF direction of travel")
          .description(
              "Direction of travel of the Policing Performance Assessment Framework: how a force's"
                  + " performance changed against the previous assessment period.")
          .addDefinitions(
              GradeDefinition.of("improved", "Improved"),
              GradeDefinition.of("stable", "Stable"),
              GradeDefinition.of("deteriorated", "Deteriorated"))
          .build();

  /**
   * The four-tier PEEL scale of 2014 to 2018/19: Outstanding, Good, Requires improvement,
   * Inadequate. Not directly comparable with {@link #PEEL_2021}.
   */
  public static final GradeScale PEEL_2014 =
      GradeScale.builder()
          .id("peel-2014")
          .name("PEEL graded judgments, 2014 to 2018/19")
          .description(
              "The four-tier scale of the PEEL inspections from 2014 to 2018/19. The inspectorate states"
                  + " that grades on this scale cannot be compared directly with those of the five-tier"
                  + " scale used from 2021/22.")
          .addDefinitions(
              GradeDefinition.of("outstanding", "Outstanding"),
              GradeDefinition.of("good", "Good"),
              GradeDefinition.builder().id("requires-improvement").label("Requires improvement").build(),
              GradeDefinition.of("inadequate", "Inadequate"))
          .build();

  /**
   * The five-tier PEEL scale from 2021/22: Outstanding, Good, Adequate, Requires improvement,
   * Inadequate, with the inspectorate's definitions.
   */
  public static final GradeScale PEEL_2021 =
      GradeScale.builder()
          .id("peel-2021")
          .name("PEEL graded judgments, 2021/22 onward")
          .description(
              "The five-tier scale of the PEEL assessments from 2021/22, judged against the"
                  + " characteristics of good performance set out in the PEEL Assessment Framework.")
          .addDefinitions(
              grade(
                  "outstanding",
                  "Outstanding",
                  "The force has substantially exceeded the characteristics of good performance."),
              grade(
                  "good",
                  "Good",
                  "The force has demonstrated substantially all the characteristics of good performance."),
              grade(
                  "adequate",
                  "Adequate",
                  "The force has demonstrated some of the characteristics of good performance, but we have"
                      + " identified areas where the force should make improvements."),
              grade(
                  "requires-improvement",
                  "Requires improvement",
                  "The force has demonstrated few, if any, of the characteristics of good performance and"
                      + " we have identified a substantial number of areas where the force needs to make"
                      + " improvements."),
              grade(
                  "inadequate",
                  "Inadequate",
                  "We have causes for concern and have made recommendations to the force to address"
                      + " them."))
          .build();

  /**
   * The four ratings HM Inspectorate of Probation gives youth justice (youth offending) services,
   * standard by standard and overall, under the standards it introduced in 2018 and refreshed in
   * 2021: Outstanding, Good, Requires improvement, Inadequate. The inspectorate publishes no one-line
   * definition of each rating, so the grades have none. Not comparable with the PEEL or CQC scales,
   * whose labels are the same.
   */
  public static final GradeScale HMIP_2018 =
      GradeScale.builder()
          .id("hmip-2018")
          .name("HM Inspectorate of Probation ratings, 2018 standards onward")
          .description(
              "The ratings of HM Inspectorate of Probation's inspections of youth justice services against the"
                  + " standards it introduced in 2018 (refreshed in 2021): each standard and the service overall"
                  + " are rated Outstanding, Good, Requires improvement or Inadequate.")
          .addDefinitions(
              GradeDefinition.of("outstanding", "Outstanding"),
              GradeDefinition.of("good", "Good"),
              GradeDefinition.builder().id("requires-improvement").label("Requires improvement").build(),
              GradeDefinition.of("inadequate", "Inadequate"))
          .build();

  /**
   * The Care Quality Commission's four ratings, given since October 2014 to each of its five key
   * questions (safe, effective, caring, responsive, well-led) and to a service overall, with the
   * Commission's one-line definitions.
   */
  public static final GradeScale CQC_2014 =
      GradeScale.builder()
          .id("cqc-2014")
          .name("Care Quality Commission ratings, October 2014 onward")
          .description(
              "The ratings the Care Quality Commission gives health and adult social care services in England,"
                  + " for each of its five key questions (are they safe, effective, caring, responsive and"
                  + " well-led?) and overall.")
          .addDefinitions(
              grade("outstanding", "Outstanding", "The service is performing exceptionally well."),
              grade("good", "Good", "The service is performing well and meeting our expectations."),
              grade(
                  "requires-improvement",
                  "Requires improvement",
                  "The service isn't performing as well as it should and we have told the service how it must"
                      + " improve."),
              grade(
                  "inadequate",
                  "Inadequate",
                  "The service is performing badly and we've taken enforcement action against the provider of"
                      + " the service."))
          .build();

  /**
   * The four scores the Care Quality Commission gives each quality statement under its single
   * assessment framework (from 2023; local authority assessments from December 2023), with the
   * Commission's one-line definitions: 4, exceptional standard; 3, good standard; 2, some
   * shortfalls; 1, significant shortfalls. Each grade has its number as score and alias, so {@code 3}
   * names {@code good-standard}. The overall rating these scores combine into is on {@link #CQC_2014}.
   */
  public static final GradeScale CQC_SCORE_2023 =
      GradeScale.builder()
          .id("cqc-score-2023")
          .name("Care Quality Commission quality statement scores, single assessment framework, 2023 onward")
          .description(
              "The score, 1 to 4, the Care Quality Commission gives each quality statement it assesses under its"
                  + " single assessment framework; the scores combine into a rating.")
          .addDefinitions(
              score("exceptional-standard", "Exceptional standard", "Evidence shows an exceptional standard.", 4),
              score("good-standard", "Good standard", "Evidence shows a good standard.", 3),
              score("some-shortfalls", "Some shortfalls", "Evidence shows some shortfalls.", 2),
              score("significant-shortfalls", "Significant shortfalls", "Evidence shows significant shortfalls.", 1))
          .build();

  private static final List<GradeScale> ALL =
      List.of(HMIC_2007, PPAF_DIRECTION, PEEL_2014, PEEL_2021, HMIP_2018, CQC_2014, CQC_SCORE_2023);

  private GradeScales() {}

  /** {@return every built-in scale, in the order of their first use} */
  public static List<GradeScale> all() {
    return ALL;
  }

  /**
   * Finds a built-in scale by id, ignoring case.
   *
   * @param id the id, such as {@code peel-2021}
   * @return the scale, or empty when there is no built-in scale with that id
   */
  public static Optional<GradeScale> find(String id) {
    return ALL.stream().filter(s -> s.id().equalsIgnoreCase(id.strip())).findFirst();
  }

  private static GradeDefinition grade(String id, String label, String description) {
    return GradeDefinition.builder().id(id).label(label).description(description).build();
  }

  private static GradeDefinition score(String id, String label, String description, int score) {
    return GradeDefinition.builder()
        .id(id)
        .label(label)
        .description(description)
        .addAliases(Integer.toString(score))
        .score(score)
        .build();
  }
}
