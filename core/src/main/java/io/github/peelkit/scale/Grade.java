package io.github.peelkit.scale;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A grade. */
@Value.Immutable
public abstract class Grade {
  Grade() {}

  /** {@return the id} */
  public abstract String id();

  /** {@return the label} */
  public abstract String label();

  /** {@return the description} */
  public abstract Optional<String> description();

  /** {@return the aliases} */
  public abstract List<String> aliases();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds grades. */
  public static final class Builder extends ImmutableGrade.Builder {
    Builder() {}
  }
}
