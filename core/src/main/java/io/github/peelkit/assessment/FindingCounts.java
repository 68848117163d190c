package io.github.peelkit.assessment;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Rule;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.internal.Violations;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * How many findings of each kind a judgment had, where only the counts were published: "No
 * recommendations, 9 areas for improvement". A kind that is absent was not counted; a count of 0
 * says there were none.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract class FindingCounts {
  /** A count of findings is not negative. */
  public static final Rule NON_NEGATIVE_COUNTS = Rule.of(ModelCode.INVALID_VALUE, "count >= 0");

  FindingCounts() {}

  /** {@return the counts, by kind, in the order of {@link FindingKind}} */
  public abstract Map<FindingKind, Integer> counts();

  /** {@return the free-form data kept with this value, empty when there is none} */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /**
   * Creates finding counts.
   *
   * @param counts the counts, by kind
   * @return the finding counts
   */
  public static FindingCounts of(Map<FindingKind, Integer> counts) {
    return builder().counts(counts).build();
  }

  /** {@return a builder for finding counts} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The count of one kind of finding.
   *
   * @param kind the kind
   * @return the count, or empty when that kind was not counted
   */
  public OptionalInt count(FindingKind kind) {
    Integer count = counts().get(kind);
    return count == null ? OptionalInt.empty() : OptionalInt.of(count);
  }

  @Value.Check
  FindingCounts check() {
    Violations found = new Violations();
    counts()
        .forEach(
            (kind, count) -> {
              if (count < 0) {
                // The format writes each count under its kind, directly in the finding counts.
                found.add(NON_NEGATIVE_COUNTS.violation(kind.id(), count, "count " + count + " of " + kind.id() + " is negative"));
              }
            });
    found.throwIfAny();
    // Keep the kinds in declaration order, whatever order they were given in.
    Map<FindingKind, Integer> ordered = new EnumMap<>(FindingKind.class);
    ordered.putAll(counts());
    if (ordered.keySet().stream().toList().equals(counts().keySet().stream().toList())) {
      return this;
    }
    return builder().from(this).counts(ordered).build();
  }

  /** {@return each kind with its count: {@code recommendation 0, area-for-improvement 9}} */
  @Override
  public String toString() {
    return counts().entrySet().stream().map(e -> e.getKey().id() + " " + e.getValue()).collect(Collectors.joining(", "));
  }

  /** Builds finding counts. */
  public static final class Builder extends ImmutableFindingCounts.Builder {
    Builder() {}
  }
}
