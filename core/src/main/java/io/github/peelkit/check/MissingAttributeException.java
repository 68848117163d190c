package io.github.peelkit.check;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thrown by a builder's {@code build()} when attributes that have no default were not set, such as
 * {@code Subject.builder().id("essex").build()} without a name. It carries one {@link Violation} of
 * {@link #REQUIRED} (PK005) per missing attribute, whose path is the attribute's name.
 *
 * <p>The generated builders construct it with their own report of what is missing; peelkit words it
 * its own way: {@code Subject needs name: set it on the builder before build()}.
 */
public final class MissingAttributeException extends InvariantException {
  private static final long serialVersionUID = 1L;

  /** A value has every attribute that has no default. */
  public static final Rule REQUIRED = Rule.of(ModelCode.MISSING_REQUIRED, "required attributes are set");

  /** The report of the generated builders: the type, then the attributes as a list. */
  private static final Pattern REPORT = Pattern.compile("Cannot build (\\S+), some of required attributes are not set \\[(.*)\\]");

  /** The simple name of the type that could not be built. */
  private final String type;

  /**
   * Creates the exception from a generated builder's report of the attributes not set.
   *
   * @param report {@code Cannot build Subject, some of required attributes are not set [name]}
   */
  public MissingAttributeException(String report) {
    this(parse(report));
  }

  private MissingAttributeException(Parsed parsed) {
    super(message(parsed), violations(parsed));
    this.type = parsed.type;
  }

  /** {@return the simple name of the type that could not be built, such as {@code Subject}} */
  public String type() {
    return type;
  }

  /** {@return the names of the attributes not set, in the order the type declares them} */
  public List<String> attributes() {
    return violations().stream().map(Violation::path).toList();
  }

  private record Parsed(String type, List<String> attributes) {}

  private static Parsed parse(String report) {
    Matcher m = REPORT.matcher(report);
    if (!m.matches()) {
      // A report in another shape still says what is missing, in the builder's words.
      return new Parsed("value", List.of(report));
    }
    return new Parsed(m.group(1), Arrays.stream(m.group(2).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
  }

  private static String message(Parsed parsed) {
    List<String> names = parsed.attributes;
    String listed = names.size() == 1
        ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    return parsed.type + " needs " + listed + ": set " + (names.size() == 1 ? "it" : "them") + " on the builder before build()";
  }

  private static List<Violation> violations(Parsed parsed) {
    return parsed.attributes.stream()
        .map(a -> REQUIRED.violation(a, "", parsed.type + " needs " + a + ": set it on the builder before build()"))
        .toList();
  }
}
