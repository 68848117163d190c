package io.github.peelkit.internal;

import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Rule;
import io.github.peelkit.check.Suggestions;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The ids of peelkit's enumerations: the constant's name in lower case with hyphens ({@code
 * AREA_FOR_IMPROVEMENT} is {@code area-for-improvement}), found ignoring case.
 */
public final class EnumIds {
  /** The id given to a look-up names a constant: a check of an argument, such as a policy's name on the command line. */
  static final Rule KNOWN_ID = Rule.of(ModelCode.INVALID_VALUE, "the id names a constant");

  /** The ids of each enumeration's constants by ordinal, worked out once: ids are asked for on every value built. */
  private static final ClassValue<String[]> IDS =
      new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
          Object[] constants = type.getEnumConstants();
          String[] ids = new String[constants.length];
          for (int i = 0; i < constants.length; i++) {
            ids[i] = idOf((Enum<?>) constants[i]);
          }
          return ids;
        }
      };

  private EnumIds() {}

  /**
   * The id of a constant.
   *
   * @param constant the constant
   * @return its id
   */
  public static String id(Enum<?> constant) {
    return IDS.get(constant.getDeclaringClass())[constant.ordinal()];
  }

  private static String idOf(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The ids of every constant of a type, in declaration order.
   *
   * @param type the enumeration
   * @return the ids
   */
  public static List<String> ids(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(EnumIds::id).toList();
  }

  /**
   * Finds a constant by its id, ignoring case.
   *
   * @param type the enumeration
   * @param text the id
   * @param <E> the enumeration
   * @return the constant, or empty
   */
  public static <E extends Enum<E>> Optional<E> find(Class<E> type, String text) {
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (id(constant).equals(wanted)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  /**
   * Finds a constant by its id, ignoring case, or throws naming the valid ids.
   *
   * @param type the enumeration
   * @param text the id
   * @param what what the constant is, for the message ("finding kind")
   * @param <E> the enumeration
   * @return the constant
   * @throws InvariantException with {@link ModelCode#INVALID_VALUE} when no constant has that id
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
    return find(type, text)
        .orElseThrow(
            () -> {
              List<String> ids = ids(type);
              String hint = Suggestions.closest(text, ids).map(s -> "; did you mean '" + s + "'?").orElse("");
              return KNOWN_ID
                  .violation(what, text, "unknown " + what + " '" + text + "'; valid values: " + String.join(", ", ids) + hint)
                  .toException();
            });
  }
}
