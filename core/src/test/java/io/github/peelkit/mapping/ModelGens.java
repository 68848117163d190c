package io.github.peelkit.mapping;

import io.github.peelkit.testkit.ModelGenerator;
import io.github.peelkit.testkit.TextStyle;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/** QuickTheories generators backed by {@link ModelGenerator}: one seeded generator per value. */
final class ModelGens {
  private ModelGens() {}

  /**
   * A QuickTheories generator of values that a model generator makes.
   *
   * @param make what to make with a freshly seeded generator
   * @param <T> the type of value
   * @return the QuickTheories generator
   */
  static <T> Gen<T> of(Function<ModelGenerator, T> make) {
    return in -> make.apply(ModelGenerator.of(in.next(Constraint.none())));
  }

  /**
   * A QuickTheories generator of values that a model generator of a text style makes.
   *
   * @param style the text style
   * @param make what to make with a freshly seeded generator
   * @param <T> the type of value
   * @return the QuickTheories generator
   */
  static <T> Gen<T> of(TextStyle style, Function<ModelGenerator, T> make) {
    return in -> make.apply(ModelGenerator.of(in.next(Constraint.none()), style));
  }
}
