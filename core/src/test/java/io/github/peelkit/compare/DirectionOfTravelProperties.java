package io.github.peelkit.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.framework.Area;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.testkit.ModelGenerator;
import io.github.peelkit.testkit.TextStyle;
import io.github.peelkit.mapping.GradeMapping;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Properties of directions of travel between two assessments of one framework that the kit's
 * generator makes: random frameworks and scales, random judgments (graded, ungraded, absent), hostile
 * text included.
 */
class DirectionOfTravelProperties {
  /** Two assessments of one subject against one random framework, published on one day. */
  private record Pair(Assessment earlier, Assessment later) {}

  private static final Gen<Pair> PAIRS =
      in -> {
        ModelGenerator generate = ModelGenerator.of(in.next(Constraint.none()), TextStyle.HOSTILE);
        Framework framework = generate.framework();
        Assessment earlier = generate.assessment(framework);
        Assessment later = generate.assessment(framework);
        later = Assessment.builder().from(later).subject(earlier.subject()).published(earlier.published()).build();
        return new Pair(earlier, later);
      };

  private static Set<String> judged(Assessment a) {
    Set<String> ids = new HashSet<>();
    a.judgments().forEach(j -> ids.add(j.area().id()));
    return ids;
  }

  @Test
  void everyAreaJudgedInEitherComesOnceInTheFrameworksOrder() {
    qt().withExamples(300)
        .forAll(PAIRS)
        .checkAssert(
            p -> {
              DirectionOfTravel d = DirectionOfTravel.of(p.earlier(), p.later(), MappingChoice.identity());
              Set<String> expected = judged(p.earlier());
              expected.addAll(judged(p.later()));
              List<String> inOrder = new ArrayList<>();
              for (Area area : p.later().framework().allAreas()) {
                if (expected.contains(area.id())) {
                  inOrder.add(area.id());
                }
              }
              assertEquals(inOrder, d.areas().stream().map(AreaDirection::areaId).toList());
              assertEquals(d.areas().size(), d.counts().values().stream().mapToInt(Integer::intValue).sum());
            });
  }

  @Test
  void eachAreaFollowsTheRuleOfItsJudgments() {
    qt().withExamples(300)
        .forAll(PAIRS)
        .checkAssert(
            p -> {
              DirectionOfTravel d = DirectionOfTravel.of(p.earlier(), p.later(), MappingChoice.identity());
              for (AreaDirection a : d.areas()) {
                Direction expected;
                if (a.earlier().isEmpty()) {
                  expected = Direction.ONLY_LATER;
                } else if (a.later().isEmpty()) {
                  expected = Direction.ONLY_EARLIER;
                } else if (a.earlierGrade().isEmpty() || a.laterGrade().isEmpty()) {
                  expected = Direction.UNGRADED;
                } else {
                  expected = Direction.of(a.earlierGrade().get(), a.laterGrade().get(), GradeMapping.identity(p.later().scale().get()));
                }
                assertEquals(expected, a.direction(), a.toString());
                assertEquals(a.earlierGrade().isPresent() && a.laterGrade().isPresent(), a.range().isPresent(), a.toString());
              }
            });
  }

  @Test
  void swappingTheTwoAssessmentsReversesEveryDirection() {
    Map<Direction, Direction> reversed =
        Map.of(
            Direction.IMPROVED, Direction.DETERIORATED,
            Direction.DETERIORATED, Direction.IMPROVED,
            Direction.STABLE, Direction.STABLE,
            Direction.ONLY_EARLIER, Direction.ONLY_LATER,
            Direction.ONLY_LATER, Direction.ONLY_EARLIER,
            Direction.UNGRADED, Direction.UNGRADED);
    qt().withExamples(300)
        .forAll(PAIRS)
        .checkAssert(
            p -> {
              DirectionOfTravel forth = DirectionOfTravel.of(p.earlier(), p.later(), MappingChoice.identity());
              DirectionOfTravel back = DirectionOfTravel.of(p.later(), p.earlier(), MappingChoice.identity());
              for (AreaDirection a : forth.areas()) {
                AreaDirection b = back.area(a.areaId()).orElseThrow();
                assertEquals(reversed.get(a.direction()), b.direction(), a + " / " + b);
                assertEquals(a.earlier().map(Judgment::area), b.later().map(Judgment::area));
              }
            });
  }
}
