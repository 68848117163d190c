package io.github.peelkit.assessment;

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
public abstract class Subject {
  Subject() {}

  /** {@return the id, a slug such as {@code essex}} */
  public abstract String id();

  /** {@return the name, such as {@code Essex Police}} */
  public abstract String name();

  /** {@return the free-form data kept with this value, empty when there is none} */
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

  /** {@return the name and the id: {@code Essex Police (essex)}} */
  @Override
  public String toString() {
    return name() + " (" + id() + ")";
  }

  /**
   * Returns a copy with another name, checked as any new subject is.
   *
   * @param name the name
   * @return the new subject
   * @throws io.github.peelkit.check.InvariantException when the copy would break a rule of the model
   */
  public Subject withName(String name) {
    return ImmutableSubject.copyOf(this).withName(name);
  }

  /** Builds a subject. */
  public static final class Builder extends ImmutableSubject.Builder {
    Builder() {}
  }
}
