package io.github.peelkit.yaml;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A class that hostile files name in YAML tags ({@code !!io.github.peelkit.yaml.Detonator}): loading,
 * initialising or instantiating it trips {@link Tripwire#WIRE}, so a test can prove that reading such
 * a file touched no class it names.
 */
public final class Detonator {
  static {
    Tripwire.WIRE.set(true);
  }

  /** Trips the wire too, for a loader that would instantiate what it initialised. */
  public Detonator() {
    Tripwire.WIRE.set(true);
  }

  /** The flag, in a class of its own: reading it does not initialise {@link Detonator}. */
  static final class Tripwire {
    /** Whether {@link Detonator} was initialised or instantiated. */
    static final AtomicBoolean WIRE = new AtomicBoolean();

    private Tripwire() {}
  }
}
