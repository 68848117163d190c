package io.github.peelkit.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeDefinition;
import io.github.peelkit.scale.GradeRange;
import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.scale.GradeScales;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GradeMappingTest {
  private static final GradeScale PEEL_2014 = GradeScales.PEEL_2014;
  private static final GradeScale PEEL_2021 = GradeScales.PEEL_2021;
  private static final GradeMapping BUILT_IN = GradeMappings.PEEL_2014_TO_PEEL_2021;

  /** Rules written as names, in the order of the source scale. */
  private static Map<String, List<String>> rules(String... pairs) {
    Map<String, List<String>> rules = new LinkedHashMap<>();
    for (String pair : pairs) {
      String[] parts = pair.split(" -> ", -1);
      rules.put(parts[0], parts[1].isEmpty() ? List.of() : List.of(parts[1].split(", ")));
    }
    return rules;
  }

  private static InvariantException refused(Map<String, List<String>> rules) {
    return assertThrows(InvariantException.class, () -> GradeMapping.of("x", PEEL_2014, PEEL_2021, rules));
  }

  @Test
  void builtInPeelMappingIsTheOneTheSpecDeclares() {
    assertEquals("peel-2014-to-peel-2021", BUILT_IN.id());
    assertEquals(PEEL_2014, BUILT_IN.from());
    assertEquals(PEEL_2021, BUILT_IN.to());
    assertEquals(
        GradeMapping.of(
            "peel-2014-to-peel-2021",
            PEEL_2014,
            PEEL_2021,
            rules(
                "outstanding -> outstanding",
                "good -> good, adequate",
                "requires-improvement -> adequate, requires-improvement",
                "inadequate -> inadequate"))
            .rules(),
        BUILT_IN.rules());
    assertFalse(BUILT_IN.comparable());
    assertEquals(
        Optional.of(
            "Grades of the four-tier PEEL scale (2014 to 2018/19) and of the five-tier scale (from 2021/22) are not"
                + " directly comparable. In the inspectorate's words: \"These changes mean that it isn't possible to"
                + " make direct comparisons between the grades awarded this year with those from previous PEEL"
                + " inspections. A reduction in grade, particularly from good to adequate, doesn't necessarily mean"
                + " that there has been a reduction in performance, unless we say so in the report.\""),
        BUILT_IN.note());
  }

  @Test
  void relationsOfTheBuiltInMappingsNameTheOverlapOfGoodAndAdequate() {
    assertEquals(
        List.of(Relation.EXACT, Relation.MANY_TO_MANY, Relation.MANY_TO_MANY, Relation.EXACT),
        List.copyOf(BUILT_IN.relations().values()));
    assertEquals(
        List.of(Relation.EXACT, Relation.MANY_TO_ONE, Relation.MANY_TO_MANY, Relation.MANY_TO_ONE, Relation.EXACT),
        List.copyOf(GradeMappings.PEEL_2021_TO_PEEL_2014.relations().values()));
    assertEquals(Relation.MANY_TO_MANY, BUILT_IN.relation(PEEL_2014.grade("Good")));
  }

  @Test
  void builtInInverseMapsAdequateBackToGoodOrRequiresImprovement() {
    GradeMapping inverse = GradeMappings.PEEL_2021_TO_PEEL_2014;
    assertEquals("peel-2021-to-peel-2014", inverse.id());
    assertEquals(Optional.of("Inverse of PEEL 2014 to 2018/19 grades onto the PEEL 2021/22 scale"), inverse.name());
    assertEquals(
        GradeMapping.of(
            "peel-2021-to-peel-2014",
            PEEL_2021,
            PEEL_2014,
            rules(
                "outstanding -> outstanding",
                "good -> good",
                "adequate -> good, requires-improvement",
                "requires-improvement -> requires-improvement",
                "inadequate -> inadequate"))
            .rules(),
        inverse.rules());
    assertEquals(BUILT_IN.note(), inverse.note());
    assertFalse(inverse.comparable());
    assertEquals(BUILT_IN, inverse.inverse());
  }

  @Test
  void refusesAMappingThatIsNotTotal() {
    InvariantException e = refused(rules("outstanding -> outstanding", "good -> good", "inadequate -> inadequate"));
    assertEquals(ModelCode.MAPPING_LAW_VIOLATED, e.code());
    assertEquals("total", e.invariant());
    assertEquals("rules.requires-improvement", e.attribute());
    assertEquals("[]", e.value());
    assertEquals("mapping x is not total: requires-improvement maps to no grade of peel-2021; give it at least one", e.getMessage());
  }

  @Test
  void refusesARuleWithNoTargetsAsNotTotal() {
    InvariantException e =
        refused(rules("outstanding -> outstanding", "good -> good", "requires-improvement -> ", "inadequate -> inadequate"));
    assertEquals("total", e.invariant());
    assertEquals("rules.requires-improvement", e.attribute());
  }

  @Test
  void refusesAMappingThatIsNotContiguous() {
    InvariantException e =
        refused(
            rules(
                "outstanding -> outstanding, adequate",
                "good -> good, adequate",
                "requires-improvement -> requires-improvement",
                "inadequate -> inadequate"));
    assertEquals(ModelCode.MAPPING_LAW_VIOLATED, e.code());
    assertEquals("contiguous", e.invariant());
    assertEquals("rules.outstanding", e.attribute());
    assertEquals("[outstanding, adequate]", e.value());
    assertEquals(
        "mapping x is not contiguous: outstanding maps to [outstanding, adequate], which leaves out [good]", e.getMessage());
  }

  @Test
  void refusesAMappingThatIsNotMonotone() {
    InvariantException e =
        refused(
            rules(
                "outstanding -> outstanding",
                "good -> adequate",
                "requires-improvement -> good",
                "inadequate -> inadequate"));
    assertEquals(ModelCode.MAPPING_LAW_VIOLATED, e.code());
    assertEquals("monotone", e.invariant());
    assertEquals("rules.requires-improvement", e.attribute());
    assertEquals("[good]", e.value());
    assertEquals(
        "mapping x is not monotone: good maps to [adequate] but the worse grade requires-improvement maps to [good]",
        e.getMessage());
  }

  @Test
  void refusesAMappingWhoseWorstEndsGoBackwards() {
    InvariantException e =
        refused(
            rules(
                "outstanding -> outstanding, good, adequate",
                "good -> good",
                "requires-improvement -> requires-improvement",
                "inadequate -> inadequate"));
    assertEquals("monotone", e.invariant());
    assertEquals(
        "mapping x is not monotone: outstanding maps to [outstanding, good, adequate] but the worse grade good maps to"
            + " [good]",
        e.getMessage());
  }

  @Test
  void refusesTargetsThatAreNotBestFirst() {
    InvariantException e =
        refused(
            rules(
                "outstanding -> outstanding",
                "good -> adequate, good",
                "requires-improvement -> requires-improvement",
                "inadequate -> inadequate"));
    assertEquals(ModelCode.INVALID_VALUE, e.code());
    assertEquals("rules.good", e.attribute());
    assertEquals(
        "mapping x maps good to [adequate, good]: list the targets best first, each once, as [good, adequate]",
        e.getMessage());
  }

  @Test
  void reportsEveryLawBrokenAtOnce() {
    InvariantException e =
        refused(
            rules(
                "outstanding -> outstanding, adequate",
                "good -> adequate",
                "requires-improvement -> good",
                "inadequate -> inadequate"));
    assertEquals(
        List.of("contiguous rules.outstanding", "monotone rules.requires-improvement"),
        e.violations().stream().map(v -> v.invariant() + " " + v.path()).toList());
  }

  @Test
  void aBuilderFromListsChecksThemAndTakesTheRest() {
    Map<Grade, List<Grade>> lists = new LinkedHashMap<>();
    BUILT_IN.rules().forEach((grade, range) -> lists.put(grade, range.grades()));
    GradeMapping mapping = GradeMapping.builder("lists", PEEL_2014, PEEL_2021, lists).comparable(false).name("Lists").build();
    assertEquals(BUILT_IN.rules(), mapping.rules());
    assertEquals(Optional.of("Lists"), mapping.name());
    lists.put(PEEL_2014.grade("good"), List.of(PEEL_2021.grade("adequate"), PEEL_2021.grade("good")));
    InvariantException e = assertThrows(InvariantException.class, () -> GradeMapping.builder("lists", PEEL_2014, PEEL_2021, lists));
    assertEquals("targets best first, each once", e.invariant());
    assertEquals("rules.good", e.attribute());
  }

  @Test
  void refusesAMisspeltGradeWithADidYouMean() {
    InvariantException e = refused(rules("outstanding -> outstanding", "good -> god"));
    assertEquals(ModelCode.UNRESOLVED_REFERENCE, e.code());
    assertEquals("rules.good[0]", e.attribute());
    assertEquals("unknown grade 'god' in scale peel-2021; did you mean 'good'?", e.getMessage());
    InvariantException two = refused(rules("outstanding -> outstnding", "god -> good"));
    assertEquals(
        List.of("rules.outstanding[0]", "rules.god"), two.violations().stream().map(v -> v.path()).toList(), "every name that names no grade");
  }

  @Test
  void refusesRulesForGradesOfAnotherScale() {
    InvariantException key =
        assertThrows(
            InvariantException.class,
            () ->
                GradeMapping.builder()
                    .id("x")
                    .from(PEEL_2014)
                    .to(PEEL_2021)
                    .putRule(PEEL_2021.grade("adequate"), GradeRange.of(PEEL_2021.grade("adequate")))
                    .build());
    assertEquals(ModelCode.UNRESOLVED_REFERENCE, key.code());
    assertEquals("rules.adequate", key.attribute());
    assertEquals(
        "mapping x has a rule for grade 'adequate' of scale peel-2021, which is not a grade of peel-2014, the scale it"
            + " converts from",
        key.getMessage());
    InvariantException target =
        assertThrows(
            InvariantException.class,
            () ->
                GradeMapping.builder()
                    .id("x")
                    .from(PEEL_2014)
                    .to(PEEL_2021)
                    .putRule(PEEL_2014.grade("good"), GradeRange.of(PEEL_2014.grade("good")))
                    .build());
    assertEquals("rules.good[0]", target.attribute());
    assertEquals(
        "mapping x maps good to grade 'good' of scale peel-2014, which is not a grade of peel-2021, the scale it"
            + " converts to",
        target.getMessage());
  }

  @Test
  void keepsRulesInTheOrderOfTheSourceScale() {
    GradeMapping mapping =
        GradeMapping.of(
            "reversed",
            PEEL_2014,
            PEEL_2021,
            rules(
                "inadequate -> inadequate",
                "Requires improvement -> adequate, requires-improvement",
                "GOOD -> good, adequate",
                "outstanding -> outstanding"));
    assertEquals(PEEL_2014.grades(), List.copyOf(mapping.rules().keySet()));
    assertEquals(BUILT_IN.rules(), mapping.rules());
  }

  @Test
  void aRuleAsAFunctionMayGiveTargetsInAnyOrder() {
    GradeMapping mapping =
        GradeMapping.of(
            "from-function",
            PEEL_2014,
            PEEL_2021,
            g -> BUILT_IN.targets(g).grades().stream().sorted(java.util.Comparator.reverseOrder()).toList());
    assertEquals(BUILT_IN.rules(), mapping.rules());
  }

  @Test
  void convertingAGradeGivesTheRangeWithItsProvenance() {
    GradeConversion conversion = BUILT_IN.convert(PEEL_2014.grade("good"));
    assertEquals("peel-2014-to-peel-2021", conversion.mapping());
    assertEquals(PEEL_2014.grade("good"), conversion.from());
    assertEquals(List.of(PEEL_2021.grade("good"), PEEL_2021.grade("adequate")), conversion.targets().grades());
    assertEquals(Relation.MANY_TO_MANY, conversion.relation());
    assertFalse(conversion.comparable());
    assertSame(conversion, BUILT_IN.convert(PEEL_2014.grade("Good")), "each grade's conversion is made once");
    assertEquals(Optional.of(PEEL_2021.grade("good")), conversion.toGrade(Policy.BEST));
    assertEquals(Optional.of(PEEL_2021.grade("adequate")), conversion.toGrade(Policy.WORST));
    assertEquals(Optional.empty(), conversion.toGrade(Policy.RANGE));
    assertEquals(
        Optional.of(PEEL_2021.grade("outstanding")),
        BUILT_IN.convert(PEEL_2014.grade("outstanding")).toGrade(Policy.STRICT));
  }

  @Test
  void strictConversionOfARangeFailsNamingTheGradeAndTheRange() {
    ConversionException e =
        assertThrows(ConversionException.class, () -> BUILT_IN.convert(PEEL_2014.grade("good")).toGrade(Policy.STRICT));
    assertEquals(
        "cannot convert grade good of scale peel-2014 under policy strict: mapping peel-2014-to-peel-2021 converts it"
            + " to the range [good, adequate], not to one grade; use policy best, worst or range",
        e.getMessage());
    assertEquals("peel-2014-to-peel-2021", e.mapping());
    assertEquals("good", e.grade());
    assertEquals(List.of("good", "adequate"), e.targets());
    assertEquals(Optional.empty(), e.area());
  }

  @Test
  void convertingAGradeOfAnotherScaleThrows() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> BUILT_IN.convert(PEEL_2021.grade("good")));
    assertEquals(
        "grade 'good' of scale peel-2021 is not a grade of scale peel-2014, the scale mapping peel-2014-to-peel-2021"
            + " converts from",
        e.getMessage());
  }

  @Test
  void compositionIsRefusedWhenTheScalesDoNotChain() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BUILT_IN.andThen(BUILT_IN));
    assertEquals(
        "cannot compose mapping peel-2014-to-peel-2021 with mapping peel-2014-to-peel-2021: peel-2014-to-peel-2021"
            + " converts to scale peel-2021 but peel-2014-to-peel-2021 converts from scale peel-2014; the mappings do"
            + " not chain",
        e.getMessage());
  }

  @Test
  void compositionIsRefusedWhenARangeWouldHaveAGap() {
    GradeScale three =
        GradeScale.of("three", "Three tiers", List.of(GradeDefinition.of("high", "High"), GradeDefinition.of("middle", "Middle"), GradeDefinition.of("low", "Low")));
    GradeMapping split =
        GradeMapping.of(
            "split",
            PEEL_2021,
            PEEL_2014,
            rules(
                "outstanding -> outstanding",
                "good -> good, requires-improvement",
                "adequate -> requires-improvement",
                "requires-improvement -> requires-improvement",
                "inadequate -> inadequate"));
    GradeMapping spread =
        GradeMapping.of(
            "spread",
            PEEL_2014,
            three,
            rules("outstanding -> high", "good -> high", "requires-improvement -> low", "inadequate -> low"));
    InvariantException e = assertThrows(InvariantException.class, () -> split.andThen(spread));
    assertEquals(ModelCode.MAPPING_LAW_VIOLATED, e.code());
    assertEquals("contiguous", e.invariant());
    assertEquals("rules.good", e.attribute());
    assertEquals("[high, low]", e.value());
    assertEquals(
        "cannot compose mapping split with mapping spread: split maps good to [good, requires-improvement], which"
            + " spread maps to [high, low], leaving out [middle]; the composed mapping would not be contiguous",
        e.getMessage());
  }

  @Test
  void composingAMappingWithItsInverseKeepsOneCopyOfTheCaveat() {
    GradeMapping there = BUILT_IN;
    GradeMapping roundTrip = there.andThen(there.inverse());
    assertEquals("peel-2014-to-peel-2021-then-peel-2021-to-peel-2014", roundTrip.id());
    assertEquals(there.note(), roundTrip.note());
    assertFalse(roundTrip.comparable());
    assertEquals(
        GradeMapping.of(
                "x",
                PEEL_2014,
                PEEL_2014,
                rules(
                    "outstanding -> outstanding",
                    "good -> good, requires-improvement",
                    "requires-improvement -> good, requires-improvement",
                    "inadequate -> inadequate"))
            .rules(),
        roundTrip.rules());
    assertEquals("short", roundTrip.withId("short").id());
  }

  @Test
  void inverseIsRefusedWhenAGradeOfTheTargetIsNotReached() {
    GradeMapping fourOfFive =
        GradeMapping.of(
            "four-of-five",
            PEEL_2014,
            PEEL_2021,
            rules(
                "outstanding -> outstanding",
                "good -> good",
                "requires-improvement -> requires-improvement",
                "inadequate -> inadequate"));
    assertFalse(fourOfFive.isInvertible());
    assertEquals(Optional.empty(), fourOfFive.findInverse());
    InvariantException e = assertThrows(InvariantException.class, fourOfFive::inverse);
    assertEquals(ModelCode.MAPPING_LAW_VIOLATED, e.code());
    assertEquals("total", e.invariant());
    assertEquals("rules", e.attribute());
    assertEquals("[adequate]", e.value());
    assertEquals(
        "mapping four-of-five has no inverse: no grade of peel-2014 maps to adequate of peel-2021, so the inverse"
            + " would not be total",
        e.getMessage());
  }

  @Test
  void inverseIdsRoundTrip() {
    GradeMapping named = BUILT_IN.withId("modernise");
    assertEquals("modernise-inverse", named.inverse().id());
    assertEquals("modernise", named.inverse().inverse().id());
    assertEquals(named, named.inverse().inverse());
    GradeMapping suffixed = BUILT_IN.withId("back-inverse");
    assertEquals("back", suffixed.inverse().id());
    assertEquals(suffixed, suffixed.inverse().inverse());
  }

  @Test
  void identityOfAnyScaleIsFoundByTheIdIdentity() {
    GradeScale regulator =
        GradeScale.of(
            "regulator", "A regulator's scale", List.of(GradeDefinition.of("met", "Met"), GradeDefinition.of("not-met", "Not met")));
    GradeMapping identity = GradeMappings.find("identity", regulator, regulator).orElseThrow();
    assertEquals("identity", identity.id());
    assertTrue(identity.isIdentity());
    assertEquals(GradeMapping.identity(regulator), identity);
    assertSame(identity, identity.inverse());
    assertEquals(Relation.EXACT, identity.relation(regulator.grade("met")));
    assertEquals(Optional.empty(), GradeMappings.find("identity", regulator, PEEL_2021));
    assertEquals(List.of(GradeMapping.identity(PEEL_2021)), GradeMappings.between(PEEL_2021, PEEL_2021));
  }

  @Test
  void builtInsAreThePeelMappingsAndAnIdentityPerBuiltInScale() {
    assertEquals(
        List.of(
            "peel-2014-to-peel-2021 peel-2014 peel-2021",
            "peel-2021-to-peel-2014 peel-2021 peel-2014",
            "identity hmic-2007 hmic-2007",
            "identity ppaf-direction ppaf-direction",
            "identity peel-2014 peel-2014",
            "identity peel-2021 peel-2021",
            "identity hmip-2018 hmip-2018",
            "identity cqc-2014 cqc-2014",
            "identity cqc-score-2023 cqc-score-2023"),
        GradeMappings.all().stream().map(m -> m.id() + " " + m.from().id() + " " + m.to().id()).toList());
    assertEquals(Optional.of(BUILT_IN), GradeMappings.find("PEEL-2014-to-peel-2021", PEEL_2014, PEEL_2021));
    assertEquals(Optional.empty(), GradeMappings.find("peel-2014-to-peel-2021", PEEL_2021, PEEL_2014));
    assertEquals(List.of(GradeMappings.PEEL_2021_TO_PEEL_2014), GradeMappings.between(PEEL_2021, PEEL_2014));
  }

  @Test
  void policiesAndRelationsHaveTheIdsOfTheFormat() {
    assertEquals(List.of("strict", "best", "worst", "range"), List.of(Policy.values()).stream().map(Policy::id).toList());
    assertEquals(
        List.of("exact", "one-to-many", "many-to-one", "many-to-many"),
        List.of(Relation.values()).stream().map(Relation::id).toList());
    assertEquals(Policy.WORST, Policy.parse("Worst"));
    InvariantException e = assertThrows(InvariantException.class, () -> Policy.parse("stric"));
    assertEquals(
        "unknown conversion policy 'stric'; valid values: strict, best, worst, range; did you mean 'strict'?",
        e.getMessage());
    assertEquals(Relation.MANY_TO_ONE, Relation.ONE_TO_MANY.inverse());
    assertEquals(Relation.ONE_TO_MANY, Relation.MANY_TO_ONE.inverse());
    assertEquals(Relation.EXACT, Relation.EXACT.inverse());
    assertEquals(Relation.MANY_TO_MANY, Relation.MANY_TO_MANY.inverse());
  }
}
