package io.github.peelkit.assessment;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Rule;
import io.github.peelkit.check.Violation;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.internal.Checks;
import io.github.peelkit.internal.Violations;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One finding of an inspection: a strength, an area for improvement, a cause of concern, a
 * recommendation, a practice worth sharing, work in progress or an observation.
 *
 * <p>A finding has a title (the report's headline) and may have its text, its number in the report
 * ("Recommendation 7"), an id, and links to the evidence behind it by evidence id. A cause of
 * concern links the recommendations that accompany it by their finding ids; other kinds of
 * finding link none.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract class Finding {
  /** A finding's number in its report is not negative. */
  public static final Rule NON_NEGATIVE_NUMBER = Rule.of(ModelCode.INVALID_VALUE, "number >= 0");
  /** Only a cause of concern links the recommendations that accompany it. */
  public static final Rule ONLY_CONCERN_LINKS_RECOMMENDATIONS =
      Rule.of(ModelCode.INVALID_VALUE, "only a cause of concern links recommendations");

  Finding() {}

  /** {@return what kind of finding this is} */
  public abstract FindingKind kind();

  /** {@return the id other findings link to, a slug unique within its assessment, when given} */
  public abstract Optional<String> id();

  /** {@return the number the report gives it, such as 7 for "Recommendation 7", when given} */
  public abstract OptionalInt number();

  /** {@return the headline, in the report's words} */
  public abstract String title();

  /** {@return the body text, when transcribed} */
  public abstract Optional<String> text();

  /** {@return the ids of the evidence behind this finding} */
  public abstract List<String> evidence();

  /** {@return for a cause of concern, the ids of the recommendations that accompany it} */
  public abstract List<String> recommendations();

  /** {@return the free-form data kept with this value, empty when there is none} */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /**
   * Creates a finding with a kind and a title.
   *
   * @param kind the kind
   * @param title the headline
   * @return the finding
   */
  public static Finding of(FindingKind kind, String title) {
    return builder().kind(kind).title(title).build();
  }

  /** {@return a builder for a finding} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Violations found = new Violations();
    if (id().isPresent()) {
      Checks.id(found, "id", id().get());
    }
    Checks.notBlank(found, "title", title());
    if (number().isPresent() && number().getAsInt() < 0) {
      int n = number().getAsInt();
      found.add(NON_NEGATIVE_NUMBER.violation("number", n, "number " + n + " is negative"));
    }
    Checks.ids(found, "evidence", evidence());
    Checks.ids(found, "recommendations", recommendations());
    if (!recommendations().isEmpty() && kind() != FindingKind.CAUSE_OF_CONCERN) {
      found.add(
          ONLY_CONCERN_LINKS_RECOMMENDATIONS.violation(
              "recommendations",
              kind().id(),
              "a finding of kind "
                  + kind().id()
                  + " links recommendations; only a cause-of-concern does: link the recommendation from its cause of"
                  + " concern"));
    }
    found.throwIfAny();
  }

  /** {@return the kind, the number and the title, shortened: {@code recommendation 7: The force should…}} */
  @Override
  public String toString() {
    return kind().id() + (number().isPresent() ? " " + number().getAsInt() : "") + ": " + Violation.abbreviate(title());
  }

  /**
   * Returns a copy with another kind, checked as any new finding is.
   *
   * @param kind the kind
   * @return the new finding
   * @throws io.github.peelkit.check.InvariantException when the copy would break a rule of the model
   */
  public Finding withKind(FindingKind kind) {
    return ImmutableFinding.copyOf(this).withKind(kind);
  }

  /**
   * Returns a copy with another title, checked as any new finding is.
   *
   * @param title the title
   * @return the new finding
   * @throws io.github.peelkit.check.InvariantException when the copy would break a rule of the model
   */
  public Finding withTitle(String title) {
    return ImmutableFinding.copyOf(this).withTitle(title);
  }

  /**
   * Returns a copy with another text, checked as any new finding is.
   *
   * @param text the text
   * @return the new finding
   * @throws io.github.peelkit.check.InvariantException when the copy would break a rule of the model
   */
  public Finding withText(String text) {
    return ImmutableFinding.copyOf(this).withText(text);
  }

  /**
   * Returns a copy with other links to evidence, checked as any new finding is.
   *
   * @param evidence the ids of the evidence it links to
   * @return the new finding
   * @throws io.github.peelkit.check.InvariantException when the copy would break a rule of the model
   */
  public Finding withEvidence(Iterable<String> evidence) {
    return ImmutableFinding.copyOf(this).withEvidence(evidence);
  }

  /** Builds a finding. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }
}
