package io.github.peelkit.assessment;

import io.github.peelkit.framework.Area;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScales;

/** A small PEEL 2021/22 framework for the assessment tests. */
final class Fixtures {
  static final Framework PEEL_2021_22 =
      Framework.builder()
          .id("peel-2021-22")
          .name("PEEL Assessment Framework 2021/22")
          .scale(GradeScales.PEEL_2021)
          .addAreas(
              Area.builder()
                  .id("victim-service-assessment")
                  .name("Providing a service to the victims of crime")
                  .graded(false)
                  .build(),
              Area.builder()
                  .id("fairness-and-respect")
                  .name("Engaging with and treating the public with fairness and respect")
                  .addAlias("Treatment of the public")
                  .build(),
              Area.of("responding-to-the-public", "Responding to the public"),
              Area.of("managing-offenders", "Managing offenders and suspects"))
          .build();

  private Fixtures() {}

  static Area area(String id) {
    return PEEL_2021_22.area(id);
  }

  static Grade grade(String id) {
    return GradeScales.PEEL_2021.grade(id);
  }

  static Assessment.Builder essex() {
    return Assessment.builder()
        .id("essex-peel-2021-22")
        .subject(Subject.of("essex", "Essex Police"))
        .framework(PEEL_2021_22)
        .title("PEEL 2021/22 – An inspection of Essex Police")
        .published(java.time.LocalDate.of(2022, 10, 14));
  }
}
