package io.github.peelkit.examples.report;

import io.github.peelkit.evidence.Measure;
import io.github.peelkit.evidence.Reported;
import io.github.peelkit.evidence.Sample;
import io.github.peelkit.examples.cli.Figures;
import io.github.peelkit.interval.ConfidenceInterval;
import java.math.BigDecimal;
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
  /** The style of a standard's band: the values it accepts, drawn without a point. */
  private static final String STANDARD = "standard";

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

    /** {@return whether its estimate is marked by a circle (computed, a measure's value)} */
    public boolean circle() {
      return diamond.isEmpty() && !style.equals(STANDARD);
    }

    /** {@return whether its estimate is marked by a diamond (published, a measure's comparison)} */
    public boolean isDiamond() {
      return !diamond.isEmpty();
    }

    /** {@return the sign the legend repeats its marker with} */
    public String legend() {
      return circle() ? "●" : isDiamond() ? "◆" : "▬";
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
    return Optional.of(new IntervalChart(title, description, bars, axisTicks(), Texts.number(bars.size() * ROW + 28)));
  }

  /**
   * The chart of a measure that is a proportion held against a standard or compared with peers: its
   * value as a point, the values the standard accepts as a band, and the peers' figure as a diamond.
   *
   * @return the chart; empty for other units, for a measure with neither, and for proportions outside 0 to 1
   */
  static Optional<IntervalChart> of(Measure measure) {
    if (!measure.unit().equals("proportion") || (measure.standard().isEmpty() && measure.comparison().isEmpty())) {
      return Optional.empty();
    }
    List<BigDecimal> values = new ArrayList<>(List.of(measure.value()));
    measure.standard().ifPresent(s -> {
      s.atLeast().ifPresent(values::add);
      s.atMost().ifPresent(values::add);
    });
    measure.comparison().ifPresent(c -> values.add(c.value()));
    if (values.stream().anyMatch(v -> v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0)) {
      return Optional.empty();
    }
    List<Bar> bars = new ArrayList<>();
    double value = measure.value().doubleValue();
    bars.add(bar("Value", Figures.percent(measure.value()), "value", value, value, value, 0));
    measure.standard().ifPresent(s -> {
      double lower = s.atLeast().map(BigDecimal::doubleValue).orElse(0.0);
      double upper = s.atMost().map(BigDecimal::doubleValue).orElse(1.0);
      List<String> bounds = new ArrayList<>();
      s.atLeast().ifPresent(v -> bounds.add("at least " + Figures.percent(v)));
      s.atMost().ifPresent(v -> bounds.add("at most " + Figures.percent(v)));
      String met = s.isMetBy(measure.value()) ? "met" : "not met";
      bars.add(bar("Standard", Texts.line(s.name()) + ": " + String.join(" and ", bounds) + ", " + met, STANDARD, lower, lower, upper, bars.size()));
    });
    measure.comparison().ifPresent(c -> bars.add(bar("Compared", Texts.line(c.name()) + ": " + Figures.percent(c.value()), "comparison",
        c.value().doubleValue(), c.value().doubleValue(), c.value().doubleValue(), bars.size())));
    List<String> words = bars.stream().map(b -> b.label().toLowerCase(Locale.ROOT) + " " + b.figures()).toList();
    String description = "Markers on a scale of 0% to 100%: " + String.join("; ", words) + ".";
    return Optional.of(new IntervalChart(Texts.line(measure.description()), description, bars, axisTicks(), Texts.number(bars.size() * ROW + 28)));
  }

  private static List<Tick> axisTicks() {
    return IntStream.rangeClosed(0, 4).mapToObj(i -> new Tick(Texts.number(x(i / 4.0)), (i * 25) + "%")).toList();
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
    String diamond = style.equals("published") || style.equals("comparison")
        ? String.join(" ", Texts.number(x) + "," + Texts.number(y - 5), Texts.number(x + 5) + "," + Texts.number(y),
            Texts.number(x) + "," + Texts.number(y + 5), Texts.number(x - 5) + "," + Texts.number(y))
        : "";
    return new Bar(label, figures, style, Texts.number(y), Texts.number(x(lower)), Texts.number(x), Texts.number(x(upper)), diamond);
  }

  private static double x(double proportion) {
    return PLOT_LEFT + Math.max(0, Math.min(1, proportion)) * (PLOT_RIGHT - PLOT_LEFT);
  }
}
