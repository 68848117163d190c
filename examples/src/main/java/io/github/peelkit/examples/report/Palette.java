package io.github.peelkit.examples.report;

import java.util.List;
import java.util.Locale;

/**
 * The colours of the report, in one place so that a test can hold every pair that carries text or a
 * chart's marks to WCAG 2.1 AA: 4.5:1 for text, 3:1 for the lines and shapes of a chart (success
 * criteria 1.4.3 and 1.4.11). Colour never tells a grade alone: every chip and bar is labelled.
 *
 * <p>Grades are coloured by their place on their scale, best to worst, in five tiers: a scale of five
 * grades uses all of them, a scale of four or three spreads over them (see {@link #tier(int, int)}).
 */
public final class Palette {
  /** The page's background. */
  public static final String BACKGROUND = "#ffffff";
  /** Body text. */
  public static final String TEXT = "#1a1a1a";
  /** Secondary text: captions, notes, axis labels. */
  public static final String MUTED = "#545454";
  /** Links. */
  public static final String LINK = "#0b57a4";
  /** Table rules and chip borders. */
  public static final String RULE = "#767676";
  /** The computed interval's line and point in an error-bar chart. */
  public static final String COMPUTED = "#0b57a4";
  /** The published figures' line and point in an error-bar chart. */
  public static final String PUBLISHED = "#8a3b00";
  /** The background of a chip that is no grade (ungraded, not judged). */
  public static final String NO_GRADE = "#e6e6e6";

  /** The backgrounds of the five tiers, best first; chips write {@link #TEXT} on them, bars outline them in it. */
  public static final List<String> TIERS = List.of("#c7e6cf", "#dcefbf", "#fbefb6", "#fcd7b6", "#f7c2c2");

  private Palette() {}

  /**
   * {@return the tier of a grade: 0 for the best of its scale, 4 for the worst, the grades between spread evenly}
   *
   * @param rank the grade's rank, 0 for the best
   * @param size the number of grades of its scale, at least 2
   */
  public static int tier(int rank, int size) {
    return (int) Math.round(rank * (TIERS.size() - 1) / (double) Math.max(1, size - 1));
  }

  /**
   * {@return the contrast ratio of two colours by WCAG 2.1, from 1 to 21}
   *
   * @param foreground a colour as {@code #rrggbb}
   * @param background a colour as {@code #rrggbb}
   */
  public static double contrast(String foreground, String background) {
    double a = luminance(foreground);
    double b = luminance(background);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  /** {@return the relative luminance of a colour as WCAG 2.1 defines it} */
  static double luminance(String colour) {
    if (!colour.matches("#[0-9a-fA-F]{6}")) {
      throw new IllegalArgumentException("not a colour #rrggbb: " + colour);
    }
    int rgb = Integer.parseInt(colour.substring(1), 16);
    return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
  }

  private static double channel(int value) {
    double c = (value & 0xFF) / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /** {@return the colours as CSS custom properties, the first rule of the report's style sheet} */
  static String customProperties() {
    StringBuilder b = new StringBuilder(":root {\n");
    property(b, "background", BACKGROUND);
    property(b, "text", TEXT);
    property(b, "muted", MUTED);
    property(b, "link", LINK);
    property(b, "rule", RULE);
    property(b, "computed", COMPUTED);
    property(b, "published", PUBLISHED);
    property(b, "no-grade", NO_GRADE);
    for (int i = 0; i < TIERS.size(); i++) {
      property(b, "tier-" + i, TIERS.get(i));
    }
    return b.append("}\n").toString();
  }

  private static void property(StringBuilder b, String name, String colour) {
    b.append(String.format(Locale.ROOT, "  --%s: %s;%n", name, colour));
  }
}
