package io.github.peelkit.scale;

import java.util.List;
import java.util.Optional;

/**
 * The built-in grade scales, available by id without any file: {@code hmic-2007}, {@code
 * ppaf-direction}, {@code peel-2014} and {@code peel-2021}, with the inspectorate's published
 * definitions as the grades' descriptions where they are known.
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

  private static final List<GradeScale> ALL = List.of(HMIC_2007, PPAF_DIRECTION, PEEL_2014, PEEL_2021);

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
}
