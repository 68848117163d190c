package io.github.peelkit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.framework.Area;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.grading.GradingRuleSets;
import io.github.peelkit.grading.GradingRules;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.mapping.GradeMappings;
import io.github.peelkit.scale.GradeScale;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The built-in catalogue has the ids, aliases and names SPEC section 4 fixes. */
class BuiltInCatalogTest {
  private static final Catalog BUILT_IN = Catalog.builtIn();

  private static List<String> areaIds(String framework) {
    return BUILT_IN.frameworks().get(framework).allAreas().stream().map(Area::id).toList();
  }

  private static List<String> ungraded(String framework) {
    return BUILT_IN.frameworks().get(framework).allAreas().stream().filter(a -> !a.graded()).map(Area::id).toList();
  }

  @Test
  void isLoadedOnceAndShared() {
    assertSame(BUILT_IN, Catalog.builtIn());
    assertSame(Catalog.builtIn(), YamlReader.standard().base());
  }

  @Test
  void holdsTheBuiltInScalesAndFrameworks() {
    assertEquals(
        List.of("hmic-2007", "ppaf-direction", "peel-2014", "peel-2021", "hmip-2018", "cqc-2014", "cqc-score-2023"), List.copyOf(BUILT_IN.scales().keySet()));
    assertEquals(
        List.of("hmic-2007", "core-business-2014", "peel-2016", "peel-2021-22"), List.copyOf(BUILT_IN.frameworks().keySet()));
    assertTrue(BUILT_IN.assessments().isEmpty());
    Origin origin = BUILT_IN.origin(DocumentKind.FRAMEWORK, "peel-2021-22").orElseThrow();
    assertTrue(origin.builtIn());
    assertEquals("built-in:Frameworks", origin.file());
  }

  @Test
  void holdsThePeelMappingsEqualToCoresAndTheIdentityOfEveryScale() {
    assertEquals(List.of("peel-2014-to-peel-2021", "peel-2021-to-peel-2014"), List.copyOf(BUILT_IN.mappings().keySet()));
    assertEquals(GradeMappings.PEEL_2014_TO_PEEL_2021, BUILT_IN.mappings().get("peel-2014-to-peel-2021"));
    assertEquals(GradeMappings.PEEL_2021_TO_PEEL_2014, BUILT_IN.mappings().get("peel-2021-to-peel-2014"));
    assertEquals(GradeMappings.PEEL_2014_TO_PEEL_2021.inverse(), BUILT_IN.mappings().get("peel-2021-to-peel-2014"));
    GradeScale peel2021 = BUILT_IN.scales().get("peel-2021");
    GradeScale peel2014 = BUILT_IN.scales().get("peel-2014");
    assertEquals(GradeMapping.identity(peel2021), BUILT_IN.findMapping("identity", peel2021, peel2021).orElseThrow());
    assertTrue(BUILT_IN.findMapping("identity", peel2014, peel2021).isEmpty());
    assertTrue(BUILT_IN.findMapping("peel-2014-to-peel-2021", peel2021, peel2014).isEmpty());
    assertEquals(
        List.of(GradeMappings.PEEL_2014_TO_PEEL_2021), BUILT_IN.mappingsBetween(peel2014, peel2021));
    assertEquals(List.of(GradeMapping.identity(peel2014)), BUILT_IN.mappingsBetween(peel2014, peel2014));
    assertTrue(BUILT_IN.origin(DocumentKind.GRADE_MAPPING, "peel-2014-to-peel-2021").orElseThrow().builtIn());
  }

  @Test
  void holdsTheGradingRulesEqualToCores() {
    assertEquals(List.of("hmip-youth-justice-2018", "cqc-adult-social-care-2022", "cqc-local-authority-2023"), List.copyOf(BUILT_IN.gradingRules().keySet()));
    for (GradingRules rules : GradingRuleSets.all()) {
      assertEquals(rules, BUILT_IN.findGradingRules(rules.id()).orElseThrow(), rules.id());
      assertTrue(BUILT_IN.origin(DocumentKind.GRADING_RULES, rules.id()).orElseThrow().builtIn());
    }
    assertEquals("built-in:GradingRuleSets", BUILT_IN.origin(DocumentKind.GRADING_RULES, "cqc-adult-social-care-2022").orElseThrow().file());
  }

  @Test
  void hmic2007() {
    assertEquals(
        List.of(
            "neighbourhood-policing", "performance-management", "protecting-vulnerable-people", "child-abuse",
            "domestic-violence", "public-protection", "missing-persons"),
        areaIds("hmic-2007"));
    assertEquals(List.of("protecting-vulnerable-people"), ungraded("hmic-2007"));
    Framework f = BUILT_IN.frameworks().get("hmic-2007");
    assertEquals("hmic-2007", f.scale().orElseThrow().id());
    assertEquals(
        List.of("child-abuse", "domestic-violence", "public-protection", "missing-persons"),
        f.area("protecting-vulnerable-people").areas().stream().map(Area::id).toList());
  }

  @Test
  void coreBusiness2014GradesNothing() {
    assertEquals(List.of("preventing-crime", "attending-crimes-and-incidents", "freeing-up-time"), areaIds("core-business-2014"));
    assertEquals(areaIds("core-business-2014"), ungraded("core-business-2014"));
    assertFalse(BUILT_IN.frameworks().get("core-business-2014").scale().isPresent());
  }

  @Test
  void peel2016() {
    assertEquals(List.of("effectiveness", "efficiency", "legitimacy", "leadership"), areaIds("peel-2016"));
    assertEquals(List.of("leadership"), ungraded("peel-2016"));
    assertEquals("peel-2014", BUILT_IN.frameworks().get("peel-2016").scale().orElseThrow().id());
  }

  @Test
  void peel202122() {
    assertEquals(
        List.of(
            "victim-service-assessment", "crime-data-integrity", "fairness-and-respect", "preventing-crime",
            "responding-to-the-public", "investigating-crime", "protecting-vulnerable-people", "managing-offenders",
            "serious-organised-crime", "workforce", "vetting-and-counter-corruption", "value-for-money"),
        areaIds("peel-2021-22"));
    assertEquals(List.of("victim-service-assessment"), ungraded("peel-2021-22"));
    Framework f = BUILT_IN.frameworks().get("peel-2021-22");
    assertEquals("PEEL Assessment Framework 2021/22", f.name());
    assertEquals("peel-2021", f.scale().orElseThrow().id());
    assertEquals("Engaging with and treating the public with fairness and respect", f.area("fairness-and-respect").name());
    Map<String, String> aliases =
        Map.ofEntries(
            Map.entry("Treatment of the public", "fairness-and-respect"),
            Map.entry("Preventing crime", "preventing-crime"),
            Map.entry("Managing offenders", "managing-offenders"),
            Map.entry("Developing a positive workplace", "workforce"),
            Map.entry("Supporting its workforce", "workforce"),
            Map.entry("Good use of resources", "value-for-money"),
            Map.entry("Use of resources", "value-for-money"),
            Map.entry("Value for money", "value-for-money"),
            Map.entry("Recording data about crime", "crime-data-integrity"),
            Map.entry("Crime data accuracy", "crime-data-integrity"),
            Map.entry("Victim service assessment", "victim-service-assessment"),
            Map.entry("Disrupting serious and organised crime", "serious-organised-crime"));
    aliases.forEach(
        (alias, id) -> {
          Area area = f.findArea(alias.toUpperCase(java.util.Locale.ROOT)).orElseThrow(() -> new AssertionError(alias));
          assertEquals(id, area.id(), alias);
          assertTrue(area.aliases().contains(alias) || area.name().equals(alias), alias);
        });
    assertEquals(
        "The force has an effective strategic planning and performance management framework.",
        f.area("value-for-money").criteria().get(0).text());
  }
}
