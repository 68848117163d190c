package io.github.peelkit.testkit;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.extension.ExtensionValue;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.framework.Area;
import io.github.peelkit.framework.Criterion;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.mapping.LawfulMappings;
import io.github.peelkit.scale.GradeDefinition;
import io.github.peelkit.scale.GradeScale;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Seeded random generator of valid scales, frameworks, assessments, grade mappings and extensions,
 * for property tests in any engine and for benchmark corpora.
 *
 * <pre>{@code
 * ModelGenerator generate = ModelGenerator.of(42);
 * GradeScale scale = generate.scale();
 * Assessment assessment = generate.assessment(generate.framework(scale));
 * }</pre>
 *
 * <p>Reproducible: a generator made from the same seed (or from random generators in the same
 * state) and asked the same things in the same order gives equal values. A seeded generator uses
 * {@link SplittableRandom}. To plug into an engine, make one generator per generated value from the
 * engine's randomness, e.g. for QuickTheories {@code in -> ModelGenerator.of(in.next(Constraint.none())).scale()}.
 *
 * <p>Every value is built through the model's builders, so it is valid; generated assessments also
 * carry no {@linkplain Assessment#warnings() warnings}: a cause of concern always links a
 * recommendation, an {@code inadequate} grade always comes with a cause of concern, published
 * figures of a sample agree with its successes and size (Wald at 95%, rounded to 0.001).
 *
 * <p>Not thread-safe: a generator advances its random source with every value.
 */
public final class ModelGenerator {
  private static final List<String> GRADE_WORDS =
      List.of(
          "outstanding", "excellent", "good", "strong", "adequate", "fair", "satisfactory", "sound",
          "requires-improvement", "limited", "weak", "poor", "inadequate", "failing", "improved", "stable",
          "deteriorated");

  private final Texts texts;

  private ModelGenerator(RandomGenerator random, TextStyle style) {
    this.texts = new Texts(Objects.requireNonNull(random, "random"), Objects.requireNonNull(style, "style"));
  }

  /**
   * A generator of plain text, seeded.
   *
   * @param seed the seed
   * @return the generator
   */
  public static ModelGenerator of(long seed) {
    return of(seed, TextStyle.PLAIN);
  }

  /**
   * A generator in a text style, seeded.
   *
   * @param seed the seed
   * @param style the style of texts and ids
   * @return the generator
   */
  public static ModelGenerator of(long seed, TextStyle style) {
    return new ModelGenerator(new SplittableRandom(seed), style);
  }

  /**
   * A generator of plain text driven by a random generator, which it advances.
   *
   * @param random the source of randomness
   * @return the generator
   */
  public static ModelGenerator of(RandomGenerator random) {
    return of(random, TextStyle.PLAIN);
  }

  /**
   * A generator in a text style driven by a random generator, which it advances.
   *
   * @param random the source of randomness
   * @param style the style of texts and ids
   * @return the generator
   */
  public static ModelGenerator of(RandomGenerator random, TextStyle style) {
    return new ModelGenerator(random, style);
  }

  /** {@return a scale of 2 to 7 grades} */
  public GradeScale scale() {
    return scale(texts.between(2, 7));
  }

  /**
   * A scale of a given size: grade ids unique, labels and aliases unambiguous, scores on every
   * grade (strictly decreasing) or none, descriptions and extensions now and then.
   *
   * @param size the number of grades, at least 2
   * @return the scale
   * @throws IllegalArgumentException when the size is below 2
   */
  public GradeScale scale(int size) {
    if (size < 2) {
      throw new IllegalArgumentException("a scale has at least two grades, not " + size);
    }
    Texts.Ids ids = texts.ids();
    List<String> gradeIds = new ArrayList<>();
    List<String> words = new ArrayList<>(GRADE_WORDS);
    for (int i = 0; i < size; i++) {
      String id = null;
      if (!words.isEmpty() && texts.chance(0.7)) {
        String word = words.remove(texts.random().nextInt(words.size()));
        id = ids.take(word) ? word : null;
      }
      gradeIds.add(id != null ? id : ids.next("grade"));
    }
    Texts.Names names = texts.names();
    gradeIds.forEach(id -> names.take(id, id));
    boolean scored = texts.chance(0.3);
    double score = texts.between(size, 100);
    List<GradeDefinition> grades = new ArrayList<>();
    for (String id : gradeIds) {
      GradeDefinition.Builder grade = GradeDefinition.builder();
      grade.id(id).label(label(id, names));
      if (texts.chance(0.3)) {
        grade.addAliases(names.fresh(id));
      }
      if (texts.chance(0.4)) {
        grade.description(texts.text());
      }
      if (scored) {
        grade.score(score);
        score -= 0.5 * texts.between(1, 6);
      }
      grade.extensions(extensions());
      grades.add(grade.build());
    }
    GradeScale.Builder scale = GradeScale.builder();
    scale.id(texts.ids().next("scale")).name(texts.text()).definitions(grades).extensions(extensions());
    if (texts.chance(0.5)) {
      scale.description(texts.text());
    }
    return scale.build();
  }

  private String label(String id, Texts.Names names) {
    if (texts.chance(0.6)) {
      String label = id.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + id.substring(1).replace('-', ' ');
      if (names.take(label, id)) {
        return label;
      }
    }
    return names.fresh(id);
  }

  /**
   * {@return a framework on a random scale; when no area happens to be graded, now and then a
   * framework without a scale}
   */
  public Framework framework() {
    return framework(scale(), true);
  }

  /**
   * A framework on a scale: one to six top-level areas, some with sub-areas, most graded, with
   * aliases, criteria, descriptions and extensions now and then. It always has the scale, even
   * when no area happens to be graded.
   *
   * @param scale the scale graded areas are judged on
   * @return the framework
   */
  public Framework framework(GradeScale scale) {
    return framework(scale, false);
  }

  private Framework framework(GradeScale scale, boolean mayDropScale) {
    Texts.Ids areaIds = texts.ids();
    Texts.Ids criterionIds = texts.ids();
    Texts.Names names = texts.names();
    List<Area> areas = new ArrayList<>();
    int top = texts.between(1, 6);
    for (int i = 0; i < top; i++) {
      areas.add(area(areaIds, criterionIds, names, 0));
    }
    Framework.Builder framework = Framework.builder();
    framework.id(texts.ids().next("framework")).name(texts.text()).areas(areas).extensions(extensions());
    boolean graded = areas.stream().anyMatch(ModelGenerator::hasGraded);
    if (graded || !mayDropScale || texts.chance(0.7)) {
      framework.scale(scale);
    }
    if (texts.chance(0.4)) {
      framework.description(texts.text());
    }
    return framework.build();
  }

  private static boolean hasGraded(Area area) {
    return area.graded() || area.areas().stream().anyMatch(ModelGenerator::hasGraded);
  }

  private Area area(Texts.Ids areaIds, Texts.Ids criterionIds, Texts.Names names, int depth) {
    // An area's id is one of its names: it must not name an area made before.
    String id;
    do {
      id = areaIds.next("area");
    } while (!names.take(id, id));
    Area.Builder area = Area.builder();
    area.id(id).name(areaName(id, names)).graded(texts.chance(0.85)).extensions(extensions());
    int aliases = texts.chance(0.3) ? texts.between(1, 2) : 0;
    for (int i = 0; i < aliases; i++) {
      area.addAliases(names.fresh(id));
    }
    if (texts.chance(0.3)) {
      area.description(texts.text());
    }
    int criteria = texts.chance(0.4) ? texts.between(1, 3) : 0;
    for (int i = 0; i < criteria; i++) {
      area.addCriteria(Criterion.builder().id(criterionIds.next("criterion")).text(texts.text()).extensions(extensions()).build());
    }
    if (depth < 2 && texts.chance(0.25)) {
      int subAreas = texts.between(1, 3);
      for (int i = 0; i < subAreas; i++) {
        area.addAreas(area(areaIds, criterionIds, names, depth + 1));
      }
    }
    return area.build();
  }

  private String areaName(String id, Texts.Names names) {
    for (int attempt = 0; attempt < 20; attempt++) {
      String name = texts.text();
      if (names.take(name, id)) {
        return name;
      }
    }
    return names.fresh(id);
  }

  /** {@return an assessment against a random framework, of random shape, converted now and then} */
  public Assessment assessment() {
    return assessment(framework(), AssessmentShape.builder().converted(texts.chance(0.2)).build());
  }

  /**
   * An assessment against a framework, of random shape.
   *
   * @param framework the framework
   * @return the assessment
   */
  public Assessment assessment(Framework framework) {
    return assessment(framework, AssessmentShape.random());
  }

  /**
   * An assessment against a framework, of a shape: judgments (graded and ungraded) of the
   * framework's areas, findings of every kind (causes of concern linked to recommendations,
   * findings linked to evidence), samples and measures, finding counts, peer distributions that add
   * up, statements, notes, dates and extensions.
   *
   * @param framework the framework
   * @param shape how many judgments, findings and pieces of evidence, and whether to convert
   * @return the assessment
   */
  public Assessment assessment(Framework framework, AssessmentShape shape) {
    Assessment assessment = new AssessmentGenerator(this, texts, framework, shape).generate();
    if (shape.converted() && assessment.scale().isPresent()) {
      assessment = AssessmentGenerator.convert(this, texts, assessment);
    }
    return assessment;
  }

  /** {@return a lawful mapping between two random scales} */
  public GradeMapping mapping() {
    return mapping(scale(), scale());
  }

  /**
   * A lawful mapping between two scales, its rules drawn uniformly from all lawful mappings ({@link
   * LawfulMappings#random}), with a random id, and a name, a note, {@code comparable: false} and
   * extensions now and then.
   *
   * @param from the scale to convert from
   * @param to the scale to convert to
   * @return the mapping
   */
  public GradeMapping mapping(GradeScale from, GradeScale to) {
    GradeMapping drawn = LawfulMappings.random(texts.ids().next("mapping"), from, to, texts.random());
    GradeMapping.Builder mapping = GradeMapping.builder();
    mapping.id(drawn.id()).from(from).to(to).rules(drawn.rules()).comparable(texts.chance(0.7)).extensions(extensions());
    if (texts.chance(0.5)) {
      mapping.name(texts.text());
    }
    if (texts.chance(0.5)) {
      mapping.note(texts.text());
    }
    return mapping.build();
  }

  /** {@return extensions: empty most of the time, else one to three entries of any kind of value} */
  public Extensions extensions() {
    if (!texts.chance(0.2)) {
      return Extensions.empty();
    }
    return Extensions.of(mappingValue(0).values());
  }

  private ExtensionValue.Mapping mappingValue(int depth) {
    Map<String, ExtensionValue> entries = new LinkedHashMap<>();
    int n = texts.between(1, 3);
    for (int i = 0; i < n; i++) {
      entries.put(texts.key(), extensionValue(depth));
    }
    return new ExtensionValue.Mapping(entries);
  }

  private ExtensionValue extensionValue(int depth) {
    double roll = texts.random().nextDouble();
    if (roll < 0.3) {
      return ExtensionValue.of(texts.text());
    }
    if (roll < 0.5) {
      return ExtensionValue.of(decimal());
    }
    if (roll < 0.6) {
      return ExtensionValue.of(texts.chance(0.5));
    }
    if (roll < 0.7 || depth >= 2) {
      return ExtensionValue.Null.NULL;
    }
    if (roll < 0.85) {
      List<ExtensionValue> values = new ArrayList<>();
      int n = texts.between(0, 3);
      for (int i = 0; i < n; i++) {
        values.add(extensionValue(depth + 1));
      }
      return new ExtensionValue.Sequence(values);
    }
    return mappingValue(depth + 1);
  }

  /** A number as written: up to four decimals, trailing zeros kept, sometimes negative. */
  BigDecimal decimal() {
    return BigDecimal.valueOf(texts.random().nextLong(-100_000, 100_001), texts.between(0, 4));
  }

  /** A day from 2007 (the first graded inspections in the seeds) to the end of 2030. */
  LocalDate date() {
    LocalDate first = LocalDate.of(2007, 1, 1);
    return first.plusDays(texts.random().nextLong(ChronoUnit.DAYS.between(first, LocalDate.of(2030, 12, 31)) + 1));
  }
}
