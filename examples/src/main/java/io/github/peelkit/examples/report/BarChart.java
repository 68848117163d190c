package io.github.peelkit.examples.report;

import io.github.peelkit.scale.Grade;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How many subjects received each grade in one area, as horizontal bars: a row per grade of the
 * scale, best first, each labelled with the grade and its count, so that the chart reads without its
 * colours. Where the page is about one subject, its grade's row says so in words and is outlined.
 *
 * @param title the chart's title, for its {@code <title>}
 * @param description the counts in words, for its {@code <desc>}
 * @param bars the bars, best grade first
 * @param height the drawing's height in pixels
 */
public record BarChart(String title, String description, List<Bar> bars, String height) {
  /** The drawing's width in pixels. */
  public static final String WIDTH = "640";
  private static final double LABEL_RIGHT = 172;
  private static final double PLOT_LEFT = 180;
  private static final double PLOT_WIDTH = 220;
  /** The longest name written beside a bar; a longer one is "this subject" there, and named in the description. */
  private static final int NAME_IN_CHART = 32;
  private static final double ROW = 24;

  /**
   * One bar.
   *
   * @param label the grade's label
   * @param count how many, with any note: {@code 14}, {@code 14, including Essex Police}
   * @param style its CSS class: the grade's tier, and {@code own} for the subject's own grade
   * @param y the top of its row
   * @param width its length in pixels
   * @param countX where its count is written
   */
  public record Bar(String label, String count, String style, String y, String width, String countX) {
    /** {@return the baseline of its texts} */
    public String textY() {
      return Texts.number(Double.parseDouble(y) + 16);
    }

    /** {@return the top of the bar itself, inside its row} */
    public String barY() {
      return Texts.number(Double.parseDouble(y) + 4);
    }
  }

  /**
   * Draws counts of grades.
   *
   * @param title the title
   * @param counts the count of every grade of one scale, best first
   * @param own the grade of the subject the page is about, if any, with the subject's name
   * @param ownName the subject's name, for the words that mark its grade
   * @return the chart
   */
  static BarChart of(String title, Map<Grade, Integer> counts, Optional<Grade> own, String ownName) {
    int max = Math.max(1, counts.values().stream().mapToInt(Integer::intValue).max().orElse(1));
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    List<Bar> bars = new ArrayList<>();
    List<String> words = new ArrayList<>();
    int row = 0;
    for (Map.Entry<Grade, Integer> e : counts.entrySet()) {
      Grade grade = e.getKey();
      int count = e.getValue();
      boolean isOwn = own.filter(grade::equals).isPresent();
      double width = count == 0 ? 0 : Math.max(2, PLOT_WIDTH * count / max);
      String countText = count + (isOwn ? ", including " + (ownName.length() <= NAME_IN_CHART ? ownName : "this subject") : "");
      String style = "tier-" + Palette.tier(grade.rank(), counts.size()) + (isOwn ? " own" : "");
      bars.add(new Bar(Texts.line(grade.label()), countText, style, Texts.number(row * ROW), Texts.number(width),
          Texts.number(PLOT_LEFT + width + 6)));
      words.add(Texts.line(grade.label()) + " " + count + (isOwn ? ", including " + ownName : ""));
      row++;
    }
    String description = "Bars of the number of subjects with each grade, " + total + " in all: " + String.join("; ", words) + ".";
    return new BarChart(Texts.line(title), description, bars, Texts.number(row * ROW + 4));
  }

  /** {@return where the grade labels end (they are right-aligned there)} */
  public String labelRight() {
    return Texts.number(LABEL_RIGHT);
  }

  /** {@return where the bars start} */
  public String plotLeft() {
    return Texts.number(PLOT_LEFT);
  }
}
