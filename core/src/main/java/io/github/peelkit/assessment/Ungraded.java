package io.github.peelkit.assessment;

import io.github.peelkit.extension.Extensions;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeRange;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of a judgment without a grade: a {@linkplain UngradedReason reason} and an optional note.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract non-sealed class Ungraded implements Outcome {
  Ungraded() {}

  /** {@return empty: an ungraded judgment has no grade} */
  @Override
  public Optional<Grade> findGrade() {
    return Optional.empty();
  }

  /** {@return empty: an ungraded judgment stands for no grade} */
  @Override
  public Optional<GradeRange> findRange() {
    return Optional.empty();
  }

  /** {@return the reason} */
  public abstract UngradedReason reason();

  /** {@return a remark on the reason, such as where the grade was published, when given} */
  public abstract Optional<String> note();

  /** {@return the free-form data kept with this value, empty when there is none} */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /**
   * Creates an ungraded state without a note.
   *
   * @param reason the reason
   * @return the ungraded state
   */
  public static Ungraded of(UngradedReason reason) {
    return builder().reason(reason).build();
  }

  /**
   * Creates an ungraded state with a note.
   *
   * @param reason the reason
   * @param note the note
   * @return the ungraded state
   */
  public static Ungraded of(UngradedReason reason, String note) {
    return builder().reason(reason).note(note).build();
  }

  /** {@return a builder for an ungraded state} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the reason: {@code ungraded: not-graded}} */
  @Override
  public String toString() {
    return "ungraded: " + reason().id();
  }

  /** Builds an ungraded state. */
  public static final class Builder extends ImmutableUngraded.Builder {
    Builder() {}
  }
}
