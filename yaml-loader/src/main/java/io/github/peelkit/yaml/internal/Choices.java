package io.github.peelkit.yaml.internal;

import io.github.peelkit.assessment.FindingKind;
import io.github.peelkit.assessment.UngradedReason;
import io.github.peelkit.grading.Basis;
import io.github.peelkit.evidence.Qualifier;
import io.github.peelkit.interval.IntervalMethod;
import io.github.peelkit.mapping.Policy;
import io.github.peelkit.mapping.Relation;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The enumerations of the format by their exact ids, for a hash look-up per value (the model's own
 * {@code find} methods ignore case; the format, like its JSON Schema, takes the ids as written).
 *
 * @param byId the constants by id
 * @param ids the ids, in declaration order
 * @param <E> the enumeration
 */
record Choices<E>(Map<String, E> byId, List<String> ids) {
  static final Choices<FindingKind> FINDING_KINDS = of(FindingKind.values(), FindingKind::id);
  static final Choices<UngradedReason> UNGRADED_REASONS = of(UngradedReason.values(), UngradedReason::id);
  static final Choices<IntervalMethod> METHODS = of(IntervalMethod.values(), IntervalMethod::id);
  static final Choices<Relation> RELATIONS = of(Relation.values(), Relation::id);
  static final Choices<Policy> POLICIES = of(Policy.values(), Policy::id);
  static final Choices<Basis> BASES = of(Basis.values(), Basis::id);
  static final Choices<Qualifier> QUALIFIERS = of(Qualifier.values(), Qualifier::id);
  static final Choices<String> EVIDENCE_KINDS = of(new String[] {"sample", "measure"}, s -> s);

  private static <E> Choices<E> of(E[] values, Function<E, String> id) {
    Map<String, E> map = new HashMap<>();
    List<String> ids = new java.util.ArrayList<>();
    for (E value : values) {
      map.put(id.apply(value), value);
      ids.add(id.apply(value));
    }
    return new Choices<>(Collections.unmodifiableMap(map), List.copyOf(ids));
  }
}
