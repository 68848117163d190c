package io.github.peelkit.check;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A problem that does not make a value invalid, found by checking a valid model: a cause of
 * concern without a recommendation ({@link ModelCode#CONCERN_WITHOUT_RECOMMENDATION}), an inadequate grade without a cause of
 * concern ({@link ModelCode#INADEQUATE_WITHOUT_CONCERN}), published figures that do not fit their sample ({@link
 * ModelCode#FIGURES_INCONSISTENT}).
 *
 * <p>The {@linkplain #path() path} is written as the YAML format writes it ({@code
 * judgments[2].evidence[0]}), relative to the document, so that a loader can locate it.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract class Warning {
  Warning() {}

  /** {@return the stable code of this warning} */
  public abstract ModelCode code();

  /** {@return the path to the value the warning is about, such as {@code judgments[2]}} */
  public abstract String path();

  /** {@return the message, one sentence saying what is wrong and how to fix it} */
  public abstract String message();

  /** {@return the value the warning is about, as text, when one helps} */
  public abstract Optional<String> value();

  /**
   * Creates a warning.
   *
   * @param code the stable code
   * @param path the path to the value, relative to its document
   * @param message the message
   * @return the warning
   */
  public static Warning of(ModelCode code, String path, String message) {
    return ImmutableWarning.builder().code(code).path(path).message(message).build();
  }

  /**
   * Creates a warning that names the value it is about.
   *
   * @param code the stable code
   * @param path the path to the value, relative to its document
   * @param message the message
   * @param value the value, as text
   * @return the warning
   */
  public static Warning of(ModelCode code, String path, String message, String value) {
    return ImmutableWarning.builder().code(code).path(path).message(message).value(value).build();
  }

  /**
   * Returns this warning placed under a parent path.
   *
   * @param parent the path of the value that holds this one, such as {@code judgments[2]}
   * @return the warning with path {@code parent.path}
   */
  public Warning under(String parent) {
    String joined = path().isEmpty() ? parent : path().startsWith("[") ? parent + path() : parent + "." + path();
    return ImmutableWarning.builder().from(this).path(joined).build();
  }
}
