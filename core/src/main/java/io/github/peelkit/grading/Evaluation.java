package io.github.peelkit.grading;

import io.github.peelkit.scale.Grade;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What grading rules make of one combination of inputs: the grade, and what produced it in words a
 * reader can check: the rule that held and why ({@code 2 of 5 inputs are inadequate: rule 1 gives
 * inadequate}), or the band the score reached ({@code 12 inputs (10 good, 1 outstanding, 1
 * requires-improvement) score 24 of 36 points: band 2 gives good (19 or more)}), and each limit that
 * capped the result.
 *
 * <p>Rules, bands and limits are numbered from 1 in the order the rules list them, as the
 * explanation names them; the paths of a rules document count from 0 ({@code rules[0]} is rule 1).
 *
 * <p>Immutable, thread-safe, a value type.
 */
public final class Evaluation {
  private final String rules;
  private final Inputs names;
  private final List<Grade> inputs;
  private final Map<Grade, Integer> counts;
  private final Grade grade;
  private final Grade uncapped;
  private final OptionalInt rule;
  private final OptionalInt band;
  private final Optional<Score> score;
  private final List<Integer> caps;
  private final String explanation;

  Evaluation(
      String rules,
      Inputs names,
      List<Grade> inputs,
      Map<Grade, Integer> counts,
      Grade grade,
      Grade uncapped,
      OptionalInt rule,
      OptionalInt band,
      Optional<Score> score,
      List<Integer> caps,
      String explanation) {
    this.rules = rules;
    this.names = names;
    this.inputs = List.copyOf(inputs);
    this.counts = counts;
    this.grade = grade;
    this.uncapped = uncapped;
    this.rule = rule;
    this.band = band;
    this.score = score;
    this.caps = List.copyOf(caps);
    this.explanation = explanation;
  }

  /** {@return the id of the rules evaluated} */
  public String rules() {
    return rules;
  }

  /** {@return the inputs of the rules, whose names (if any) {@link #inputs()} are given in the order of} */
  public Inputs names() {
    return names;
  }

  /** {@return the input grades, in the order of the rules' inputs} */
  public List<Grade> inputs() {
    return inputs;
  }

  /** {@return how many inputs have each grade of the input scale, best grade first, 0 where none} */
  public Map<Grade, Integer> counts() {
    return counts;
  }

  /** {@return the grade, after any limit} */
  public Grade grade() {
    return grade;
  }

  /** {@return the grade the rule or band gave, before any limit} */
  public Grade uncapped() {
    return uncapped;
  }

  /** {@return the number of the rule that gave the grade, from 1; empty for points and bands} */
  public OptionalInt rule() {
    return rule;
  }

  /** {@return the number of the band the score reached, from 1; empty for ordered rules} */
  public OptionalInt band() {
    return band;
  }

  /** {@return the score, for points and bands} */
  public Optional<Score> score() {
    return score;
  }

  /** {@return the numbers of the limits that lowered the grade, from 1, in the order applied} */
  public List<Integer> caps() {
    return caps;
  }

  /**
   * {@return what produced the grade, in words a reader can check against the inputs: {@code 2 of 5
   * inputs are inadequate: rule 1 gives inadequate}}
   */
  public String explanation() {
    return explanation;
  }

  /** {@return the rule or band that decided, as {@code rule 3} or {@code band 2}} */
  public String decidedBy() {
    return rule.isPresent() ? "rule " + rule.getAsInt() : "band " + band.getAsInt();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Evaluation that
        && rules.equals(that.rules)
        && inputs.equals(that.inputs)
        && grade.equals(that.grade)
        && uncapped.equals(that.uncapped)
        && rule.equals(that.rule)
        && band.equals(that.band)
        && score.equals(that.score)
        && caps.equals(that.caps)
        && explanation.equals(that.explanation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rules, inputs, grade, rule, band, caps);
  }

  /** {@return the grade's id and the explanation} */
  @Override
  public String toString() {
    return grade.id() + ": " + explanation;
  }
}
