package io.github.peelkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Word wrapping and tables: nothing wider than asked, no word lost. */
class TextLayoutTest {
  @Test
  void wrapsAtSpacesAndCutsOnlyAWordLongerThanALine() {
    assertEquals(List.of("Strategic planning,", "organisational", "management"), Wrap.lines("Strategic planning, organisational management", 20));
    assertEquals(List.of("abcde", "fgh"), Wrap.lines("abcdefgh", 5));
    assertEquals(List.of(""), Wrap.lines("   ", 10));
    assertEquals(List.of("a b", "c"), Wrap.lines("a\n  b\tc", 3));
  }

  @Test
  void widthCountsCodePoints() {
    assertEquals(13, Wrap.width("80.8%–90.6% £"));
    assertEquals(2, Wrap.width("\uD83D\uDE93\uD83D\uDE93"));
  }

  @Test
  void wrappedLinesFitAndKeepEveryWordInOrder() {
    qt().withExamples(300)
        .forAll(strings().allPossible().ofLengthBetween(0, 200), integers().between(1, 60))
        .checkAssert((text, width) -> {
          List<String> lines = Wrap.lines(text, width);
          lines.forEach(line -> assertTrue(Wrap.width(line) <= width, line));
          assertEquals(String.join("", text.strip().split("\\s+")), String.join("", lines).replaceAll("\\s+", ""));
        });
  }

  @Test
  void aTableWrapsItsFirstColumnAndAlignsNumbersRight() {
    String table = new TextTable(List.of("Area", "Grade", "Str"), 2)
        .row(List.of("Strategic planning, organisational management and value for money", "Good", "5"))
        .row(2, List.of("Child abuse", "Good", "11"))
        .render(40);
    assertEquals(
        """
        Area                          Grade  Str
        ----------------------------  -----  ---
        Strategic planning,           Good     5
        organisational management
        and value for money
          Child abuse                 Good    11
        """,
        table);
    table.lines().forEach(line -> assertTrue(Wrap.width(line) <= 40, line));
  }

  @Test
  void aRowOfTheWrongSizeIsRefused() {
    TextTable table = new TextTable(List.of("Area", "Grade"), 2);
    try {
      table.row(List.of("Only one cell"));
    } catch (IllegalArgumentException expected) {
      assertEquals("a row of 1 cells in a table of 2 columns", expected.getMessage());
      return;
    }
    throw new AssertionError("accepted a row of the wrong size");
  }

  @Test
  void markdownEscapesWhatWouldBeMarkup() {
    assertEquals("a \\| b \\*c\\* \\_d\\_ \\`e\\` \\[f\\] \\<g\\> \\\\", AssessmentMarkdown.escape("a | b *c* _d_ `e` [f] <g> \\"));
    assertEquals("one line", AssessmentMarkdown.escape(" one\n line "));
  }
}
