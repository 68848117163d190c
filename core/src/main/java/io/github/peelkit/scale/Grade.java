package io.github.peelkit.scale;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A grade. */
@Value.Immutable
public abstract class Grade {
  Grade() {}

  /** The id. @return the id */
  public abstract String id();

  /** The label. @return the label */
  public abstract String label();

  /** Description. @return it */
  public abstract Optional<String> description();

  /** Aliases. @return them */
  public abstract List<String> aliases();

  /** A builder. @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds grades. */
  public static final class Builder extends ImmutableGrade.Builder {
    Builder() {}
  }
}
