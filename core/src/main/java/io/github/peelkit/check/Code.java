package io.github.peelkit.check;

/**
 * A stable problem code, such as {@code PK008}: its id never changes meaning, so tools may match
 * on it.
 *
 * <p>Each module owns the codes of what it checks: the model's rules are {@link ModelCode}s, here
 * in core; a reader of a file format adds the codes that only a file can break (malformed input,
 * unknown keys, limits). Implementations are enumerations; compare codes with {@code ==} or by
 * {@link #id()}.
 */
public interface Code {
  /** {@return the id, such as {@code PK008}, as problems print it: {@code error[PK008]}} */
  String id();

  /** {@return a few words saying what the code is about, such as {@code unresolved reference}} */
  String title();

  /** {@return the severity this code is reported with} */
  Severity severity();
}
