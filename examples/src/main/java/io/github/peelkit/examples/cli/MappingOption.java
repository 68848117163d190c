package io.github.peelkit.examples.cli;

import io.github.peelkit.check.Suggestions;
import io.github.peelkit.compare.MappingChoice;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.yaml.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The {@code --mapping ID} of the commands that compare assessments, read against the catalogue: the
 * mapping named, or the choice among those declared, each way of going wrong a usage error that
 * names the mappings there are.
 */
final class MappingOption {
  private final CommandSpec spec;
  private final Catalog catalog;
  private final Optional<String> named;

  MappingOption(CommandSpec spec, Catalog catalog, Optional<String> named) {
    this.spec = spec;
    this.catalog = catalog;
    this.named = named;
  }

  /** {@return the id named with --mapping, if any} */
  Optional<String> named() {
    return named;
  }

  /**
   * The mapping named with {@code --mapping}, when it is one of the catalogue's.
   *
   * @return the mapping; empty when none is named or the name is {@value GradeMapping#IDENTITY}
   * @throws ParameterException when no mapping has the name
   */
  Optional<GradeMapping> findNamed() {
    if (named.isEmpty() || named.get().equals(GradeMapping.IDENTITY)) {
      return Optional.empty();
    }
    GradeMapping mapping = catalog.mappings().get(named.get());
    if (mapping == null) {
      List<String> ids = new ArrayList<>(catalog.mappings().keySet());
      ids.add(GradeMapping.IDENTITY);
      String hint = Suggestions.closest(named.get(), ids).map(s -> "; did you mean '" + s + "'?").orElse("");
      throw new ParameterException(
          spec.commandLine(), "--mapping: unknown mapping '" + named.get() + "': expected one of " + String.join(", ", ids) + hint);
    }
    return Optional.of(mapping);
  }

  /** {@return the choice among the catalogue's mappings, with the one named chosen for its scales} */
  MappingChoice choice() {
    MappingChoice declared = MappingChoice.of(catalog.mappings().values());
    return findNamed().map(declared::with).orElse(declared);
  }

  /**
   * The mapping named, for two scales: it must convert from the one to the other.
   *
   * @throws ParameterException when it does not, saying which mappings do
   */
  GradeMapping namedBetween(GradeScale from, GradeScale to) {
    String between = "from scale " + from.id() + " to scale " + to.id();
    return catalog.findMapping(named.orElseThrow(), from, to).orElseThrow(() -> {
      String why = catalog.mappings().containsKey(named.get())
          ? "mapping " + named.get() + " converts from scale " + catalog.mappings().get(named.get()).from().id() + " to scale "
              + catalog.mappings().get(named.get()).to().id() + ", not " + between
          : named.get().equals(GradeMapping.IDENTITY) ? "the identity does not convert " + between : "no mapping '" + named.get() + "' " + between;
      List<GradeMapping> candidates = catalog.mappingsBetween(from, to);
      return new ParameterException(
          spec.commandLine(),
          "--mapping: " + why + (candidates.isEmpty() ? "; there is no mapping between them" : "; the mappings between them: " + ids(candidates)));
    });
  }

  /**
   * Refuses two scales between which several mappings are declared and none is named.
   *
   * @throws ParameterException naming the mappings
   */
  void requireUnambiguous(MappingChoice choice, GradeScale from, GradeScale to) {
    if (choice.isAmbiguous(from, to)) {
      List<GradeMapping> candidates = choice.candidates(from, to);
      throw new ParameterException(
          spec.commandLine(),
          candidates.size() + " grade mappings from scale " + from.id() + " to scale " + to.id() + ": " + ids(candidates)
              + "; choose one with --mapping ID");
    }
  }

  private static String ids(List<GradeMapping> mappings) {
    return mappings.stream().map(GradeMapping::id).collect(Collectors.joining(", "));
  }
}
