package io.github.peelkit.extension;

/** An object of the model that can carry free-form {@linkplain Extensions extensions}. */
public interface Extensible {
  /** {@return the free-form data kept with this object, empty when there is none} */
  Extensions extensions();
}
