package io.github.peelkit.mapping;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Rule;
import io.github.peelkit.check.Violation;
import io.github.peelkit.scale.Grade;
import java.util.List;
import org.immutables.value.Value;

/**
 * One breach of a {@linkplain Law law} by a mapping or a rule, as {@link MappingLaws#check} reports
 * it: which law, the source grade whose rule breaks it, the grades involved and a message that
 * names them all.
 *
 * <p>{@link #toString()} is the message, so that an assertion on a list of violations reads well in
 * any test framework.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract class LawViolation {
  /** The law {@link Law#TOTAL} as a rule of the model. */
  public static final Rule TOTAL = Rule.of(ModelCode.MAPPING_LAW_VIOLATED, Law.TOTAL.id());
  /** The law {@link Law#CONTIGUOUS} as a rule of the model. */
  public static final Rule CONTIGUOUS = Rule.of(ModelCode.MAPPING_LAW_VIOLATED, Law.CONTIGUOUS.id());
  /** The law {@link Law#MONOTONE} as a rule of the model. */
  public static final Rule MONOTONE = Rule.of(ModelCode.MAPPING_LAW_VIOLATED, Law.MONOTONE.id());

  LawViolation() {}

  /** {@return the law broken} */
  public abstract Law law();

  /**
   * {@return the source grade whose rule breaks the law: for {@link Law#MONOTONE}, the worse grade
   * of the two compared}
   */
  public abstract Grade grade();

  /**
   * {@return the source grades involved, best first: the grade alone, or for {@link Law#MONOTONE}
   * the better grade and then the worse}
   */
  public abstract List<Grade> grades();

  /** {@return the grades the rule gives {@link #grade()}, best first; empty when it gives none} */
  public abstract List<Grade> targets();

  /** {@return the message, one sentence naming the law and the grades involved} */
  public abstract String message();

  /**
   * Creates a violation.
   *
   * @param law the law broken
   * @param grade the source grade whose rule breaks it
   * @param grades the source grades involved, best first
   * @param targets the grades the rule gives that grade, best first
   * @param message the message
   * @return the violation
   */
  public static LawViolation of(Law law, Grade grade, List<Grade> grades, List<Grade> targets, String message) {
    return ImmutableLawViolation.builder()
        .law(law)
        .grade(grade)
        .grades(grades)
        .targets(targets)
        .message(message)
        .build();
  }

  /** {@return where the breach is in a mapping document: {@code rules.<grade-id>}} */
  public String path() {
    return "rules." + grade().id();
  }

  /**
   * This breach as a violation of the model's rules, as a mapping that breaks the law is refused:
   * code {@link ModelCode#MAPPING_LAW_VIOLATED}, the law's id as the invariant, {@link #path()} as
   * the path, the targets as the value ({@code [good, adequate]}), and this breach's message.
   *
   * @return the violation
   */
  public Violation toViolation() {
    return rule(law()).violation(path(), targets().stream().map(Grade::id).toList(), message());
  }

  /** The rule of the model each law is. */
  static Rule rule(Law law) {
    return switch (law) {
      case TOTAL -> TOTAL;
      case CONTIGUOUS -> CONTIGUOUS;
      case MONOTONE -> MONOTONE;
    };
  }

  @Override
  public String toString() {
    return message();
  }
}
