package io.github.peelkit.check;

import java.util.Locale;

/** How serious a problem is: an error makes input unusable, a warning does not. */
public enum Severity {
  /** The input cannot be used as written. */
  ERROR,
  /** The input is usable but probably not what its author meant. */
  WARNING;

  /** {@return the lower-case name used in printed problems, {@code error} or {@code warning}} */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
