package io.github.peelkit.assessment;

import io.github.peelkit.extension.Extensible;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.internal.Checks;
import io.github.peelkit.internal.Violations;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an assessment was published: the document it transcribes.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract class Source implements Extensible {
  Source() {}

  /** {@return the title of the document} */
  public abstract String title();

  /** {@return who published it, when given} */
  public abstract Optional<String> publisher();

  /** {@return where it can be read, when given} */
  public abstract Optional<String> url();

  /** {@return when it was published, when given} */
  public abstract Optional<LocalDate> published();

  /** {@return a remark on the source, such as how it was transcribed, when given} */
  public abstract Optional<String> note();

  @Override
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /**
   * Creates a source with a title only.
   *
   * @param title the title
   * @return the source
   */
  public static Source of(String title) {
    return builder().title(title).build();
  }

  /** {@return a builder for a source} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Violations found = new Violations();
    Checks.notBlank(found, "title", title());
    found.throwIfAny();
  }

  /** Builds a source. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }
}
