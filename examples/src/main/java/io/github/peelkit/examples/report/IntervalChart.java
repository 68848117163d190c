package io.github.peelkit.examples.report;

import io.github.peelkit.evidence.Reported;
import io.github.peelkit.evidence.Sample;
import io.github.peelkit.examples.cli.Figures;
import io.github.peelkit.interval.ConfidenceInterval;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The error bars of a sample, drawn on a scale of 0% to 100%: the interval peelkit computes from the
 * successes and the size, and beside it the estimate and margin the report published, so that a
 * reader sees at once whether they agree. Each bar is named in text at its left, and the two points
 * differ in shape (a circle computed, a diamond published), so that colour is not needed to tell them.
 *
 * @param title the chart's title, for its {@code <title>}
 * @param description what it shows, in words, for its {@code <desc>}
 * @param bars the bars, top to bottom
 * @param ticks the axis' ticks
 * @param height the drawing's height in pixels
 */
public record IntervalChart(String title, String description, List<Bar> bars, List<Tick> ticks, String height) {
  /** The drawing's width in pixels. */
  public static final String WIDTH = "560";
  private static final double PLOT_LEFT = 96;
  private static final double PLOT_RIGHT = 544;
  private static final double ROW = 24;

  /**
   * One error bar.
   *
   * @param label what it is, such as {@code Computed}
   * @param figures the figures in words, such as {@code 85.7% (80.8%–90.6%)}
   * @param style its CSS class: {@code computed} or {@code published}
   * @param y the vertical centre of its row
   * @param lower where its lower bound is drawn
   * @param estimate where its estimate is drawn
   * @param upper where its upper bound is drawn
   * @param diamond the points of the diamond that marks a published estimate; empty for a circle
   */
  public record Bar(String label, String figures, String style, String y, String lower, String estimate, String upper, String diamond) {
    /** {@return the top of the bar's caps} */
    public String capTop() {
      return Texts.number(Double.parseDouble(y) - 6);
    }

    /** {@return the bottom of the bar's caps} */
    public String capBottom() {
      return Texts.number(Double.parseDouble(y) + 6);
    }

    /** {@return the baseline of its label} */
    public String textY() {
      return Texts.number(Double.parseDouble(y) + 4);
    }

    /** {@return whether its estimate is marked by a circle (computed) rather than a diamond (published)} */
    public boolean circle() {
      return diamond.isEmpty();
    }
  }

  /**
   * A tick of the axis.
   *
   * @param x where it is
   * @param label its percentage
   */
  public record Tick(String x, String label) {}

  /** {@return the chart of a sample, when it has an interval or published figures with a margin to draw} */
  static Optional<IntervalChart> of(Sample sample) {
    List<Bar> bars = new ArrayList<>();
    Optional<ConfidenceInterval> interval = sample.interval();
    interval.ifPresent(ci -> bars.add(bar(
        "Computed", Figures.percent(ci.estimate()) + " (" + Figures.percent(ci.lower()) + "–" + Figures.percent(ci.upper()) + ")",
        "computed", ci.lower(), ci.estimate(), ci.upper(), bars.size())));
    Optional<Reported> reported = sample.reported().filter(r -> r.margin().isPresent());
    reported.ifPresent(r -> {
      double estimate = r.estimate().doubleValue();
      double margin = r.margin().orElseThrow().doubleValue();
      bars.add(bar("Published", Figures.percent(r.estimate()) + " ± " + Figures.percent(r.margin().orElseThrow()), "published",
          Math.max(0, estimate - margin), estimate, Math.min(1, estimate + margin), bars.size()));
    });
    if (bars.isEmpty()) {
      return Optional.empty();
    }
    String title = Texts.line(sample.description());
    List<String> words = bars.stream().map(b -> b.label().toLowerCase(Locale.ROOT) + " " + b.figures()).toList();
    String level = interval.map(ci -> Figures.level(ci.level()) + " " + Figures.method(ci.method()) + " interval; ").orElse("");
    String description = "Error bars on a scale of 0% to 100%: " + level + String.join("; ", words) + ".";
    List<Tick> ticks = IntStream.rangeClosed(0, 4).mapToObj(i -> new Tick(Texts.number(x(i / 4.0)), (i * 25) + "%")).toList();
    return Optional.of(new IntervalChart(title, description, bars, ticks, Texts.number(bars.size() * ROW + 28)));
  }

  /** {@return the y of the axis line, below the bars} */
  public String axisY() {
    return Texts.number(bars.size() * ROW + 6);
  }

  /** {@return the y of the tick labels} */
  public String tickLabelY() {
    return Texts.number(bars.size() * ROW + 20);
  }

  /** {@return the bottom of the ticks} */
  public String tickBottom() {
    return Texts.number(bars.size() * ROW + 10);
  }

  /** {@return where the plot starts} */
  public String plotLeft() {
    return Texts.number(PLOT_LEFT);
  }

  /** {@return where the plot ends} */
  public String plotRight() {
    return Texts.number(PLOT_RIGHT);
  }

  private static Bar bar(String label, String figures, String style, double lower, double estimate, double upper, int row) {
    double y = row * ROW + ROW / 2;
    double x = x(estimate);
    String diamond = style.equals("published")
        ? String.join(" ", Texts.number(x) + "," + Texts.number(y - 5), Texts.number(x + 5) + "," + Texts.number(y),
            Texts.number(x) + "," + Texts.number(y + 5), Texts.number(x - 5) + "," + Texts.number(y))
        : "";
    return new Bar(label, figures, style, Texts.number(y), Texts.number(x(lower)), Texts.number(x), Texts.number(x(upper)), diamond);
  }

  private static double x(double proportion) {
    return PLOT_LEFT + Math.max(0, Math.min(1, proportion)) * (PLOT_RIGHT - PLOT_LEFT);
  }
}
