package io.github.peelkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.TextRules;
import io.github.peelkit.check.Violation;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The hand-written slug and name-key checks (written so for speed: they run on every value built)
 * agree with the regular expressions that define them, on texts of the characters where they could
 * differ.
 */
class ChecksProperties {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** Letters of both cases, digits, hyphens, every kind of white space, and text beyond ASCII. */
  private static final String ALPHABET = "az09AZ--  \t\n\u000B\f\r\u0085\u00A0\u2003\u2028\u3000\u001Cé_.";

  private static final Gen<String> TEXTS =
      lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 12)
          .map(indexes -> {
            StringBuilder b = new StringBuilder();
            indexes.forEach(i -> b.append(ALPHABET.charAt(i)));
            return b.toString();
          });

  @Test
  void isSlugAgreesWithItsRegularExpression() {
    qt().withExamples(20_000).forAll(TEXTS).check(text -> TextRules.isId(text) == SLUG.matcher(text).matches());
  }

  @Test
  void nameKeyAgreesWithItsRegularExpression() {
    qt().withExamples(20_000)
        .forAll(TEXTS)
        .check(text -> Checks.nameKey(text).equals(text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)));
  }

  @Test
  void nameKeyFoldsCaseAndCollapsesWhiteSpace() {
    assertEquals("good use of resources", Checks.nameKey("  Good \t use\nof   Resources \u2003"));
    assertEquals("requires improvement", Checks.nameKey("Requires improvement"));
  }

  @Test
  void idsNamesEveryRefusedIdByItsPlace() {
    Violations found = new Violations();
    Checks.ids(found, "evidence", List.of("stop-search-2021", "Stop Search", "ok", "x_y"));
    List<Violation> violations = found.toList();
    assertEquals(List.of("evidence[1]", "evidence[3]"), violations.stream().map(Violation::path).toList());
    assertEquals(ModelCode.INVALID_VALUE, violations.get(0).code());
    assertEquals(TextRules.ID, violations.get(0).rule());
    assertEquals(
        "evidence[1] 'Stop Search' is not a valid id: use lower-case letters and digits joined by single hyphens, such as"
            + " 'peel-2021'",
        violations.get(0).message());
    InvariantException e = assertThrows(InvariantException.class, found::throwIfAny);
    assertEquals(violations, e.violations());
  }

  @Test
  void noneBlankNamesTheBlankTextByItsPlace() {
    Violations found = new Violations();
    Checks.noneBlank(found, "aliases", List.of("RI", " "));
    assertEquals("aliases[1]", found.toList().get(0).path());
    assertEquals("aliases[1] is blank: give it some text", found.toList().get(0).message());
  }

  @Test
  void aLongRefusedIdIsQuotedAbbreviated() {
    String id = "X".repeat(100);
    Violation v = TextRules.checkId("id", id).orElseThrow();
    assertEquals("X".repeat(60) + "…", v.value());
    assertEquals("id '" + "X".repeat(60) + "…' is not a valid id: use lower-case letters and digits joined by single hyphens,"
        + " such as 'peel-2021'", v.message());
  }

  @Test
  void isIdRefusesEmptyTextAndStrayHyphens() {
    assertTrue(TextRules.isId("peel-2021-22"));
    assertFalse(TextRules.isId(""));
    assertFalse(TextRules.isId("-peel"));
    assertFalse(TextRules.isId("peel-"));
    assertFalse(TextRules.isId("peel--2021"));
  }
}
