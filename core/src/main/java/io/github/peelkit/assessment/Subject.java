package io.github.peelkit.assessment;

import io.github.peelkit.extension.Extensible;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.internal.Checks;
import io.github.peelkit.internal.Violations;
import org.immutables.value.Value;

/**
 * What an assessment inspects, such as a police force.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract class Subject implements Extensible {
  Subject() {}

  /** {@return the id, a slug such as {@code essex}} */
  public abstract String id();

  /** {@return the name, such as {@code Essex Police}} */
  public abstract String name();

  @Override
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /**
   * Creates a subject.
   *
   * @param id the id, a slug
   * @param name the name
   * @return the subject
   */
  public static Subject of(String id, String name) {
    return builder().id(id).name(name).build();
  }

  /** {@return a builder for a subject} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Violations found = new Violations();
    Checks.id(found, "id", id());
    Checks.notBlank(found, "name", name());
    found.throwIfAny();
  }

  /** Builds a subject. */
  public static final class Builder extends ImmutableSubject.Builder {
    Builder() {}
  }
}
