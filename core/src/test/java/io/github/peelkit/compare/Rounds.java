package io.github.peelkit.compare;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.assessment.Subject;
import io.github.peelkit.assessment.UngradedReason;
import io.github.peelkit.framework.Area;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.scale.GradeScales;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Inspection rounds of the PEEL kind for the comparison tests, with the grades Essex Police was
 * published with: the pillars of 2016 and 2017 on the four-tier scale, a small 2021/22 framework on
 * the five-tier one, and the ungraded core business inspection of 2014.
 */
final class Rounds {
  static final Framework PEEL_2016 =
      Framework.builder()
          .id("peel-2016")
          .name("PEEL 2016")
          .scale(GradeScales.PEEL_2014)
          .addAreas(
              Area.of("effectiveness", "Effectiveness"),
              Area.of("efficiency", "Efficiency"),
              Area.of("legitimacy", "Legitimacy"),
              Area.builder().id("leadership").name("Leadership").graded(false).build())
          .build();

  /** The pillars of 2017 in another order, to show that areas follow the later framework's order. */
  static final Framework PEEL_2017 =
      Framework.builder()
          .id("peel-2017")
          .name("PEEL 2017")
          .scale(GradeScales.PEEL_2014)
          .addAreas(Area.of("legitimacy", "Legitimacy"), Area.of("efficiency", "Efficiency"), Area.of("effectiveness", "Effectiveness"))
          .build();

  static final Framework PEEL_2021_22 =
      Framework.builder()
          .id("peel-2021-22")
          .name("PEEL Assessment Framework 2021/22")
          .scale(GradeScales.PEEL_2021)
          .addAreas(
              Area.builder().id("victim-service-assessment").name("Providing a service to the victims of crime").graded(false).build(),
              Area.of("crime-data-integrity", "Crime data integrity"),
              Area.of("investigating-crime", "Investigating crime"),
              Area.of("responding-to-the-public", "Responding to the public"))
          .build();

  static final Framework CORE_BUSINESS_2014 =
      Framework.builder()
          .id("core-business-2014")
          .name("Core business 2014")
          .addAreas(Area.builder().id("preventing-crime").name("Preventing crime").graded(false).build())
          .build();

  /** The built-in mapping, comparable: as a user who disagrees with the inspectorate would declare it. */
  static final GradeMapping COMPARABLE_2014_TO_2021 =
      GradeMapping.of(
          "peel-2014-to-peel-2021-comparable",
          GradeScales.PEEL_2014,
          GradeScales.PEEL_2021,
          Map.of(
              "outstanding", List.of("outstanding"),
              "good", List.of("good", "adequate"),
              "requires-improvement", List.of("adequate", "requires-improvement"),
              "inadequate", List.of("inadequate")));

  private Rounds() {}

  /** An assessment of a subject; grades and reasons are given as {@code area=grade} or {@code area=-reason}. */
  static Assessment assessment(String id, String subject, Framework framework, String published, String... judgments) {
    Assessment.Builder builder =
        Assessment.builder()
            .id(id)
            .subject(Subject.of(subject, subject + " police"))
            .framework(framework)
            .title(id)
            .published(LocalDate.parse(published));
    for (String judgment : judgments) {
      String[] parts = judgment.split("=");
      Area area = framework.area(parts[0]);
      builder.addJudgments(
          parts[1].startsWith("-")
              ? Judgment.ungraded(area, UngradedReason.parse(parts[1].substring(1)))
              : Judgment.graded(area, framework.scale().orElseThrow().grade(parts[1])));
    }
    return builder.build();
  }

  static Assessment essex2016() {
    return assessment("essex-peel-2016", "essex", PEEL_2016, "2017-03-02",
        "effectiveness=good", "efficiency=good", "legitimacy=good", "leadership=-narrative");
  }

  static Assessment essex2017() {
    return assessment("essex-peel-2017", "essex", PEEL_2017, "2018-03-22", "effectiveness=good", "efficiency=good", "legitimacy=good");
  }

  static Assessment essex2021() {
    return assessment("essex-peel-2021-22", "essex", PEEL_2021_22, "2022-10-14",
        "victim-service-assessment=-not-graded", "crime-data-integrity=outstanding", "investigating-crime=adequate",
        "responding-to-the-public=requires-improvement");
  }
}
