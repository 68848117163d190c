package io.github.peelkit.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's colours meet WCAG 2.1 AA: 4.5:1 for text (1.4.3), 3:1 for a chart's lines and shapes (1.4.11). */
class PaletteTest {
  private static final double TEXT = 4.5;
  private static final double GRAPHICS = 3.0;

  @Test
  void computesContrastAsWcagDefinesIt() {
    assertEquals(21.0, Palette.contrast("#000000", "#ffffff"), 1e-9);
    assertEquals(1.0, Palette.contrast("#767676", "#767676"), 1e-9);
    // #767676 on white is the classic lightest grey that passes AA: 4.54:1.
    assertEquals(4.54, Palette.contrast("#767676", "#ffffff"), 0.005);
    assertEquals(Palette.contrast("#0b57a4", "#ffffff"), Palette.contrast("#ffffff", "#0b57a4"), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> Palette.contrast("red", "#ffffff"));
  }

  @Test
  void textOnEveryBackgroundItIsWrittenOnReachesFourAndAHalf() {
    List<String> failures = new ArrayList<>();
    for (String text : List.of(Palette.TEXT, Palette.MUTED, Palette.LINK)) {
      check(failures, text, Palette.BACKGROUND, TEXT);
    }
    // Chips and bars carry their labels in body text on their tier's colour.
    for (String tier : Palette.TIERS) {
      check(failures, Palette.TEXT, tier, TEXT);
    }
    check(failures, Palette.TEXT, Palette.NO_GRADE, TEXT);
    // The legend's markers and the figures beside a chart are text in these colours.
    check(failures, Palette.COMPUTED, Palette.BACKGROUND, TEXT);
    check(failures, Palette.PUBLISHED, Palette.BACKGROUND, TEXT);
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void chartMarksAndBordersReachThreeToOne() {
    List<String> failures = new ArrayList<>();
    for (String mark : List.of(Palette.RULE, Palette.COMPUTED, Palette.PUBLISHED, Palette.TEXT)) {
      check(failures, mark, Palette.BACKGROUND, GRAPHICS);
    }
    // A bar is outlined in body text, so its edge stands out from its fill and from the page.
    for (String tier : Palette.TIERS) {
      check(failures, Palette.TEXT, tier, GRAPHICS);
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void spreadsEveryScaleOverTheTiersFromBestToWorst() {
    assertEquals(List.of(0, 1, 2, 3, 4), tiers(5));
    assertEquals(List.of(0, 1, 3, 4), tiers(4));
    assertEquals(List.of(0, 2, 4), tiers(3));
    assertEquals(List.of(0, 4), tiers(2));
    for (int size = 2; size <= 12; size++) {
      List<Integer> tiers = tiers(size);
      assertEquals(0, tiers.get(0));
      assertEquals(4, tiers.get(size - 1));
      for (int i = 1; i < size; i++) {
        assertTrue(tiers.get(i) >= tiers.get(i - 1), "a worse grade never gets a better tier: " + tiers);
      }
    }
  }

  @Test
  void theStyleSheetDeclaresEveryColour() {
    String css = ReportSite.styleSheet();
    for (String colour : Palette.TIERS) {
      assertTrue(css.contains(colour), colour);
    }
    assertTrue(css.contains("--background: " + Palette.BACKGROUND + ";"), css);
    assertTrue(css.contains("@media print"), "a print style sheet");
    assertTrue(css.contains("size: A4"), "pages print on A4");
  }

  private static List<Integer> tiers(int size) {
    List<Integer> tiers = new ArrayList<>();
    for (int rank = 0; rank < size; rank++) {
      tiers.add(Palette.tier(rank, size));
    }
    return tiers;
  }

  private static void check(List<String> failures, String foreground, String background, double least) {
    double ratio = Palette.contrast(foreground, background);
    if (ratio < least) {
      failures.add(String.format("%s on %s: %.2f:1, less than %.1f:1", foreground, background, ratio, least));
    }
  }
}
