package io.github.peelkit.grading;

import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Checks the laws {@link GradingLaw#TOTAL}, {@link GradingLaw#MONOTONE} and {@link
 * GradingLaw#REACHABLE} of well-formed rules by deciding every combination of inputs, exactly once
 * for each class of combinations the rules cannot tell apart.
 *
 * <p>The rules read an input's grade only where a condition names it ({@code {input: safe, is:
 * inadequate}}); elsewhere they read counts of grades. So a combination is decided by the grades of
 * the {@code k} inputs conditions name and the counts of grades among the other {@code n - k}: the
 * check walks the {@code m^k × C(n-k+m-1, m-1)} classes for a scale of {@code m} grades, not the
 * {@code m^n} combinations. Improving one input is a step between classes: a named input one grade
 * better, or one of the others moved from a grade to the next better; improving by several grades
 * is a chain of such steps, so checking each step checks monotonicity for every improvement.
 */
final class LawCheck {
  /** What the check found. */
  record Report(List<GradingLawViolation> errors, List<GradingLawViolation> warnings, long classes) {}

  private final String subject;
  private final String id;
  private final Parts parts;
  private final Engine engine;
  private final int m;
  private final int n;
  private final int[] named;
  private final int rest;
  private long[][] ways;

  private LawCheck(String subject, String id, Parts parts, Engine engine) {
    this.subject = subject;
    this.id = id;
    this.parts = parts;
    this.engine = engine;
    this.m = parts.inputScale().size();
    this.n = parts.inputs().size();
    TreeSet<Integer> referenced = new TreeSet<>();
    collect(parts, referenced);
    this.named = referenced.stream().mapToInt(Integer::intValue).toArray();
    this.rest = n - named.length;
  }

  /** The inputs conditions name, by position. */
  private static void collect(Parts parts, TreeSet<Integer> into) {
    if (parts.method() instanceof OrderedRules ordered) {
      ordered.rules().forEach(r -> r.when().ifPresent(c -> collect(c, parts.inputs(), into)));
    }
    parts.limits().forEach(l -> collect(l.when(), parts.inputs(), into));
  }

  private static void collect(Condition condition, Inputs inputs, TreeSet<Integer> into) {
    if (condition instanceof InputCondition c) {
      into.add(inputs.indexOf(c.input()).getAsInt());
    } else if (condition instanceof AllCondition c) {
      c.conditions().forEach(x -> collect(x, inputs, into));
    } else if (condition instanceof AnyCondition c) {
      c.conditions().forEach(x -> collect(x, inputs, into));
    } else if (condition instanceof NotCondition c) {
      collect(c.condition(), inputs, into);
    }
  }

  /**
   * The number of classes of combinations the check decides for well-formed rules.
   *
   * @param parts the rules
   * @return {@code m^k × C(n-k+m-1, m-1)}
   */
  static BigInteger classes(Parts parts) {
    LawCheck check = new LawCheck("", "", parts, null);
    return check.classCount();
  }

  private BigInteger classCount() {
    return BigInteger.valueOf(m).pow(named.length).multiply(binomial((long) rest + m - 1, m - 1));
  }

  /**
   * The work of the check, in steps: every class decided (its conditions, bands and limits) and its
   * one-input improvements compared.
   */
  private BigInteger steps() {
    long perClass = (long) engine.nodes() + (long) m * m + named.length + 1;
    return classCount().multiply(BigInteger.valueOf(perClass));
  }

  static Report run(String subject, String id, Parts parts, Engine engine) {
    return new LawCheck(subject, id, parts, engine).run();
  }

  private Report run() {
    BigInteger classes = classCount();
    if (classes.compareTo(BigInteger.valueOf(GradingLaws.MAX_COMBINATIONS)) > 0
        || steps().compareTo(BigInteger.valueOf(GradingLaws.MAX_STEPS)) > 0) {
      return new Report(List.of(tooLarge(classes)), List.of(), classes.min(BigInteger.valueOf(Long.MAX_VALUE)).longValue());
    }
    ways = ways(rest, m);
    int compositions = (int) ways[rest][m];
    int total = classes.intValueExact();
    int[] results = new int[total];
    boolean[] decided = new boolean[engine.deciders()];
    boolean[] lowered = new boolean[engine.limits()];
    List<GradingLawViolation> errors = new ArrayList<>();
    int[] namedRanks = new int[named.length];
    int[] counts = new int[m];
    int[] ranks = new int[n];
    int[] composition = new int[m];
    int state = 0;
    boolean totalBroken = false;
    for (int outer = 0; outer < total / compositions; outer++) {
      firstComposition(composition);
      for (int inner = 0; inner < compositions; inner++, state++) {
        fill(namedRanks, composition, counts, ranks);
        int decider = engine.decider(counts, ranks);
        if (decider == Engine.NONE) {
          results[state] = Engine.NONE;
          if (!totalBroken) {
            totalBroken = true;
            errors.add(notTotal(inputs(namedRanks, composition)));
          }
        } else {
          decided[decider] = true;
          results[state] = engine.cap(engine.gradeOf(decider), counts, ranks, lowered);
        }
        nextComposition(composition);
      }
      nextNamed(namedRanks);
    }
    monotone(results, compositions).ifPresent(errors::add);
    List<GradingLawViolation> warnings = unreachable(decided, lowered);
    return new Report(List.copyOf(errors), warnings, total);
  }

  private java.util.Optional<GradingLawViolation> monotone(int[] results, int compositions) {
    int[] namedRanks = new int[named.length];
    int[] composition = new int[m];
    int state = 0;
    for (int outer = 0; outer < results.length / compositions; outer++) {
      firstComposition(composition);
      for (int inner = 0; inner < compositions; inner++, state++) {
        int result = results[state];
        if (result != Engine.NONE) {
          int stride = compositions;
          for (int j = named.length - 1; j >= 0; j--) {
            if (namedRanks[j] > 0 && worse(results[state - stride], result)) {
              return java.util.Optional.of(notMonotone(namedRanks, composition, named[j], -1));
            }
            stride *= m;
          }
          for (int g = 1; g < m; g++) {
            if (composition[g] > 0) {
              composition[g]--;
              composition[g - 1]++;
              int better = outer * compositions + rank(composition);
              composition[g]++;
              composition[g - 1]--;
              if (worse(results[better], result)) {
                return java.util.Optional.of(notMonotone(namedRanks, composition, -1, g));
              }
            }
          }
        }
        nextComposition(composition);
      }
      nextNamed(namedRanks);
    }
    return java.util.Optional.empty();
  }

  /** Whether the result of an improved combination is worse than the one it improves on. */
  private static boolean worse(int improved, int result) {
    return improved != Engine.NONE && improved > result;
  }

  private void fill(int[] namedRanks, int[] composition, int[] counts, int[] ranks) {
    System.arraycopy(composition, 0, counts, 0, m);
    for (int j = 0; j < named.length; j++) {
      counts[namedRanks[j]]++;
      ranks[named[j]] = namedRanks[j];
    }
  }

  /**
   * One combination of a class: the named inputs at their places, the others filled in order with
   * the class's grades, best first.
   */
  private List<Grade> inputs(int[] namedRanks, int[] composition) {
    GradeScale scale = parts.inputScale();
    Grade[] grades = new Grade[n];
    for (int j = 0; j < named.length; j++) {
      grades[named[j]] = scale.grade(namedRanks[j]);
    }
    int g = 0;
    int left = composition.length == 0 ? 0 : composition[0];
    for (int i = 0; i < n; i++) {
      if (grades[i] != null) {
        continue;
      }
      while (left == 0) {
        g++;
        left = composition[g];
      }
      grades[i] = scale.grade(g);
      left--;
    }
    return List.of(grades);
  }

  private GradingLawViolation notTotal(List<Grade> inputs) {
    String what;
    String path;
    if (parts.method() instanceof Points points) {
      Score score = scoreOf(points, inputs);
      Band last = points.bands().get(points.bands().size() - 1);
      path = "points.bands[" + (points.bands().size() - 1) + "].atLeast";
      what = " score " + score + ", below the last band at " + last.atLeast().toPlainString()
          + (points.basis() == Basis.PERCENT ? "%" : "") + ": end the bands with one the lowest score reaches";
    } else {
      path = "rules";
      what = " get no grade, since no rule holds: end the rules with one that applies otherwise";
    }
    String message = subject + " are not total: inputs " + words(inputs) + what;
    return GradingLawViolation.of(
        GradingLaw.TOTAL, GradingLaws.TOTAL.violation(path, words(inputs), message), Counterexample.ungraded(inputs));
  }

  private Score scoreOf(Points points, List<Grade> inputs) {
    java.math.BigDecimal total = java.math.BigDecimal.ZERO;
    for (Grade g : inputs) {
      total = total.add(points.values().get(g));
    }
    return Score.of(points.basis(), total, points.values().get(parts.inputScale().best()).multiply(java.math.BigDecimal.valueOf(n)));
  }

  /** The breach of monotonicity found at a class, improving a named input or one of the others of a grade. */
  private GradingLawViolation notMonotone(int[] namedRanks, int[] composition, int namedInput, int anonymousGrade) {
    List<Grade> before = inputs(namedRanks, composition);
    List<Grade> after = new ArrayList<>(before);
    int position;
    if (namedInput >= 0) {
      position = namedInput;
    } else {
      // The others are filled best first, so the first of them with the grade is the one improved.
      position = -1;
      for (int i = 0; i < n && position < 0; i++) {
        if (!isNamed(i) && before.get(i).rank() == anonymousGrade) {
          position = i;
        }
      }
    }
    after.set(position, parts.inputScale().grade(before.get(position).rank() - 1));
    Evaluation result = Evaluator.evaluate(id, parts, engine, before).orElseThrow();
    Evaluation improved = Evaluator.evaluate(id, parts, engine, after).orElseThrow();
    String message =
        subject + " are not monotone: inputs " + words(before) + " give " + result.grade().id() + " (" + decider(result)
            + "), but with " + parts.inputs().label(position) + " improved from " + before.get(position).id() + " to "
            + after.get(position).id() + " they give the worse " + improved.grade().id() + " (" + decider(improved) + ")";
    return GradingLawViolation.of(
        GradingLaw.MONOTONE,
        GradingLaws.MONOTONE.violation(pathOf(improved), words(after), message),
        Counterexample.worsened(result, position, improved));
  }

  private boolean isNamed(int input) {
    for (int j : named) {
      if (j == input) {
        return true;
      }
    }
    return false;
  }

  /** Where an evaluation's result comes from: the last limit that lowered it, or its rule or band. */
  private static String pathOf(Evaluation e) {
    if (!e.caps().isEmpty()) {
      return "limits[" + (e.caps().get(e.caps().size() - 1) - 1) + "]";
    }
    return e.rule().isPresent() ? "rules[" + (e.rule().getAsInt() - 1) + "]" : "points.bands[" + (e.band().getAsInt() - 1) + "]";
  }

  private static String decider(Evaluation e) {
    String by = e.decidedBy();
    return e.caps().isEmpty() ? by : by + ", capped by limit " + e.caps().get(e.caps().size() - 1);
  }

  private List<GradingLawViolation> unreachable(boolean[] decided, boolean[] lowered) {
    List<GradingLawViolation> warnings = new ArrayList<>();
    for (int d = 0; d < decided.length; d++) {
      if (decided[d]) {
        continue;
      }
      String path;
      String message;
      if (engine.isPoints()) {
        path = "points.bands[" + d + "]";
        message = "band " + (d + 1) + " of " + subject + " is never the first band a score reaches: no combination of inputs"
            + " gets its grade from it";
      } else {
        path = "rules[" + d + "]";
        message = "rule " + (d + 1) + " of " + subject + " decides no combination of inputs: "
            + (d == 0 ? "its condition never holds" : "an earlier rule holds wherever it does, or its condition never holds");
      }
      warnings.add(GradingLawViolation.of(GradingLaw.REACHABLE, GradingLaws.REACHABLE.violation(path, "rule " + (d + 1), message)));
    }
    for (int l = 0; l < lowered.length; l++) {
      if (!lowered[l]) {
        warnings.add(
            GradingLawViolation.of(
                GradingLaw.REACHABLE,
                GradingLaws.REACHABLE.violation(
                    "limits[" + l + "]",
                    "limit " + (l + 1),
                    "limit " + (l + 1) + " of " + subject + " never lowers a grade: wherever its condition holds, the grade is"
                        + " already no better than " + parts.limits().get(l).atBest().id())));
      }
    }
    return List.copyOf(warnings);
  }

  private GradingLawViolation tooLarge(BigInteger classes) {
    String size = String.format(java.util.Locale.ROOT, "%,d", classes);
    String message =
        "the laws of " + subject + " cannot be checked: with " + n + " inputs over " + m + " grades, " + named.length
            + " of them named in conditions, the check would decide " + size + " combinations of inputs"
            + (classes.compareTo(BigInteger.valueOf(GradingLaws.MAX_COMBINATIONS)) > 0
                ? ", more than " + String.format(java.util.Locale.ROOT, "%,d", GradingLaws.MAX_COMBINATIONS)
                : " with " + engine.nodes() + " conditions, more than " + String.format(java.util.Locale.ROOT, "%,d", GradingLaws.MAX_STEPS)
                    + " steps")
            + ": name fewer inputs in conditions (counts of grades are cheap), or combine fewer inputs";
    return GradingLawViolation.of(GradingLaw.WELL_FORMED, GradingLaws.CHECKABLE.violation("inputs", parts.inputs(), message));
  }

  static String words(List<Grade> inputs) {
    List<String> ids = new ArrayList<>();
    inputs.forEach(g -> ids.add(g.id()));
    return "[" + String.join(", ", ids) + "]";
  }

  // ---- compositions of the other inputs into counts of grades, in lexicographic order ----

  private void firstComposition(int[] c) {
    java.util.Arrays.fill(c, 0);
    if (m > 0) {
      c[m - 1] = rest;
    }
  }

  /** Steps to the next composition in lexicographic order; wraps to the first after the last. */
  private void nextComposition(int[] c) {
    int tail = c[m - 1];
    for (int i = m - 2; i >= 0; i--) {
      if (tail > 0) {
        c[i]++;
        java.util.Arrays.fill(c, i + 1, m, 0);
        c[m - 1] = tail - 1;
        return;
      }
      tail += c[i];
    }
    firstComposition(c);
  }

  private void nextNamed(int[] ranks) {
    for (int j = ranks.length - 1; j >= 0; j--) {
      if (++ranks[j] < m) {
        return;
      }
      ranks[j] = 0;
    }
  }

  /** The position of a composition in lexicographic order. */
  private int rank(int[] c) {
    long rank = 0;
    int left = rest;
    for (int i = 0; i < m - 1; i++) {
      // The compositions before this one with the same parts up to i and a smaller part i: the sum of
      // ways[left - v][m - i - 1] for v below c[i], which is a difference of ways with one part more.
      rank += ways[left][m - i] - ways[left - c[i]][m - i];
      left -= c[i];
    }
    return (int) rank;
  }

  /** {@code ways[r][p]}: the number of compositions of {@code r} into {@code p} parts, {@code C(r+p-1, p-1)}. */
  private static long[][] ways(int rest, int parts) {
    long[][] w = new long[rest + 1][parts + 1];
    for (int r = 0; r <= rest; r++) {
      w[r][1] = 1;
    }
    for (int p = 2; p <= parts; p++) {
      long sum = 0;
      for (int r = 0; r <= rest; r++) {
        sum += w[r][p - 1];
        w[r][p] = sum;
      }
    }
    w[0][0] = 1;
    return w;
  }

  private static BigInteger binomial(long n, int k) {
    BigInteger result = BigInteger.ONE;
    for (int i = 1; i <= k; i++) {
      result = result.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
    }
    return result;
  }
}
