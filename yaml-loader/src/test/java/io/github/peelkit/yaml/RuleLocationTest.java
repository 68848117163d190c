package io.github.peelkit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.assessment.Outcome;
import io.github.peelkit.assessment.PeerDistribution;
import io.github.peelkit.assessment.Subject;
import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.Rule;
import io.github.peelkit.framework.Area;
import io.github.peelkit.framework.Derivation;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.scale.GradeDefinition;
import io.github.peelkit.scale.GradeRange;
import io.github.peelkit.scale.GradeScales;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule of the model surfaces through the reader at its place: for each rule core declares, a
 * file that breaks it gives a problem that names that very rule ({@link Problem#rule()}), with the
 * code, file, line, column, path and message expected ({@link RuleRows}). The rules are found in
 * core's class files, so a rule added to core without a row here fails this test.
 *
 * <p>A few rules no file can break, because the reader resolves by name what a program passes as
 * objects: a file names an area, and the reader looks it up in the assessment's framework, so a
 * judgment of an area of another framework cannot be read (the name that names no area breaks
 * {@code Framework.KNOWN_AREA} instead). Each of those has a row of its own that says why, and
 * shows that core refuses such a value when a program builds it.
 */
class RuleLocationTest {
  /**
   * The packages of the model, and of comparisons (whose rules are about the set of values loaded
   * together); the statistics, the generators and core's internals check arguments of calls, not
   * values a file holds.
   */
  private static final Set<String> MODEL =
      Set.of("check", "scale", "framework", "assessment", "evidence", "mapping", "grading", "compare");

  /** The rules a file cannot break, each with why and a program that breaks it. */
  private static Map<String, JavaOnly> javaOnly() {
    Map<String, JavaOnly> rows = new LinkedHashMap<>();
    rows.put(
        "GradeDefinition.FINITE_SCORE",
        new JavaOnly(
            "the reader refuses a number that is not finite as it reads it, as it does for every number of the format",
            () -> GradeDefinition.builder().id("a").label("A").score(Double.NaN).build()));
    rows.put(
        "Assessment.AREAS_OF_FRAMEWORK",
        new JavaOnly(
            "a file names its areas, which the reader looks up in the assessment's framework",
            () -> essex(Judgment.graded(Area.of("custody", "Custody"), GradeScales.PEEL_2021.grade("good")))));
    rows.put(
        "Assessment.GRADES_OF_SCALE",
        new JavaOnly(
            "a file names its grades, which the reader looks up in the assessment's scale",
            () -> essex(Judgment.graded(area("fairness-and-respect"), GradeScales.PEEL_2014.grade("good")))));
    rows.put(
        "Judgment.DISTRIBUTION_ON_GRADE_SCALE",
        new JavaOnly(
            "a file names the grades of a distribution, which the reader looks up in the scale of the judgment's grade",
            () -> Judgment.builder()
                .area(area("fairness-and-respect"))
                .outcome(Outcome.graded(GradeScales.PEEL_2021.grade("good")))
                .distribution(PeerDistribution.of(1, Map.of(GradeScales.PEEL_2014.grade("good"), 1)))
                .build()));
    rows.put(
        "PeerDistribution.ONE_SCALE",
        new JavaOnly(
            "a file names the grades of a distribution, which the reader looks up in one scale",
            () -> PeerDistribution.of(
                2, Map.of(GradeScales.PEEL_2014.grade("good"), 1, GradeScales.PEEL_2021.grade("adequate"), 1))));
    rows.put(
        "GradeMapping.SOURCE_GRADES",
        new JavaOnly(
            "a file names the grades of a mapping's rules, which the reader looks up in the mapping's source scale",
            () -> GradeMapping.builder()
                .id("x")
                .from(GradeScales.PEEL_2014)
                .to(GradeScales.PEEL_2021)
                .putRule(GradeScales.PEEL_2021.grade("good"), GradeRange.of(GradeScales.PEEL_2021.grade("good")))
                .build()));
    rows.put(
        "GradeMapping.TARGET_GRADES",
        new JavaOnly(
            "a file names the targets of a mapping's rules, which the reader looks up in the mapping's target scale",
            () -> GradeMapping.builder()
                .id("x")
                .from(GradeScales.PEEL_2014)
                .to(GradeScales.PEEL_2021)
                .putRule(GradeScales.PEEL_2014.grade("good"), GradeRange.of(GradeScales.PEEL_2014.grade("good")))
                .build()));
    rows.put(
        "Assessment.DERIVED_FROM_AREAS",
        new JavaOnly(
            "a file names the areas a grade derives from, which the reader looks up in the assessment's framework",
            () -> essex(
                Judgment.builder()
                    .area(area("fairness-and-respect"))
                    .outcome(Outcome.graded(GradeScales.PEEL_2021.grade("good")))
                    .derived(Derivation.of("rows", List.of("custody")))
                    .build())));
    rows.put(
        "Assessment.KNOWN_JUDGMENT",
        new JavaOnly(
            "a file does not look judgments up; a program does, by the name of an area",
            () -> essex(Judgment.graded(area("fairness-and-respect"), GradeScales.PEEL_2021.grade("good"))).judgment("Fairnes")));
    rows.put(
        "Assessment.KNOWN_EVIDENCE",
        new JavaOnly(
            "a file links evidence by id, which the reader resolves as links (AssessmentOutline.EVIDENCE_LINKS)",
            () -> essex(Judgment.graded(area("fairness-and-respect"), GradeScales.PEEL_2021.grade("good"))).evidence("grounds")));
    rows.put(
        "Assessment.KNOWN_FINDING",
        new JavaOnly(
            "a file links findings by id, which the reader resolves as links (AssessmentOutline.RECOMMENDATION_LINKS)",
            () -> essex(Judgment.graded(area("fairness-and-respect"), GradeScales.PEEL_2021.grade("good"))).finding("r1")));
    rows.put(
        "MissingAttributeException.REQUIRED",
        new JavaOnly(
            "the reader reports a missing key as PK005 at its document before it builds anything",
            () -> Subject.builder().id("essex").build()));
    return rows;
  }

  /**
   * A rule no file can break.
   *
   * @param why why not
   * @param build a program that breaks it
   */
  private record JavaOnly(String why, Runnable build) {}

  private static Area area(String id) {
    return Catalog.builtIn().findFramework("peel-2021-22").orElseThrow().area(id);
  }

  private static Assessment essex(Judgment judgment) {
    return Assessment.builder()
        .id("essex")
        .subject(Subject.of("essex", "Essex Police"))
        .framework(Catalog.builtIn().findFramework("peel-2021-22").orElseThrow())
        .title("Essex")
        .published(LocalDate.of(2022, 10, 14))
        .addJudgments(judgment)
        .build();
  }

  /** Every rule core declares in the packages of the model, by name ({@code Sample.SUCCESSES_AT_MOST_SIZE}). */
  static Map<String, Rule> rules() throws IOException, URISyntaxException, ReflectiveOperationException {
    Map<String, Rule> rules = new LinkedHashMap<>();
    for (String className : coreClasses()) {
      String[] parts = className.split("\\.");
      if (parts.length != 5 || !MODEL.contains(parts[3]) || parts[4].contains("$")) {
        continue;
      }
      Class<?> type = Class.forName(className);
      for (Field field : type.getDeclaredFields()) {
        if (field.getType() == Rule.class && Modifier.isStatic(field.getModifiers())) {
          String name = type.getSimpleName() + "." + field.getName();
          assertTrue(
              Modifier.isPublic(field.getModifiers()) && Modifier.isPublic(type.getModifiers()),
              name + ": a rule of the model is a public constant of a public class, so that tools can name it");
          rules.put(name, (Rule) field.get(null));
        }
      }
    }
    return rules;
  }

  /** The names of core's classes, from its class files: a folder of the build, or its jar. */
  private static List<String> coreClasses() throws IOException, URISyntaxException {
    Path location = Path.of(Rule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        files.map(f -> location.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/")).forEach(names::add);
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
          names.add(entries.nextElement().getName());
        }
      }
    }
    return names.stream()
        .filter(n -> n.startsWith("io/github/peelkit/") && n.endsWith(".class"))
        .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
        .sorted()
        .toList();
  }

  @Test
  void everyRuleOfTheModelHasARow() throws Exception {
    Set<String> declared = new TreeSet<>(rules().keySet());
    Set<String> rows = new TreeSet<>(RuleRows.files().keySet());
    rows.addAll(javaOnly().keySet());
    Set<String> missing = new TreeSet<>(declared);
    missing.removeAll(rows);
    Set<String> extra = new TreeSet<>(rows);
    extra.removeAll(declared);
    assertEquals(
        Set.of(),
        missing,
        "rules without a row: add to RuleRows a file that breaks each, and the problem it gives; or, where no file can"
            + " break it, a row to javaOnly() that says why");
    assertEquals(Set.of(), extra, "rows of rules core does not declare");
    assertEquals(RuleRows.files().keySet(), RuleRows.expected().keySet());
    assertTrue(declared.size() >= 50, () -> "found the rules: " + declared);
    for (String name : javaOnly().keySet()) {
      assertTrue(!RuleRows.files().containsKey(name), name + " is either broken by a file or not");
    }
  }

  @TestFactory
  Stream<DynamicTest> everyRuleAFileBreaksIsReportedAtItsPlace() throws Exception {
    Map<String, Rule> rules = rules();
    return RuleRows.files().entrySet().stream()
        .map(
            row -> DynamicTest.dynamicTest(
                row.getKey(),
                () -> {
                  Rule rule = rules.get(row.getKey());
                  String file = row.getKey().replace('.', '-') + ".yaml";
                  List<Problem> problems = YamlReader.standard().read(file, row.getValue()).problems();
                  List<Problem> breaking = problems.stream().filter(p -> p.rule().filter(r -> r == rule).isPresent()).toList();
                  assertEquals(List.of(RuleRows.expected().get(row.getKey())), breaking.stream().map(Problem::toText).toList(), () -> "all problems: " + problems);
                  Problem problem = breaking.get(0);
                  assertSame(rule.code(), problem.code(), "the code is the rule's");
                  assertEquals(file, problem.location().file());
                  assertTrue(problem.location().line() > 1 || problem.path().isEmpty() || problem.path().equals("scale"), "located in the file");
                }));
  }

  @TestFactory
  Stream<DynamicTest> everyRuleNoFileBreaksIsRefusedToAProgram() throws Exception {
    Map<String, Rule> rules = rules();
    return javaOnly().entrySet().stream()
        .map(
            row -> DynamicTest.dynamicTest(
                row.getKey() + ": " + row.getValue().why(),
                () -> {
                  InvariantException e = assertThrows(InvariantException.class, () -> row.getValue().build().run());
                  Rule rule = rules.get(row.getKey());
                  assertTrue(e.violations().stream().anyMatch(v -> v.rule() == rule), () -> "violations: " + e.violations());
                }));
  }
}
