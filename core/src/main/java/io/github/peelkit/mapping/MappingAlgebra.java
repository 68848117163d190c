package io.github.peelkit.mapping;

import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeRange;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Composition and inversion of grade mappings: {@link GradeMapping#andThen(GradeMapping)} and
 * {@link GradeMapping#inverse()}, each refused with a violation of the law it would break.
 */
final class MappingAlgebra {
  private static final String INVERSE_SUFFIX = "-inverse";
  private static final String INVERSE_NAME = "Inverse of ";
  private static final String PARAGRAPH = "\n\n";

  private MappingAlgebra() {}

  /** See {@link GradeMapping#andThen(GradeMapping)}. */
  static GradeMapping andThen(GradeMapping first, GradeMapping next) {
    if (!first.to().equals(next.from())) {
      throw new IllegalArgumentException(
          "cannot compose mapping "
              + first.id()
              + " with mapping "
              + next.id()
              + ": "
              + first.id()
              + " converts to scale "
              + first.to().id()
              + " but "
              + next.id()
              + " converts from "
              + (first.to().id().equals(next.from().id()) ? "another definition of scale " : "scale ")
              + next.from().id()
              + "; the mappings do not chain");
    }
    if (first.isIdentity()) {
      return next;
    }
    if (next.isIdentity()) {
      return first;
    }
    GradeMapping.Builder builder = GradeMapping.builder();
    builder
        .id(first.id() + "-then-" + next.id())
        .from(first.from())
        .to(next.to())
        .comparable(first.comparable() && next.comparable());
    if (first.name().isPresent() && next.name().isPresent()) {
      builder.name(first.name().get() + ", then " + next.name().get());
    }
    LinkedHashSet<String> paragraphs = new LinkedHashSet<>();
    first.note().ifPresent(n -> paragraphs.addAll(List.of(n.split(PARAGRAPH))));
    next.note().ifPresent(n -> paragraphs.addAll(List.of(n.split(PARAGRAPH))));
    if (!paragraphs.isEmpty()) {
      builder.note(String.join(PARAGRAPH, paragraphs));
    }
    for (Grade grade : first.from().grades()) {
      GradeRange middle = first.targets(grade);
      TreeSet<Grade> union = new TreeSet<>();
      middle.grades().forEach(b -> union.addAll(next.targets(b).grades()));
      GradeRange span = next.to().range(union.first(), union.last());
      if (span.size() != union.size()) {
        List<Grade> missing = span.grades().stream().filter(g -> !union.contains(g)).toList();
        List<Grade> targets = List.copyOf(union);
        throw LawViolation.CONTIGUOUS
            .violation(
                "rules." + grade.id(),
                MappingRules.ids(targets),
                "cannot compose mapping "
                    + first.id()
                    + " with mapping "
                    + next.id()
                    + ": "
                    + first.id()
                    + " maps "
                    + grade.id()
                    + " to "
                    + middle
                    + ", which "
                    + next.id()
                    + " maps to "
                    + MappingRules.ids(targets)
                    + ", leaving out "
                    + MappingRules.ids(missing)
                    + "; the composed mapping would not be contiguous")
            .toException();
      }
      builder.putRule(grade, span);
    }
    return builder.build();
  }

  /** See {@link GradeMapping#inverse()}. */
  static GradeMapping inverse(GradeMapping mapping) {
    if (mapping.isIdentity()) {
      return mapping;
    }
    List<Grade> unreached = unreached(mapping);
    if (!unreached.isEmpty()) {
      throw LawViolation.TOTAL
          .violation(
              "rules",
              MappingRules.ids(unreached),
              "mapping "
                  + mapping.id()
                  + " has no inverse: no grade of "
                  + mapping.from().id()
                  + " maps to "
                  + unreached.stream().map(Grade::id).collect(Collectors.joining(", "))
                  + " of "
                  + mapping.to().id()
                  + ", so the inverse would not be total")
          .toException();
    }
    GradeMapping.Builder builder = GradeMapping.builder();
    builder
        .id(inverseId(mapping))
        .name(mapping.name().map(n -> n.startsWith(INVERSE_NAME) ? n.substring(INVERSE_NAME.length()) : INVERSE_NAME + n))
        .from(mapping.to())
        .to(mapping.from())
        .comparable(mapping.comparable())
        .note(mapping.note())
        .extensions(mapping.extensions());
    for (Grade target : mapping.to().grades()) {
      List<Grade> sources = mapping.from().grades().stream().filter(g -> mapping.targets(g).contains(target)).toList();
      builder.putRule(target, mapping.from().range(sources.get(0), sources.get(sources.size() - 1)));
    }
    return builder.build();
  }

  /**
   * The grades of the target scale no grade maps to: empty exactly when the mapping has an inverse.
   * The inverse of a lawful mapping is lawful when it is total: a target reached from a range of
   * source grades is reached from every grade between them, since the mapping is monotone.
   */
  static List<Grade> unreached(GradeMapping mapping) {
    return mapping.to().grades().stream()
        .filter(t -> mapping.rules().values().stream().noneMatch(r -> r.contains(t)))
        .toList();
  }

  private static String inverseId(GradeMapping mapping) {
    String id = mapping.id();
    if (id.equals(mapping.from().id() + "-to-" + mapping.to().id())) {
      return mapping.to().id() + "-to-" + mapping.from().id();
    }
    if (id.endsWith(INVERSE_SUFFIX)) {
      return id.substring(0, id.length() - INVERSE_SUFFIX.length());
    }
    return id + INVERSE_SUFFIX;
  }
}
