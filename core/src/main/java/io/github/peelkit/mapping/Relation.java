package io.github.peelkit.mapping;

import io.github.peelkit.internal.EnumIds;
import java.util.Optional;

/**
 * How one source grade of a {@link GradeMapping} corresponds to the grades it maps to, derived from
 * the mapping's rules: whether the source grade maps to one grade or several, and whether any grade
 * it maps to is shared with another source grade.
 *
 * <p>Each relation has a counterpart in the vocabularies for mappings between concept schemes,
 * reading the mapping as "source grade <em>relation</em> target grade": SKOS's mapping properties
 * and the relationships of OSCAL's control mapping model. Like SKOS's {@code broadMatch} and {@code
 * narrowMatch}, {@link #ONE_TO_MANY} and {@link #MANY_TO_ONE} are each other's {@linkplain
 * #inverse() inverse} when a pair of grades is read the other way; {@link #EXACT} and {@link
 * #MANY_TO_MANY} are their own inverses. Grade by grade, in the {@linkplain GradeMapping#inverse()
 * inverse mapping} every target of an exact grade is exact, and every target of a one-to-many grade
 * is many-to-one. No such rule holds for many-to-one and many-to-many grades: the other source
 * grades that share their targets may have further targets of their own, which changes the
 * relation of the target read backwards.
 *
 * <table>
 *   <caption>Relations and their counterparts</caption>
 *   <tr><th>relation</th><th>targets</th><th>shared</th><th>SKOS</th><th>OSCAL</th></tr>
 *   <tr><td>{@code exact}</td><td>one</td><td>no</td><td>{@code exactMatch}</td><td>{@code
 *       equivalent-to}</td></tr>
 *   <tr><td>{@code one-to-many}</td><td>several</td><td>no</td><td>{@code narrowMatch} (each
 *       target is narrower)</td><td>{@code superset-of}</td></tr>
 *   <tr><td>{@code many-to-one}</td><td>one</td><td>yes</td><td>{@code broadMatch} (the target is
 *       broader)</td><td>{@code subset-of}</td></tr>
 *   <tr><td>{@code many-to-many}</td><td>several</td><td>yes</td><td>none exact ({@code
 *       relatedMatch} at most: {@code closeMatch} would claim the grades interchangeable)</td><td>
 *       {@code intersects-with}</td></tr>
 * </table>
 *
 * <p>The fourth relation, {@link #MANY_TO_MANY}, is needed where a source grade maps to several
 * grades and one of them is also reached from another source grade: PEEL 2014's <em>Good</em> maps
 * to <em>Good</em> or <em>Adequate</em> on the 2021/22 scale, and <em>Adequate</em> is also reached
 * from <em>Requires improvement</em>. Calling that one-to-many would claim that all of 2021/22's
 * <em>Adequate</em> lies within 2014's <em>Good</em>, which is false.
 */
public enum Relation {
  /** One target, reached from this source grade only: the grades correspond one to one. */
  EXACT,
  /** Several targets, none reached from another source grade: the source grade is the broader. */
  ONE_TO_MANY,
  /** One target, also reached from other source grades: the target grade is the broader. */
  MANY_TO_ONE,
  /** Several targets, some also reached from other source grades: the grades overlap. */
  MANY_TO_MANY;

  /** {@return the id used in the YAML format, such as {@code one-to-many}} */
  public String id() {
    return EnumIds.id(this);
  }

  /**
   * The relation of a source grade with its targets.
   *
   * @param severalTargets whether the source grade maps to more than one grade
   * @param shared whether any of its targets is also reached from another source grade
   * @return the relation
   */
  public static Relation of(boolean severalTargets, boolean shared) {
    if (severalTargets) {
      return shared ? MANY_TO_MANY : ONE_TO_MANY;
    }
    return shared ? MANY_TO_ONE : EXACT;
  }

  /** {@return whether a source grade in this relation maps to exactly one grade} */
  public boolean hasOneTarget() {
    return this == EXACT || this == MANY_TO_ONE;
  }

  /**
   * The relation read the other way, from a target grade back to its source grade, as SKOS's {@code
   * broadMatch} is the inverse of {@code narrowMatch}.
   *
   * @return {@link #MANY_TO_ONE} for {@link #ONE_TO_MANY} and the other way round; {@link #EXACT}
   *     and {@link #MANY_TO_MANY} are their own inverses
   */
  public Relation inverse() {
    return switch (this) {
      case ONE_TO_MANY -> MANY_TO_ONE;
      case MANY_TO_ONE -> ONE_TO_MANY;
      case EXACT, MANY_TO_MANY -> this;
    };
  }

  /**
   * Finds a relation by id, ignoring case.
   *
   * @param id the id
   * @return the relation, or empty
   */
  public static Optional<Relation> find(String id) {
    return EnumIds.find(Relation.class, id);
  }

  /**
   * Returns the relation with an id, ignoring case.
   *
   * @param id the id, such as {@code exact}
   * @return the relation
   * @throws io.github.peelkit.check.InvariantException when no relation has that id; the message
   *     lists the valid ids
   */
  public static Relation parse(String id) {
    return EnumIds.parse(Relation.class, id, "mapping relation");
  }
}
