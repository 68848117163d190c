package io.github.peelkit.grading;

import io.github.peelkit.assessment.Source;
import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.scale.GradeScales;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The built-in grading rules, available by id without any file, each with its published source:
 * {@code hmip-youth-justice-2018} (HMI Probation's scoring of its youth justice inspections),
 * {@code cqc-adult-social-care-2022} (CQC's aggregation of the five key-question ratings of an adult
 * social care service into its overall rating) and {@code cqc-local-authority-2023} (CQC's scoring
 * of a local authority's adult social care, a percentage of the maximum). Their ids are fixed.
 */
public final class GradingRuleSets {
  /**
   * HMI Probation's overall rating of a youth justice (youth offending) service from its twelve
   * standards: each rated Outstanding (3 points), Good (2), Requires improvement (1) or Inadequate
   * (0), the total out of 36 banded 0–6 Inadequate, 7–18 Requires improvement, 19–30 Good, 31–36
   * Outstanding; on {@link GradeScales#HMIP_2018}. Since the standards were refreshed in 2021 the
   * resettlement standard is rated as well but does not count, so there are twelve inputs either
   * way.
   */
  public static final GradingRules HMIP_YOUTH_JUSTICE_2018 = hmipYouthJustice();

  /**
   * CQC's aggregation of an adult social care service's five key-question ratings (safe, effective,
   * caring, responsive, well-led) into its overall rating, on {@link GradeScales#CQC_2014}: two or
   * more Inadequate give Inadequate; at least two Outstanding and the rest Good give Outstanding; no
   * Inadequate and at most one Requires improvement give Good; otherwise Requires improvement. The
   * Commission says the overall rating will "normally" follow these principles: a published rating
   * that departs from them records an override on its judgment.
   */
  public static final GradingRules CQC_ADULT_SOCIAL_CARE_2022 = cqcAdultSocialCare();

  /**
   * CQC's overall rating of a local authority's adult social care from the scores of its nine quality
   * statements (each 1 to 4, {@link GradeScales#CQC_SCORE_2023}): the total as a percentage of the
   * maximum, 36, banded 25–38% Inadequate, 39–62% Requires improvement, 63–87% Good, 88% and above
   * Outstanding ({@link GradeScales#CQC_2014}). The percentage is compared exactly: 14 of 36 points
   * (38 8/9%), the only total of nine scores between two thresholds, is Inadequate.
   */
  public static final GradingRules CQC_LOCAL_AUTHORITY_2023 = cqcLocalAuthority();

  private static final List<GradingRules> ALL =
      List.of(HMIP_YOUTH_JUSTICE_2018, CQC_ADULT_SOCIAL_CARE_2022, CQC_LOCAL_AUTHORITY_2023);

  private GradingRuleSets() {}

  private static GradingRules hmipYouthJustice() {
    GradeScale scale = GradeScales.HMIP_2018;
    return GradingRules.builder()
        .id("hmip-youth-justice-2018")
        .name("HMI Probation youth justice inspections: overall rating from the twelve standards")
        .inputScale(scale)
        .scale(scale)
        .inputs(Inputs.count(12))
        .source(
            Source.builder()
                .title("Our standards and ratings")
                .publisher("HM Inspectorate of Probation")
                .url("https://www.justiceinspectorates.gov.uk/hmiprobation/about-hmi-probation/about-our-work/our-standards-and-ratings/")
                .note("The standards and ratings of youth justice inspections from 2018, refreshed in 2021; each inspection"
                    + " report's ratings table gives the twelve standards' ratings, the score and the overall rating.")
                .build())
        .note(
            "Each of the twelve standards of domains one to three (organisational delivery, court disposals,"
                + " out-of-court disposals) scores 3 for Outstanding, 2 for Good, 1 for Requires improvement and 0 for"
                + " Inadequate; the total, out of 36, gives the overall rating. Since 2021 the resettlement standard"
                + " is rated separately and does not count towards the total.")
        .method(
            Points.builder()
                .putValue(scale.grade("outstanding"), BigDecimal.valueOf(3))
                .putValue(scale.grade("good"), BigDecimal.valueOf(2))
                .putValue(scale.grade("requires-improvement"), BigDecimal.ONE)
                .putValue(scale.grade("inadequate"), BigDecimal.ZERO)
                .addBands(
                    Band.of(scale.grade("outstanding"), 31),
                    Band.of(scale.grade("good"), 19),
                    Band.of(scale.grade("requires-improvement"), 7),
                    Band.of(scale.grade("inadequate"), 0))
                .build())
        .build();
  }

  private static GradingRules cqcAdultSocialCare() {
    GradeScale scale = GradeScales.CQC_2014;
    Selector outstanding = Selector.of(scale.grade("outstanding"));
    Selector inadequate = Selector.of(scale.grade("inadequate"));
    return GradingRules.builder()
        .id("cqc-adult-social-care-2022")
        .name("CQC adult social care: overall rating from the five key questions")
        .inputScale(scale)
        .scale(scale)
        .inputs(Inputs.named(List.of("safe", "effective", "caring", "responsive", "well-led")))
        .source(
            Source.builder()
                .title("How we aggregate ratings using the rating principles: adult social care services")
                .publisher("Care Quality Commission")
                .url("https://www.cqc.org.uk/guidance-providers/adult-social-care/how-we-aggregate-ratings-using-rating-principles-adult-social")
                .published(LocalDate.of(2022, 5, 12))
                .note("Page last updated 12 May 2022. The principles give Outstanding to at least two Outstanding and three"
                    + " Good, Good to no Inadequate and at most one Requires improvement, Requires improvement to two or more"
                    + " Requires improvement, Inadequate to two or more Inadequate, each 'normally'.")
                .build())
        .note(
            "CQC says the overall rating will normally follow these principles, and that inspection teams may depart"
                + " from them by professional judgement and record why: such a rating records an override on its"
                + " judgment. The published rating limiters (a breach of regulations caps the overall rating at"
                + " Requires improvement; conditions of registration cap well-led) depend on facts that are not"
                + " key-question ratings, so they are not limits here.")
        .method(
            OrderedRules.of(
                GradeRule.when(scale.grade("inadequate"), Condition.atLeast(inadequate, 2)),
                GradeRule.when(
                    scale.grade("outstanding"),
                    Condition.all(
                        Condition.atLeast(outstanding, 2),
                        Condition.atMost(Selector.orWorse(scale.grade("requires-improvement")), 0))),
                GradeRule.when(
                    scale.grade("good"),
                    Condition.all(
                        Condition.atMost(inadequate, 0),
                        Condition.atMost(Selector.of(scale.grade("requires-improvement")), 1))),
                GradeRule.otherwise(scale.grade("requires-improvement"))))
        .build();
  }

  private static GradingRules cqcLocalAuthority() {
    GradeScale scores = GradeScales.CQC_SCORE_2023;
    GradeScale ratings = GradeScales.CQC_2014;
    return GradingRules.builder()
        .id("cqc-local-authority-2023")
        .name("CQC local authority assessments: overall rating from the nine quality statement scores")
        .inputScale(scores)
        .scale(ratings)
        .inputs(
            Inputs.named(
                List.of(
                    "assessing-needs",
                    "supporting-people-to-live-healthier-lives",
                    "equity-in-experience-and-outcomes",
                    "care-provision-integration-and-continuity",
                    "partnerships-and-communities",
                    "safe-pathways-systems-and-transitions",
                    "safeguarding",
                    "governance-management-and-sustainability",
                    "learning-improvement-and-innovation")))
        .source(
            Source.builder()
                .title("Local authority assessments: how we determine ratings")
                .publisher("Care Quality Commission")
                .url("https://www.cqc.org.uk/guidance-regulation/local-authorities/how-we-determine-ratings")
                .note("\"We combine the scores for all the quality statements assessed to give an overall score as a"
                    + " percentage. All quality statements are weighted equally.\" Thresholds: 25 to 38% inadequate, 39 to"
                    + " 62% requires improvement, 63 to 87% good, 88% and above outstanding.")
                .build())
        .note(
            "The nine quality statements of the four themes (working with people, providing support, ensuring"
                + " safety, leadership), each scored 4 for an exceptional standard down to 1 for significant"
                + " shortfalls. The published score is the percentage as a whole number. Compared exactly, a"
                + " percentage between two thresholds (of nine scores, only 14 of 36 points: 38 8/9%) falls in the"
                + " lower band; the Commission does not say whether it rounds first. An assessment of fewer"
                + " statements needs rules with fewer inputs.")
        .method(
            Points.builder()
                .putValue(scores.grade("exceptional-standard"), BigDecimal.valueOf(4))
                .putValue(scores.grade("good-standard"), BigDecimal.valueOf(3))
                .putValue(scores.grade("some-shortfalls"), BigDecimal.valueOf(2))
                .putValue(scores.grade("significant-shortfalls"), BigDecimal.ONE)
                .basis(Basis.PERCENT)
                .addBands(
                    Band.of(ratings.grade("outstanding"), 88),
                    Band.of(ratings.grade("good"), 63),
                    Band.of(ratings.grade("requires-improvement"), 39),
                    Band.of(ratings.grade("inadequate"), 25))
                .build())
        .build();
  }

  /** {@return every built-in set of grading rules} */
  public static List<GradingRules> all() {
    return ALL;
  }

  /**
   * Finds built-in grading rules by id, ignoring case.
   *
   * @param id the id, such as {@code cqc-adult-social-care-2022}
   * @return the rules, or empty when there are no built-in rules with that id
   */
  public static Optional<GradingRules> find(String id) {
    return ALL.stream().filter(r -> r.id().equalsIgnoreCase(id.strip())).findFirst();
  }
}
