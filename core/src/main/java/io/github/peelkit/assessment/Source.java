package io.github.peelkit.assessment;

import io.github.peelkit.check.Violation;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.internal.Checks;
import io.github.peelkit.internal.Violations;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * Where an assessment was published: the document it transcribes.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract class Source {
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

  /** {@return the free-form data kept with this value, empty when there is none} */
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

  /** {@return the title, the publisher and the date: {@code PEEL 2021/22 – An inspection of Essex Police (HMICFRS, 2022-10-14)}} */
  @Override
  public String toString() {
    String by = Stream.of(publisher(), published().map(Object::toString)).flatMap(Optional::stream).collect(Collectors.joining(", "));
    return Violation.abbreviate(title()) + (by.isEmpty() ? "" : " (" + by + ")");
  }

  /** Builds a source. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }
}
