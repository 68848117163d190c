package io.github.peelkit.assessment;

import static io.github.peelkit.assessment.Fixtures.area;
import static io.github.peelkit.assessment.Fixtures.essex;
import static io.github.peelkit.assessment.Fixtures.grade;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.evidence.Sample;
import java.io.File;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Values change through {@code with…} copies that are checked as new values are; builders copy only their own type. */
class ChangingValuesTest {
  private static final Judgment FAIRNESS = Judgment.graded(area("fairness-and-respect"), grade("good"));
  private static final Assessment ESSEX = essex().addJudgments(FAIRNESS).build();

  @Test
  void anAssessmentChangesAttributeByAttribute() {
    Assessment later = ESSEX.withPublished(LocalDate.of(2023, 5, 19)).withTitle("PEEL 2021/22 – revised");
    assertEquals(LocalDate.of(2023, 5, 19), later.published());
    assertEquals("PEEL 2021/22 – revised", later.title());
    assertEquals(LocalDate.of(2022, 10, 14), ESSEX.published(), "the original is unchanged");
    Finding observation = Finding.of(FindingKind.OBSERVATION, "Calls from the public need a better answer");
    assertEquals(List.of(observation), ESSEX.withFindings(List.of(observation)).findings());
    assertEquals(List.of(), ESSEX.withJudgments(List.of()).judgments());
    assertEquals("Essex Police Service", ESSEX.withSubject(ESSEX.subject().withName("Essex Police Service")).subject().name());
  }

  @Test
  void aJudgmentChangesItsGradeAndEvidence() {
    Judgment adequate = FAIRNESS.withGrade(grade("adequate"));
    assertEquals(grade("adequate"), adequate.grade().orElseThrow());
    Sample grounds = Sample.of("Stop and search records with reasonable grounds recorded", 168, 196);
    assertEquals(List.of(grounds), FAIRNESS.withEvidence(List.of(grounds)).evidence());
    assertEquals("Essex Police is good at treating people fairly and with respect.",
        FAIRNESS.withStatement("Essex Police is good at treating people fairly and with respect.").statement().orElseThrow());
    assertEquals(UngradedReason.PENDING, FAIRNESS.withOutcome(Ungraded.of(UngradedReason.PENDING)).ungraded().orElseThrow().reason());
  }

  @Test
  void aCopyIsCheckedAsANewValueIs() {
    Judgment victims = Judgment.ungraded(area("victim-service-assessment"), UngradedReason.NOT_GRADED);
    InvariantException e = assertThrows(InvariantException.class, () -> victims.withGrade(grade("good")));
    assertEquals(ModelCode.JUDGMENT_CONFLICT, e.code());
    assertThrows(InvariantException.class, () -> ESSEX.subject().withName(" "));
  }

  @Test
  void aBuilderCopiesOnlyAValueOfItsOwnTypeOrFamily() throws Exception {
    // Before, every builder had from(Extensible): Subject.builder().from(judgment) compiled and copied only extensions.
    Map<String, List<String>> froms = new TreeMap<>();
    Path classes = Path.of(Subject.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Path> builders;
    try (Stream<Path> walk = Files.walk(classes)) {
      builders = walk.filter(p -> p.getFileName().toString().endsWith("$Builder.class")
          && !p.getFileName().toString().startsWith("Immutable")).toList();
    }
    for (Path file : builders) {
      String name = classes.relativize(file).toString().replace(File.separatorChar, '.').replace(".class", "");
      Class<?> builder = Class.forName(name);
      if (!Modifier.isPublic(builder.getModifiers())) {
        continue;
      }
      List<String> types = Arrays.stream(builder.getMethods())
          .filter(m -> m.getName().equals("from") && m.getParameterCount() == 1)
          .map(m -> m.getParameterTypes()[0].getSimpleName())
          .sorted()
          .toList();
      if (!types.isEmpty()) {
        froms.put(builder.getEnclosingClass().getSimpleName(), types);
      }
    }
    assertEquals(List.of("Subject"), froms.get("Subject"));
    assertEquals(List.of("Evidence", "Sample"), froms.get("Sample"));
    assertEquals(List.of("Condition", "CountCondition"), froms.get("CountCondition"));
    // Three types have an attribute named from, whose setter is not a copy: a derivation's areas, a
    // period's first day, a mapping's source scale.
    java.util.Set<String> attributes = java.util.Set.of("Derivation:Iterable", "Period:LocalDate", "GradeMapping:GradeScale");
    froms.forEach((type, accepted) -> assertTrue(
        accepted.stream().allMatch(
            t -> t.equals(type) || t.equals("Evidence") || t.equals("Condition") || attributes.contains(type + ":" + t)),
        () -> type + ".builder().from accepts " + accepted));
    assertTrue(froms.size() >= 30, froms::toString);
  }
}
