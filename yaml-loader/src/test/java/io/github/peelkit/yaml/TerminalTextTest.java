package io.github.peelkit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.peelkit.check.ModelCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text from input printed as problems print it: nothing that could drive a terminal or break a line
 * survives, everything else is kept, and the escapes read as what they stand for.
 */
class TerminalTextTest {
  @Test
  void escapesWhatCouldDriveATerminal() {
    assertEquals("\\e]0;owned\\u0007", TerminalText.printable("\u001B]0;owned\u0007"));
    assertEquals("\\e[2J\\e[31mred", TerminalText.printable("\u001B[2J\u001B[31mred"));
    assertEquals("a\\u0000b\\u007Fc", TerminalText.printable("a\u0000b\u007Fc"));
    // C1 controls: CSI, which some terminals take as ESC [, and NEL.
    assertEquals("\\u009B2J \\u0085", TerminalText.printable("\u009B2J \u0085"));
  }

  @Test
  void escapesWhatCouldBreakALineOrHideWhatItSays() {
    assertEquals("one\\ntwo\\rthree\\tfour", TerminalText.printable("one\ntwo\rthree\tfour"));
    assertEquals("\\u2028\\u2029", TerminalText.printable("\u2028\u2029"));
    // A right-to-left override makes "essex" read "xesse"; a zero-width space hides a difference.
    assertEquals("\\u202Eessex\\u202C es\\u200Bsex", TerminalText.printable("\u202Eessex\u202C es\u200Bsex"));
    assertEquals("tag\\U000E0001", TerminalText.printable("tag\uDB40\uDC01"));
    assertEquals("lone \\uD800 half", TerminalText.printable("lone \uD800 half"));
  }

  @Test
  void keepsEveryOtherCharacterAndReturnsCleanTextAsItIs() {
    String clean = "Devon & Cornwall, Dyfed-Powys — Gwent, Cymru 🏴, café, e\u0301, 東京, القاهرة";
    assertSame(clean, TerminalText.printable(clean));
    assertSame("", TerminalText.printable(""));
  }

  @Test
  void aProblemPrintsItsTextsAsTerminalTextDoes() {
    String subject = "peer\u001B[2J\u202E";
    Problem problem = Problem.of(ModelCode.DUPLICATE_ID, Location.of("peers.csv", 4, 1), "subject", "subject '" + subject + "' twice");
    assertEquals("subject '" + TerminalText.printable(subject) + "' twice", problem.message());
  }

  @Test
  void anyTextBecomesOneLineOfPrintableCharactersAndStaysSo() {
    qt().withExamples(2000)
        .forAll(lists().of(integers().between(0, 0x10FFFF)).ofSizeBetween(0, 40))
        .checkAssert(codePoints -> {
          StringBuilder b = new StringBuilder();
          codePoints.forEach(b::appendCodePoint);
          String printable = TerminalText.printable(b.toString());
          printable.codePoints().forEach(c -> assertTrue(isShown(c), () -> String.format("U+%04X in %s", c, printable)));
          assertEquals(printable, TerminalText.printable(printable), "escaping twice changes nothing more");
        });
    // Halves of surrogate pairs side by side: a pair that forms a character is kept, a lone half is escaped.
    qt().forAll(lists().of(integers().between(0xD800, 0xDFFF)).ofSizeBetween(1, 3)).checkAssert(halves -> {
      StringBuilder b = new StringBuilder();
      halves.forEach(h -> b.append((char) h.intValue()));
      String printable = TerminalText.printable(b.toString());
      assertTrue(printable.codePoints().allMatch(TerminalTextTest::isShown), printable);
    });
  }

  private static boolean isShown(int c) {
    return !List.of(
            (int) Character.CONTROL, (int) Character.FORMAT, (int) Character.LINE_SEPARATOR,
            (int) Character.PARAGRAPH_SEPARATOR, (int) Character.SURROGATE)
        .contains(Character.getType(c));
  }
}
