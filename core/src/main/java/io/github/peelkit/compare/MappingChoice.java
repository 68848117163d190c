package io.github.peelkit.compare;

import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.scale.GradeScale;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Which grade mapping puts the grades of one scale on another when assessments are compared: the
 * mapping {@linkplain #with(GradeMapping) chosen} for the two scales; otherwise on one scale the
 * identity; otherwise the only mapping {@linkplain #of(Collection) declared} from the one scale to
 * the other. Grades of two scales are never compared by position or label: where no mapping is
 * declared there is none, and where several are, one must be chosen.
 *
 * <pre>{@code
 * MappingChoice declared = MappingChoice.of(catalog.mappings().values());
 * declared.find(GradeScales.PEEL_2014, GradeScales.PEEL_2021);   // peel-2014-to-peel-2021, the only one
 * declared.find(GradeScales.HMIC_2007, GradeScales.PEEL_2021);   // empty: none is declared
 * }</pre>
 *
 * <p>Immutable, thread-safe, a value type.
 */
public final class MappingChoice {
  /** The mappings declared, each once, in the order given. */
  private final List<GradeMapping> declared;

  /** The mappings chosen, at most one for each pair of scales. */
  private final List<GradeMapping> chosen;

  /**
   * The identity of each scale asked for, made once: a series compares each step on the same scales,
   * and building an identity checks its laws. Held as long as this choice is; not part of its value.
   */
  private final Map<GradeScale, GradeMapping> identities = new ConcurrentHashMap<>();

  private MappingChoice(List<GradeMapping> declared, List<GradeMapping> chosen) {
    this.declared = List.copyOf(declared);
    this.chosen = List.copyOf(chosen);
  }

  /** {@return the choice with no mapping declared: the identity on one scale, nothing across scales} */
  public static MappingChoice identity() {
    return new MappingChoice(List.of(), List.of());
  }

  /**
   * The choice among declared mappings, such as those of a catalogue.
   *
   * @param declared the mappings declared; the identity of every scale is implied
   * @return the choice
   */
  public static MappingChoice of(Collection<GradeMapping> declared) {
    List<GradeMapping> mappings = new ArrayList<>(new LinkedHashSet<>(declared));
    mappings.forEach(m -> Objects.requireNonNull(m, "mapping"));
    return new MappingChoice(mappings, List.of());
  }

  /**
   * Returns this choice with a mapping chosen for the two scales it converts between, in place of
   * any chosen for them before, whatever else is declared for them (on one scale, in place of the
   * identity).
   *
   * @param mapping the mapping
   * @return the new choice
   */
  public MappingChoice with(GradeMapping mapping) {
    List<GradeMapping> kept = new ArrayList<>();
    for (GradeMapping m : chosen) {
      if (!(m.from().equals(mapping.from()) && m.to().equals(mapping.to()))) {
        kept.add(m);
      }
    }
    kept.add(mapping);
    return new MappingChoice(declared, kept);
  }

  /** {@return the mappings declared, each once} */
  public List<GradeMapping> declared() {
    return declared;
  }

  /** {@return the mappings chosen with {@link #with(GradeMapping)}, at most one for each pair of scales} */
  public List<GradeMapping> chosen() {
    return chosen;
  }

  /**
   * The mappings declared from one scale to another, among which {@link #find(GradeScale,
   * GradeScale)} picks when the scales differ.
   *
   * @param from the scale to convert from
   * @param to the scale to convert to
   * @return the candidates, in the order declared
   */
  public List<GradeMapping> candidates(GradeScale from, GradeScale to) {
    return declared.stream().filter(m -> m.from().equals(from) && m.to().equals(to)).toList();
  }

  /**
   * Whether {@link #find(GradeScale, GradeScale)} would refuse: no mapping is chosen for two
   * different scales, and several are declared between them.
   *
   * @param from the scale to convert from
   * @param to the scale to convert to
   * @return whether a mapping must be chosen
   */
  public boolean isAmbiguous(GradeScale from, GradeScale to) {
    return findChosen(from, to).isEmpty() && !from.equals(to) && candidates(from, to).size() > 1;
  }

  /**
   * The mapping that puts grades of one scale on another: the one chosen for them; else, on one
   * scale, the identity; else the only one declared between them.
   *
   * @param from the scale to convert from
   * @param to the scale to convert to
   * @return the mapping; empty when the scales differ and none is declared from one to the other
   * @throws IllegalArgumentException when the scales differ, none is chosen, and several are
   *     declared; the message names them
   */
  public Optional<GradeMapping> find(GradeScale from, GradeScale to) {
    Optional<GradeMapping> chosenOne = findChosen(from, to);
    if (chosenOne.isPresent()) {
      return chosenOne;
    }
    if (from.equals(to)) {
      return Optional.of(identities.computeIfAbsent(from, GradeMapping::identity));
    }
    List<GradeMapping> candidates = candidates(from, to);
    if (candidates.size() > 1) {
      throw new IllegalArgumentException(
          candidates.size() + " grade mappings are declared from scale " + from.id() + " to scale " + to.id() + ": "
              + candidates.stream().map(GradeMapping::id).collect(Collectors.joining(", "))
              + "; choose one, so that grades are not compared by a mapping picked at random");
    }
    return candidates.stream().findFirst();
  }

  private Optional<GradeMapping> findChosen(GradeScale from, GradeScale to) {
    return chosen.stream().filter(m -> m.from().equals(from) && m.to().equals(to)).findFirst();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MappingChoice that && declared.equals(that.declared) && chosen.equals(that.chosen);
  }

  @Override
  public int hashCode() {
    return Objects.hash(declared, chosen);
  }

  /** {@return the ids declared and chosen, such as {@code MappingChoice{declared=[a, b], chosen=[b]}}} */
  @Override
  public String toString() {
    return "MappingChoice{declared=" + declared.stream().map(GradeMapping::id).toList() + ", chosen="
        + chosen.stream().map(GradeMapping::id).toList() + "}";
  }
}
