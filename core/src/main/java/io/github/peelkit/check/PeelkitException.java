package io.github.peelkit.check;

/**
 * The root of everything peelkit throws about data: a value that would break the model's rules
 * ({@link InvariantException}), a builder missing a required attribute ({@link
 * MissingAttributeException}), a look-up that names nothing (an {@link InvariantException} with
 * {@link ModelCode#UNRESOLVED_REFERENCE} and its "did you mean"), a conversion a policy cannot make
 * ({@code mapping.ConversionException}), input with errors ({@code yaml.LoadException}). Catch this
 * one type, as java.time's users catch {@code DateTimeException}.
 *
 * <p>It is an {@link IllegalArgumentException}, as {@link NumberFormatException} is: what is wrong
 * is the data a caller handed over. Failures to read or write a file are not about data and stay
 * {@link java.io.UncheckedIOException}s, whose message says why (no such file, not a regular file,
 * permission denied). A null where a value is required stays a {@link NullPointerException}, a
 * mistake in the calling code.
 */
public abstract class PeelkitException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and how to fix it
   */
  protected PeelkitException(String message) {
    super(message);
  }
}
