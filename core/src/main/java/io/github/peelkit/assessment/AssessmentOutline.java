package io.github.peelkit.assessment;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Rule;
import io.github.peelkit.check.Suggestions;
import io.github.peelkit.check.TextRules;
import io.github.peelkit.check.Violation;
import io.github.peelkit.internal.Violations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The identities of an assessment and the links between its parts, each at its path: the area each
 * judgment judges, the id and kind of each finding, the id of each piece of evidence, and the ids
 * findings link to. The rules across an assessment's parts are checked on it: one judgment per
 * area, finding and evidence ids unique, links that resolve.
 *
 * <p>An {@link Assessment} checks its own outline when it is built. A reader of a file makes one
 * from what the file says, so that these rules are checked even when some part of the file could
 * not be read into a value: a finding whose title is missing still has its id, and a link to it
 * still resolves. Ids that are not valid ids are left out (the id rule reports them where they are).
 *
 * <p>Immutable and thread-safe once built.
 */
public final class AssessmentOutline {
  /** An area is judged once in an assessment. */
  public static final Rule ONE_JUDGMENT_PER_AREA = Rule.of(ModelCode.JUDGMENT_CONFLICT, "one judgment per area");
  /** No two findings of an assessment have one id. */
  public static final Rule UNIQUE_FINDING_IDS = Rule.of(ModelCode.DUPLICATE_ID, "finding ids are unique");
  /** No two pieces of evidence of an assessment have one id. */
  public static final Rule UNIQUE_EVIDENCE_IDS = Rule.of(ModelCode.DUPLICATE_ID, "evidence ids are unique");
  /** A finding's evidence links name evidence of the assessment. */
  public static final Rule EVIDENCE_LINKS = Rule.of(ModelCode.UNRESOLVED_REFERENCE, "evidence links resolve");
  /** A cause of concern's links name recommendations of the assessment. */
  public static final Rule RECOMMENDATION_LINKS = Rule.of(ModelCode.UNRESOLVED_REFERENCE, "recommendation links resolve");

  private final String assessment;
  private final List<Entry> judgments;
  private final List<Entry> findings;
  private final List<Entry> evidence;
  private final List<Entry> evidenceLinks;
  private final List<Entry> recommendationLinks;

  /**
   * One thing outlined: its path, its id (or area id, or the id a link names), and a finding's kind,
   * or for a judgment the area as a file wrote it. The path is written only for a violation: every
   * assessment built outlines all its parts.
   */
  private record Entry(Supplier<String> path, String id, Optional<FindingKind> kind, String written) {
    Entry(Supplier<String> path, String id, Optional<FindingKind> kind) {
      this(path, id, kind, id);
    }
  }

  private AssessmentOutline(Builder b) {
    this.assessment = b.assessment;
    this.judgments = List.copyOf(b.judgments);
    this.findings = List.copyOf(b.findings);
    this.evidence = List.copyOf(b.evidence);
    this.evidenceLinks = List.copyOf(b.evidenceLinks);
    this.recommendationLinks = List.copyOf(b.recommendationLinks);
  }

  /**
   * Starts the outline of an assessment.
   *
   * @param assessment the assessment's id, for the messages
   * @return a builder
   */
  public static Builder builder(String assessment) {
    return new Builder(assessment);
  }

  /** The outline of a built assessment: overall findings first, then each judgment's parts, in order. */
  static AssessmentOutline of(Assessment assessment) {
    Builder outline = builder(assessment.id());
    for (int j = 0; j < assessment.findings().size(); j++) {
      int finding = j;
      outline.finding(assessment.findings().get(j), () -> "findings[" + finding + "]");
    }
    for (int i = 0; i < assessment.judgments().size(); i++) {
      Judgment judgment = assessment.judgments().get(i);
      int at = i;
      outline.judgment(() -> "judgments[" + at + "]", judgment.area().id());
      for (int j = 0; j < judgment.findings().size(); j++) {
        int finding = j;
        outline.finding(judgment.findings().get(j), () -> "judgments[" + at + "].findings[" + finding + "]");
      }
      for (int j = 0; j < judgment.evidence().size(); j++) {
        int piece = j;
        outline.evidence(() -> "judgments[" + at + "].evidence[" + piece + "]", judgment.evidence().get(j).id());
      }
    }
    return outline.build();
  }

  /**
   * Checks the rules across the assessment's parts.
   *
   * @return every violation found: areas judged twice, finding and evidence ids used twice, links
   *     that name nothing (or a finding that is not a recommendation); empty when there is none
   */
  public List<Violation> violations() {
    Violations found = new Violations();
    Map<String, Entry> judged = new HashMap<>();
    for (Entry judgment : judgments) {
      Entry first = judged.putIfAbsent(judgment.id(), judgment);
      if (first != null) {
        found.add(
            ONE_JUDGMENT_PER_AREA.violation(
                judgment.path().get() + ".area",
                judgment.written(),
                "area '" + judgment.id() + "' is judged twice, first in " + first.path().get() + ": merge the two judgments"
                    + " into one"));
      }
    }
    Map<String, Entry> findingsById = unique(findings, UNIQUE_FINDING_IDS, "finding", found);
    Map<String, Entry> evidenceById = unique(evidence, UNIQUE_EVIDENCE_IDS, "evidence", found);
    List<String> evidenceIds = new ArrayList<>(evidenceById.keySet());
    for (Entry link : evidenceLinks) {
      if (!evidenceById.containsKey(link.id())) {
        found.add(
            Violation.of(
                EVIDENCE_LINKS,
                link.path().get(),
                link.id(),
                "finding links evidence '" + link.id() + "', but no evidence of assessment " + assessment + " has that id",
                evidenceIds,
                Suggestions.closest(link.id(), evidenceIds)));
      }
    }
    List<String> recommendations = new ArrayList<>();
    findingsById.values().forEach(f -> f.kind().filter(k -> k == FindingKind.RECOMMENDATION).ifPresent(k -> recommendations.add(f.id())));
    for (Entry link : recommendationLinks) {
      Entry target = findingsById.get(link.id());
      if (target == null) {
        found.add(
            Violation.of(
                RECOMMENDATION_LINKS,
                link.path().get(),
                link.id(),
                "cause of concern links recommendation '" + link.id() + "', but no finding of assessment " + assessment
                    + " has that id",
                recommendations,
                Suggestions.closest(link.id(), recommendations)));
      } else if (target.kind().isPresent() && target.kind().get() != FindingKind.RECOMMENDATION) {
        found.add(
            Violation.of(
                RECOMMENDATION_LINKS,
                link.path().get(),
                link.id(),
                "cause of concern links '" + link.id() + "', which is a finding of kind " + target.kind().get().id()
                    + ", not a recommendation",
                recommendations,
                Optional.empty()));
      }
    }
    return found.toList();
  }

  /** The entries by id, the first of each; every later one with the same id is a violation. */
  private Map<String, Entry> unique(List<Entry> entries, Rule rule, String what, Violations found) {
    Map<String, Entry> byId = new LinkedHashMap<>();
    for (Entry entry : entries) {
      Entry first = byId.putIfAbsent(entry.id(), entry);
      if (first != null) {
        found.add(
            rule.violation(
                entry.path().get() + ".id",
                entry.id(),
                what + " id '" + entry.id() + "' is used twice in assessment " + assessment + ", first at "
                    + first.path().get() + ".id"));
      }
    }
    return byId;
  }

  /** Builds an outline, part by part, in document order. */
  public static final class Builder {
    private final String assessment;
    private final List<Entry> judgments = new ArrayList<>();
    private final List<Entry> findings = new ArrayList<>();
    private final List<Entry> evidence = new ArrayList<>();
    private final List<Entry> evidenceLinks = new ArrayList<>();
    private final List<Entry> recommendationLinks = new ArrayList<>();

    private Builder(String assessment) {
      this.assessment = Objects.requireNonNull(assessment, "assessment");
    }

    /**
     * Adds a judgment.
     *
     * @param path makes the judgment's path, such as {@code judgments[2]}, when a violation needs it
     * @param area the id of the area it judges
     * @return this builder
     */
    public Builder judgment(Supplier<String> path, String area) {
      return judgment(path, area, area);
    }

    /**
     * Adds a judgment whose area a file names otherwise than by its id, such as by an alias: a
     * violation then quotes the area as written.
     *
     * @param path makes the judgment's path, such as {@code judgments[2]}, when a violation needs it
     * @param area the id of the area it judges
     * @param written the area as the file wrote it
     * @return this builder
     */
    public Builder judgment(Supplier<String> path, String area, String written) {
      judgments.add(new Entry(path, area, Optional.empty(), written));
      return this;
    }

    /**
     * Adds a finding; one without a valid id can be linked to by nothing and is left out.
     *
     * @param path makes the finding's path, such as {@code judgments[2].findings[0]}, when a violation needs it
     * @param id its id, when it has one
     * @param kind its kind, when it is known
     * @return this builder
     */
    public Builder finding(Supplier<String> path, Optional<String> id, Optional<FindingKind> kind) {
      id.filter(TextRules::isId).ifPresent(i -> findings.add(new Entry(path, i, kind)));
      return this;
    }

    /** Adds a finding of a built assessment, whose ids are valid, with its links. */
    private void finding(Finding finding, Supplier<String> path) {
      finding.id().ifPresent(id -> findings.add(new Entry(path, id, Optional.of(finding.kind()))));
      for (int k = 0; k < finding.evidence().size(); k++) {
        int link = k;
        evidenceLinks.add(new Entry(() -> path.get() + ".evidence[" + link + "]", finding.evidence().get(k), Optional.empty()));
      }
      for (int k = 0; k < finding.recommendations().size(); k++) {
        int link = k;
        recommendationLinks.add(
            new Entry(() -> path.get() + ".recommendations[" + link + "]", finding.recommendations().get(k), Optional.empty()));
      }
    }

    /**
     * Adds a piece of evidence; one without a valid id can be linked to by nothing and is left out.
     *
     * @param path makes its path, such as {@code judgments[2].evidence[1]}, when a violation needs it
     * @param id its id, when it has one
     * @return this builder
     */
    public Builder evidence(Supplier<String> path, Optional<String> id) {
      id.filter(TextRules::isId).ifPresent(i -> evidence.add(new Entry(path, i, Optional.empty())));
      return this;
    }

    /**
     * Adds a finding's link to evidence; a link that is not a valid id is left out.
     *
     * @param path makes the link's path, such as {@code judgments[2].findings[0].evidence[0]}, when a violation needs it
     * @param id the evidence id it names
     * @return this builder
     */
    public Builder evidenceLink(Supplier<String> path, String id) {
      if (TextRules.isId(id)) {
        evidenceLinks.add(new Entry(path, id, Optional.empty()));
      }
      return this;
    }

    /**
     * Adds a cause of concern's link to a recommendation; a link that is not a valid id is left out.
     *
     * @param path makes the link's path, such as {@code judgments[2].findings[1].recommendations[0]}, when a violation needs it
     * @param id the finding id it names
     * @return this builder
     */
    public Builder recommendationLink(Supplier<String> path, String id) {
      if (TextRules.isId(id)) {
        recommendationLinks.add(new Entry(path, id, Optional.empty()));
      }
      return this;
    }

    /** {@return the outline} */
    public AssessmentOutline build() {
      return new AssessmentOutline(this);
    }
  }
}
