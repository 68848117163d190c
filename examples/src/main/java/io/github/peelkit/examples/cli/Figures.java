package io.github.peelkit.examples.cli;

import io.github.peelkit.evidence.Comparison;
import io.github.peelkit.evidence.Evidence;
import io.github.peelkit.evidence.Measure;
import io.github.peelkit.evidence.Qualifier;
import io.github.peelkit.evidence.Reported;
import io.github.peelkit.evidence.Sample;
import io.github.peelkit.evidence.Standard;
import io.github.peelkit.interval.ConfidenceInterval;
import io.github.peelkit.interval.FiguresCheck;
import io.github.peelkit.interval.IntervalMethod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Evidence as one line of text, as the inspectorate writes it: "168 of 196 = 85.7% (95% Wald:
 * 80.8%–90.6%), published 85.7% ± 4.9%", "85% (national standard ...: at least 90%, not met)".
 *
 * <p>Computed proportions are shown as percentages to one decimal place, as the reports print them;
 * published figures keep the precision they were published with ({@code 0.85} is "85%").
 */
public final class Figures {
  /** The largest sample size tried when working out which sizes fit figures published without one. */
  static final long MAX_FITTING_SIZE = 10_000;

  /** Currency signs that go before the number: a unit of {@code £m} makes 132 "£132m". */
  private static final String CURRENCIES = "£$€";

  private Figures() {}

  /** {@return a computed proportion as a percentage to one decimal place, such as {@code 85.7%}} */
  public static String percent(double proportion) {
    return BigDecimal.valueOf(proportion).movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  /** {@return a published proportion as a percentage with the precision it was published with} */
  public static String percent(BigDecimal proportion) {
    // movePointRight keeps the scale at 0 or more: 0.85 is "85", 0.850 is "85.0", 0.10 is "10".
    return proportion.movePointRight(2).toPlainString() + "%";
  }

  /** {@return a confidence level as a percentage, such as {@code 95%} or {@code 99.5%}} */
  public static String level(double level) {
    return BigDecimal.valueOf(level).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  /** {@return the name of an interval method as statisticians write it, such as {@code Clopper–Pearson}} */
  public static String method(IntervalMethod method) {
    return switch (method) {
      case WALD -> "Wald";
      case WILSON -> "Wilson";
      case WILSON_CC -> "Wilson with continuity correction";
      case AGRESTI_COULL -> "Agresti–Coull";
      case CLOPPER_PEARSON -> "Clopper–Pearson";
      case JEFFREYS -> "Jeffreys";
    };
  }

  /** {@return a whole number with thousands separated by commas, such as {@code 2,500}} */
  static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** {@return an interval as a line: {@code 168 of 196 = 85.7% (95% Wald: 80.8%–90.6%)}} */
  static String interval(ConfidenceInterval ci) {
    StringBuilder b = new StringBuilder();
    b.append(count(ci.successes())).append(" of ").append(count(ci.size()));
    ci.population().ifPresent(n -> b.append(" from a population of ").append(count(n)));
    b.append(" = ").append(percent(ci.estimate()));
    b.append(" (").append(level(ci.level())).append(' ').append(method(ci.method())).append(": ");
    b.append(percent(ci.lower())).append('–').append(percent(ci.upper())).append(')');
    return b.toString();
  }

  /**
   * {@return what an unreliable Wald interval needs beside it: that it is unreliable, and Wilson's
   * interval, such as {@code ; Wald is unreliable with 0 successes, 95% Wilson: 0.0%–24.2%}; empty
   * when the interval is reliable}
   */
  static String caveat(ConfidenceInterval ci) {
    return ci.alternative()
        .map(w -> "; Wald is unreliable with " + (ci.successes() < ci.size() - ci.successes()
            ? Words.count(ci.successes(), "success", "successes") : Words.count(ci.size() - ci.successes(), "failure", "failures"))
            + ", " + level(w.level()) + " " + method(w.method()) + ": " + percent(w.lower()) + "–" + percent(w.upper()))
        .orElse("");
  }

  /** {@return a piece of evidence as one line, without its description} */
  public static String evidence(Evidence evidence) {
    return evidence instanceof Sample sample ? sample(sample) : measure((Measure) evidence);
  }

  /**
   * A sample: its interval when the successes and size are known, the figures as published, whether
   * they fit, and for figures published without a size, the sizes that fit them.
   */
  static String sample(Sample sample) {
    List<String> parts = new ArrayList<>();
    sample.interval().ifPresent(ci -> parts.add(interval(ci) + caveat(ci)));
    if (sample.interval().isEmpty()) {
      sample.size().ifPresent(n -> parts.add("sample of " + count(n)));
    }
    sample.reported().ifPresent(r -> parts.add("published " + published(r)
        + sample.figuresCheck().filter(check -> !check.isConsistent()).map(check -> misfit(r, check)).orElse("")));
    if (sample.size().isEmpty()) {
      parts.add(fittingSizes(sample.fittingSizes(MAX_FITTING_SIZE)));
    }
    return String.join(", ", parts);
  }

  /** What figures that do not fit their sample would have been, at the precision they were published with. */
  private static String misfit(Reported reported, FiguresCheck check) {
    ConfidenceInterval ci = check.interval();
    BigDecimal estimate = BigDecimal.valueOf(ci.estimate()).setScale(reported.estimate().scale(), RoundingMode.HALF_UP);
    String margin = reported.margin()
        .map(m -> " ± " + percent(BigDecimal.valueOf(ci.margin()).setScale(m.scale(), RoundingMode.HALF_UP)))
        .orElse("");
    return ", which does not fit (warning PK010): the sample gives " + percent(estimate) + margin;
  }

  private static String published(Reported reported) {
    return percent(reported.estimate()) + reported.margin().map(m -> " ± " + percent(m)).orElse("");
  }

  private static String fittingSizes(List<Long> sizes) {
    String within = "up to " + count(MAX_FITTING_SIZE);
    if (sizes.isEmpty()) {
      return "size not published, and no size " + within + " fits";
    }
    if (sizes.size() == 1) {
      return "size not published: " + count(sizes.get(0)) + " is the only size " + within + " that fits";
    }
    if (sizes.size() <= 4) {
      List<String> listed = sizes.stream().map(Figures::count).toList();
      return "size not published: the sizes " + within + " that fit are "
          + String.join(", ", listed.subList(0, listed.size() - 1)) + " and " + listed.get(listed.size() - 1);
    }
    return "size not published: " + sizes.size() + " sizes " + within + " fit, from " + count(sizes.get(0))
        + " to " + count(sizes.get(sizes.size() - 1));
  }

  /** A measure: its value, the standard it is held against and whether it meets it, and its peer figure. */
  static String measure(Measure measure) {
    String bound = measure.qualifier() == Qualifier.EXACT ? "" : measure.qualifier().words() + " ";
    StringBuilder b = new StringBuilder(bound + value(measure.value(), measure.unit()));
    measure.standard().ifPresent(s -> b.append(" (").append(standard(s, measure.unit())).append(", ")
        .append(s.isMetBy(measure.value()) ? "met" : "not met").append(')'));
    measure.comparison().ifPresent(c -> b.append(", ").append(comparison(c, measure.unit())));
    return b.toString();
  }

  private static String standard(Standard standard, String unit) {
    List<String> bounds = new ArrayList<>();
    standard.atLeast().ifPresent(v -> bounds.add("at least " + value(v, unit)));
    standard.atMost().ifPresent(v -> bounds.add("at most " + value(v, unit)));
    return standard.name() + ": " + String.join(" and ", bounds);
  }

  private static String comparison(Comparison comparison, String unit) {
    return comparison.name() + ": " + value(comparison.value(), unit);
  }

  /**
   * {@return a value in its unit: a proportion as a percentage, a count as a number, an amount of
   * money with its currency sign first, others followed by their unit}
   */
  static String value(BigDecimal value, String unit) {
    return switch (unit) {
      case "proportion" -> percent(value);
      case "percent" -> value.toPlainString() + "%";
      case "count" -> number(value);
      default -> CURRENCIES.indexOf(unit.charAt(0)) >= 0
          ? unit.charAt(0) + number(value) + unit.substring(1)
          : number(value) + " " + unit;
    };
  }

  private static String number(BigDecimal value) {
    if (value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0) {
      try {
        return count(value.longValueExact());
      } catch (ArithmeticException tooBig) {
        return value.toPlainString();
      }
    }
    return value.toPlainString();
  }
}
