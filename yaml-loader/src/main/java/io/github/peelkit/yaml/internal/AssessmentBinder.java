package io.github.peelkit.yaml.internal;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Conversion;
import io.github.peelkit.assessment.Finding;
import io.github.peelkit.assessment.FindingCounts;
import io.github.peelkit.assessment.FindingKind;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.assessment.PeerDistribution;
import io.github.peelkit.assessment.Period;
import io.github.peelkit.assessment.Source;
import io.github.peelkit.assessment.Subject;
import io.github.peelkit.assessment.Ungraded;
import io.github.peelkit.assessment.UngradedReason;
import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.Warning;
import io.github.peelkit.evidence.Evidence;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.framework.Area;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.mapping.Policy;
import io.github.peelkit.mapping.Relation;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds an {@code Assessment} document into an {@link Assessment}: resolves its framework, scale,
 * areas and grades, and checks across the document what core would report one at a time (one
 * judgment per area, unique finding and evidence ids, links that resolve), so that all are found.
 */
final class AssessmentBinder {
  private final Ctx ctx;
  private final Registry registry;
  private Framework framework;
  private GradeScale scale;
  private boolean resolvable;
  private final List<RawId> findingIds = new ArrayList<>();
  private final List<RawId> evidenceIds = new ArrayList<>();
  private final List<RawLinks> links = new ArrayList<>();

  private AssessmentBinder(Ctx ctx, Registry registry) {
    this.ctx = ctx;
    this.registry = registry;
  }

  /**
   * Binds an assessment document.
   *
   * @param ctx the file's context
   * @param o the document as an object, its keys checked
   * @param id the id, or null when it was refused
   * @param registry the frameworks and scales references may name
   * @return the assessment, or null when anything was refused (reported)
   */
  static Assessment bind(Ctx ctx, Obj o, String id, Registry registry) {
    return new AssessmentBinder(ctx, registry).assessment(o, id);
  }

  private Assessment assessment(Obj o, String id) {
    Subject subject = subject(o);
    String frameworkRef = o.text("framework", true, true);
    if (frameworkRef != null) {
      framework = o.take(References.framework(ctx, registry, frameworkRef, o.node("framework"), o.path.key("framework")));
    }
    String scaleRef = o.text("scale", false, true);
    GradeScale ownScale = null;
    if (scaleRef != null) {
      ownScale = o.take(References.scale(ctx, registry, scaleRef, o.node("scale"), o.path.key("scale")));
    }
    resolvable = framework != null && (scaleRef == null || ownScale != null);
    scale = ownScale != null ? ownScale : framework != null ? framework.scale().orElse(null) : null;
    String title = o.text("title", true, true);
    LocalDate published = o.date("published", true);
    Period period = period(o);
    Source source = source(o);
    String note = o.text("note", false, false);
    collectFindingIds(o.node("findings"), o.path.key("findings"));
    List<FindingBinder.Located> located = new ArrayList<>();
    List<Finding> findings = FindingBinder.bind(ctx, o, located);
    List<Judgment> judgments = judgments(o);
    Extensions extensions = o.extensions();
    checkIdsAndLinks(o);
    if (!o.ok() || id == null || !resolvable) {
      return null;
    }
    try {
      Assessment.Builder b =
          Assessment.builder()
              .id(id)
              .subject(subject)
              .framework(framework)
              .title(title)
              .published(published)
              .findings(findings)
              .judgments(judgments)
              .extensions(extensions);
      if (ownScale != null) {
        b.scale(ownScale);
      }
      b.period(Optional.ofNullable(period));
      b.source(Optional.ofNullable(source));
      b.note(Optional.ofNullable(note));
      Assessment assessment = b.build();
      for (Warning w : assessment.warnings()) {
        Node at = Locator.find(o.map, w.path());
        ctx.error(at, o.path.join(w.path()), w.code(), w.message(), w.value().orElse(null), List.of(), null);
      }
      return assessment;
    } catch (InvariantException e) {
      ctx.invariant(e, o.map, o.path);
      return null;
    }
  }

  private Subject subject(Obj parent) {
    Obj o = parent.object("subject", true, Keys.SUBJECT, "a subject");
    if (o == null) {
      return null;
    }
    String id = o.slug("id", true);
    String name = o.text("name", true, true);
    Extensions extensions = o.extensions();
    if (!o.ok()) {
      parent.fail();
      return null;
    }
    try {
      return Subject.builder().id(id).name(name).extensions(extensions).build();
    } catch (InvariantException e) {
      ctx.invariant(e, o.map, o.path);
      parent.fail();
      return null;
    }
  }

  private Period period(Obj parent) {
    Obj o = parent.object("period", false, Keys.PERIOD, "a period");
    if (o == null) {
      return null;
    }
    LocalDate from = o.date("from", true);
    LocalDate to = o.date("to", true);
    Extensions extensions = o.extensions();
    if (!o.ok()) {
      parent.fail();
      return null;
    }
    try {
      return Period.builder().from(from).to(to).extensions(extensions).build();
    } catch (InvariantException e) {
      ctx.invariant(e, o.map, o.path);
      parent.fail();
      return null;
    }
  }

  private Source source(Obj parent) {
    Obj o = parent.object("source", false, Keys.SOURCE, "a source");
    if (o == null) {
      return null;
    }
    String title = o.text("title", true, true);
    String publisher = o.text("publisher", false, false);
    String url = o.text("url", false, false);
    LocalDate published = o.date("published", false);
    String note = o.text("note", false, false);
    Extensions extensions = o.extensions();
    if (!o.ok()) {
      parent.fail();
      return null;
    }
    try {
      Source.Builder b = Source.builder().title(title).extensions(extensions);
      b.publisher(Optional.ofNullable(publisher));
      b.url(Optional.ofNullable(url));
      b.published(Optional.ofNullable(published));
      b.note(Optional.ofNullable(note));
      return b.build();
    } catch (InvariantException e) {
      ctx.invariant(e, o.map, o.path);
      parent.fail();
      return null;
    }
  }

  private List<Judgment> judgments(Obj parent) {
    SeqNode seq = parent.seq("judgments", false);
    List<Judgment> judgments = new ArrayList<>();
    if (seq == null) {
      return judgments;
    }
    YPath at = parent.path.key("judgments");
    Map<String, Integer> judged = new HashMap<>();
    for (int i = 0; i < seq.size(); i++) {
      Judgment judgment = judgment(seq.get(i), at.index(i), judged, i);
      if (parent.take(judgment) != null) {
        judgments.add(judgment);
      }
    }
    return judgments;
  }

  private Judgment judgment(Node node, YPath path, Map<String, Integer> judged, int index) {
    Obj o = ctx.object(node, path, Keys.JUDGMENT, "a judgment");
    if (o == null) {
      return null;
    }
    String areaRef = o.text("area", true, true);
    Area area = null;
    if (areaRef != null && framework != null) {
      area = o.take(References.area(ctx, framework, areaRef, o.node("area"), path.key("area")));
      if (area != null) {
        Integer first = judged.putIfAbsent(area.id(), index);
        if (first != null) {
          o.fail();
          ctx.error(
              o.node("area"), path.key("area").toString(), ModelCode.JUDGMENT_CONFLICT,
              "area '" + area.id() + "' is judged twice, first in judgments[" + first + "]: merge the two judgments into one",
              areaRef, List.of(), null);
        }
      }
    }
    String areaName = area != null ? area.id() : areaRef != null ? areaRef : "?";
    boolean hasGrade = o.has("grade");
    boolean hasUngraded = o.has("ungraded");
    if (hasGrade && hasUngraded) {
      o.fail();
      ctx.error(
          o.node("ungraded"), path.key("ungraded").toString(), ModelCode.JUDGMENT_CONFLICT,
          "judgment of area '" + areaName + "' has both a grade and ungraded: keep one", null, List.of(), null);
    } else if (!hasGrade && !hasUngraded && !holdsRange(o.node("conversion"))) {
      o.fail();
      if (!o.isMeant("grade") && !o.isMeant("ungraded")) {
        ctx.error(
            o.map, path.key("grade").toString(), ModelCode.JUDGMENT_CONFLICT,
            "judgment of area '" + areaName + "' has neither a grade nor ungraded: give one", null, List.of(), null);
      }
    }
    Grade grade = grade(o, area, areaRef);
    Ungraded ungraded = ungraded(o);
    String statement = o.text("statement", false, false);
    LocalDate published = o.date("published", false);
    String note = o.text("note", false, false);
    collectFindingIds(o.node("findings"), path.key("findings"));
    List<FindingBinder.Located> located = new ArrayList<>();
    List<Finding> findings = FindingBinder.bind(ctx, o, located);
    FindingCounts counts = findingCounts(o);
    List<Evidence> evidence = evidence(o);
    PeerDistribution distribution = distribution(o);
    Conversion conversion = conversion(o);
    Extensions extensions = o.extensions();
    if (!o.ok() || area == null) {
      return null;
    }
    try {
      Judgment.Builder b = Judgment.builder().area(area).findings(findings).evidence(evidence).extensions(extensions);
      b.grade(Optional.ofNullable(grade));
      b.ungraded(Optional.ofNullable(ungraded));
      b.statement(Optional.ofNullable(statement));
      b.published(Optional.ofNullable(published));
      b.note(Optional.ofNullable(note));
      b.findingCounts(Optional.ofNullable(counts));
      b.distribution(Optional.ofNullable(distribution));
      b.conversion(Optional.ofNullable(conversion));
      return b.build();
    } catch (InvariantException e) {
      ctx.invariant(e, o.map, o.path);
      return null;
    }
  }

  private Grade grade(Obj o, Area area, String areaRef) {
    String ref = o.text("grade", false, true);
    if (ref == null) {
      return null;
    }
    Node node = o.node("grade");
    YPath path = o.path.key("grade");
    if (area != null && !area.graded()) {
      o.fail();
      ctx.error(
          node, path.toString(), ModelCode.JUDGMENT_CONFLICT,
          "area '" + area.id() + "' is not graded in its framework, but the judgment gives grade '" + Texts.abbreviate(ref)
              + "': use ungraded with a reason",
          Texts.abbreviate(ref), List.of(), null);
      return null;
    }
    if (scale == null) {
      o.fail();
      if (resolvable) {
        ctx.error(
            node, path.toString(), ModelCode.JUDGMENT_CONFLICT,
            "framework " + framework.id() + " has no scale, so its areas are not graded: use ungraded with a reason",
            Texts.abbreviate(ref), List.of(), null);
      }
      return null;
    }
    return o.take(References.grade(ctx, scale, ref, node, path));
  }

  /**
   * Whether a conversion, as written, leaves a range of several grades in place of a grade (policy
   * {@code range}, several targets): a judgment may then have neither a grade nor ungraded.
   */
  private static boolean holdsRange(Node conversion) {
    return conversion instanceof MapNode map
        && map.get("policy") instanceof ScalarNode policy
        && policy.text().equals(Policy.RANGE.id())
        && map.get("targets") instanceof SeqNode targets
        && targets.size() > 1;
  }

  private Conversion conversion(Obj parent) {
    Obj o = parent.object("conversion", false, Keys.CONVERSION, "a conversion record");
    if (o == null) {
      return null;
    }
    String mappingId = o.slug("mapping", true);
    GradeMapping mapping = null;
    if (mappingId != null && scale != null) {
      mapping = registry.mapping(mappingId, scale);
      if (mapping == null) {
        o.fail();
        if (!registry.isBrokenMapping(mappingId)) {
          List<String> ids = registry.mappingIds();
          ctx.error(
              o.node("mapping"), o.path.key("mapping").toString(), ModelCode.UNRESOLVED_REFERENCE, "unknown mapping '" + mappingId + "'", mappingId,
              ids, Ctx.suggest(mappingId, ids));
        }
      } else if (!mapping.to().equals(scale)) {
        o.fail();
        ctx.error(
            o.node("mapping"), o.path.key("mapping").toString(), ModelCode.UNRESOLVED_REFERENCE,
            "mapping " + mapping.id() + " converts to scale " + mapping.to().id() + ", but the grades of this assessment are"
                + " on scale " + scale.id(),
            mappingId, List.of(), null);
        mapping = null;
      }
    } else if (mappingId != null) {
      o.fail();
    }
    Grade from = null;
    String fromRef = o.text("from", true, true);
    if (fromRef != null && mapping != null) {
      from = o.take(References.grade(ctx, mapping.from(), fromRef, o.node("from"), o.path.key("from")));
    }
    List<Grade> targets = new ArrayList<>();
    SeqNode targetNodes = o.seq("targets", true);
    if (targetNodes != null) {
      YPath at = o.path.key("targets");
      for (int i = 0; i < targetNodes.size(); i++) {
        String ref = o.take(ctx.text(targetNodes.get(i), at.index(i), "target grade", true));
        if (ref != null && mapping != null) {
          Grade target = o.take(References.grade(ctx, mapping.to(), ref, targetNodes.get(i), at.index(i)));
          if (target != null) {
            targets.add(target);
          }
        }
      }
    }
    Relation relation = o.choice("relation", true, "relation", Choices.RELATIONS.byId(), Choices.RELATIONS.ids());
    Boolean comparable = o.bool("comparable");
    Policy policy = o.choice("policy", true, "policy", Choices.POLICIES.byId(), Choices.POLICIES.ids());
    Extensions extensions = o.extensions();
    if (o.ok() && mapping != null && from != null) {
      String mismatch = mismatch(mapping, from, targets, relation, comparable == null || comparable);
      if (mismatch != null) {
        o.fail();
        ctx.error(o.map, o.path.toString(), ModelCode.INVALID_VALUE, mismatch, null, List.of(), null);
      }
    }
    if (!o.ok()) {
      parent.fail();
      return null;
    }
    try {
      Conversion.Builder b =
          Conversion.builder()
              .mapping(mappingId)
              .from(from)
              .targets(targets)
              .relation(relation)
              .policy(policy)
              .extensions(extensions);
      if (comparable != null) {
        b.comparable(comparable);
      }
      return b.build();
    } catch (InvariantException e) {
      ctx.invariant(e, o.map, o.path);
      parent.fail();
      return null;
    }
  }

  /** What a conversion record says that its mapping does not, or null when they agree. */
  private static String mismatch(GradeMapping mapping, Grade from, List<Grade> targets, Relation relation, boolean comparable) {
    List<Grade> expected = mapping.targets(from);
    if (!expected.equals(targets)) {
      return "mapping " + mapping.id() + " maps " + from.id() + " to " + Ctx.format(expected) + ", not to "
          + Ctx.format(targets) + ": write the targets the mapping gives";
    }
    if (mapping.relation(from) != relation) {
      return "mapping " + mapping.id() + " relates " + from.id() + " to its targets as " + mapping.relation(from).id()
          + ", not " + relation.id();
    }
    if (mapping.comparable() != comparable) {
      return "mapping " + mapping.id() + " says its scales are " + (mapping.comparable() ? "" : "not ")
          + "comparable: write comparable: " + mapping.comparable();
    }
    return null;
  }

  private Ungraded ungraded(Obj parent) {
    Obj o = parent.object("ungraded", false, Keys.UNGRADED, "the reason for no grade");
    if (o == null) {
      return null;
    }
    UngradedReason reason =
        o.choice("reason", true, "ungraded reason", Choices.UNGRADED_REASONS.byId(), Choices.UNGRADED_REASONS.ids());
    String note = o.text("note", false, false);
    Extensions extensions = o.extensions();
    if (!o.ok()) {
      parent.fail();
      return null;
    }
    Ungraded.Builder b = Ungraded.builder().reason(reason).extensions(extensions);
    b.note(Optional.ofNullable(note));
    return b.build();
  }

  private FindingCounts findingCounts(Obj parent) {
    Obj o = parent.object("findingCounts", false, Keys.FINDING_COUNTS, "finding counts");
    if (o == null) {
      return null;
    }
    Map<FindingKind, Integer> counts = new EnumMap<>(FindingKind.class);
    for (int i = 0; i < o.map.size(); i++) {
      String key = o.map.key(i);
      FindingKind kind = Choices.FINDING_KINDS.byId().get(key);
      if (kind == null) {
        continue;
      }
      Integer count = o.smallInteger(key, true);
      if (count != null && count < 0) {
        o.fail();
        ctx.error(o.node(key), o.path.key(key), ModelCode.INVALID_VALUE, "count " + count + " of " + key + " is negative", count.toString());
      } else if (count != null) {
        counts.put(kind, count);
      }
    }
    Extensions extensions = o.extensions();
    if (!o.ok()) {
      parent.fail();
      return null;
    }
    try {
      return FindingCounts.builder().counts(counts).extensions(extensions).build();
    } catch (InvariantException e) {
      ctx.invariant(e, o.map, o.path);
      parent.fail();
      return null;
    }
  }

  private List<Evidence> evidence(Obj parent) {
    SeqNode seq = parent.seq("evidence", false);
    List<Evidence> evidence = new ArrayList<>();
    if (seq == null) {
      return evidence;
    }
    YPath at = parent.path.key("evidence");
    for (int i = 0; i < seq.size(); i++) {
      Node node = seq.get(i);
      rawId(node, at.index(i), evidenceIds, null);
      Evidence e = EvidenceBinder.bind(ctx, node, at.index(i));
      if (parent.take(e) != null) {
        evidence.add(e);
      }
    }
    return evidence;
  }

  private PeerDistribution distribution(Obj parent) {
    Obj o = parent.object("distribution", false, Keys.DISTRIBUTION, "a peer distribution");
    if (o == null) {
      return null;
    }
    Integer population = o.smallInteger("population", true);
    Map<Grade, Integer> counts = new LinkedHashMap<>();
    Node countsNode = o.node("counts");
    if (countsNode == null) {
      o.missing("counts");
    } else if (countsNode instanceof MapNode map) {
      YPath at = o.path.key("counts");
      Map<String, String> seen = new HashMap<>();
      for (int i = 0; i < map.size(); i++) {
        String key = map.key(i);
        Integer count = o.take(ctx.smallInteger(map.value(i), at.key(key), "count"));
        if (scale == null) {
          o.fail();
          continue;
        }
        Grade grade = scale.findGrade(key).orElse(null);
        if (grade == null) {
          o.fail();
          Node keyNode = new ScalarNode(map.keyLine(i), map.keyColumn(i), key, false);
          References.grade(ctx, scale, key, keyNode, at.key(key));
          continue;
        }
        String before = seen.putIfAbsent(grade.id(), key);
        if (before != null) {
          o.fail();
          ctx.sink.add(
              ctx.file, map.keyLine(i), map.keyColumn(i), at.key(key).toString(), ModelCode.DUPLICATE_ID,
              "grade '" + grade.id() + "' is counted twice, as '" + Texts.abbreviate(before) + "' and as '"
                  + Texts.abbreviate(key) + "': count each grade once",
              Texts.abbreviate(key), List.of(), null);
          continue;
        }
        if (count != null) {
          counts.put(grade, count);
        }
      }
    } else {
      o.fail();
      ctx.object(countsNode, o.path.key("counts"), Keys.FINDING_COUNTS, "counts by grade");
    }
    String description = o.text("description", false, false);
    Extensions extensions = o.extensions();
    if (!o.ok()) {
      parent.fail();
      return null;
    }
    try {
      PeerDistribution.Builder b =
          PeerDistribution.builder().population(population).counts(counts).extensions(extensions);
      b.description(Optional.ofNullable(description));
      return b.build();
    } catch (InvariantException e) {
      ctx.invariant(e, o.map, o.path);
      parent.fail();
      return null;
    }
  }

  // ---- ids and links across the assessment, read from the nodes so that a finding or piece of
  // evidence with a problem of its own still counts as existing for the links to it ----

  private record RawId(String id, Node node, YPath path, String kind) {}

  private record RawLinks(Node node, YPath path, boolean recommendations) {}

  private void collectFindingIds(Node findings, YPath path) {
    if (findings instanceof SeqNode seq) {
      for (int i = 0; i < seq.size(); i++) {
        Node node = seq.get(i);
        String kind = node instanceof MapNode map && map.get("kind") instanceof ScalarNode s ? s.text() : null;
        rawId(node, path.index(i), findingIds, kind);
        if (node instanceof MapNode map) {
          if (map.get("evidence") != null) {
            links.add(new RawLinks(map.get("evidence"), path.index(i).key("evidence"), false));
          }
          if (map.get("recommendations") != null) {
            links.add(new RawLinks(map.get("recommendations"), path.index(i).key("recommendations"), true));
          }
        }
      }
    }
  }

  private static void rawId(Node node, YPath path, List<RawId> into, String kind) {
    if (node instanceof MapNode map && map.get("id") instanceof ScalarNode s && s.type() == ScalarType.TEXT && Texts.isSlug(s.text())) {
      into.add(new RawId(s.text(), s, path.key("id"), kind));
    }
  }

  private void checkIdsAndLinks(Obj o) {
    String assessment = o.map.get("id") instanceof ScalarNode s ? s.text() : "?";
    Map<String, RawId> findings = unique(findingIds, "finding", assessment, o);
    Map<String, RawId> evidence = unique(evidenceIds, "evidence", assessment, o);
    List<String> evidenceList = new ArrayList<>(evidence.keySet());
    List<String> recommendationList = new ArrayList<>();
    findings.values().forEach(f -> {
      if ("recommendation".equals(f.kind())) {
        recommendationList.add(f.id());
      }
    });
    for (RawLinks link : links) {
      if (!(link.node() instanceof SeqNode seq)) {
        continue;
      }
      for (int k = 0; k < seq.size(); k++) {
        if (!(seq.get(k) instanceof ScalarNode s) || s.type() != ScalarType.TEXT || !Texts.isSlug(s.text())) {
          continue;
        }
        String id = s.text();
        YPath path = link.path().index(k);
        if (!link.recommendations()) {
          if (!evidence.containsKey(id)) {
            o.fail();
            ctx.error(
                s, path.toString(), ModelCode.UNRESOLVED_REFERENCE,
                "finding links evidence '" + id + "', but no evidence of assessment " + assessment + " has that id", id,
                evidenceList, Ctx.suggest(id, evidenceList));
          }
        } else {
          RawId target = findings.get(id);
          if (target == null) {
            o.fail();
            ctx.error(
                s, path.toString(), ModelCode.UNRESOLVED_REFERENCE,
                "cause of concern links recommendation '" + id + "', but no finding of assessment " + assessment
                    + " has that id",
                id, recommendationList, Ctx.suggest(id, recommendationList));
          } else if (target.kind() != null && !"recommendation".equals(target.kind()) && Choices.FINDING_KINDS.byId().containsKey(target.kind())) {
            o.fail();
            ctx.error(
                s, path.toString(), ModelCode.UNRESOLVED_REFERENCE,
                "cause of concern links '" + id + "', which is a finding of kind " + target.kind() + ", not a recommendation",
                id, recommendationList, null);
          }
        }
      }
    }
  }

  private Map<String, RawId> unique(List<RawId> ids, String what, String assessment, Obj o) {
    Map<String, RawId> byId = new LinkedHashMap<>();
    for (RawId raw : ids) {
      RawId first = byId.putIfAbsent(raw.id(), raw);
      if (first != null) {
        o.fail();
        ctx.error(
            raw.node(), raw.path().toString(), ModelCode.DUPLICATE_ID,
            what + " id '" + raw.id() + "' is used twice in assessment " + assessment + ", first at " + first.path(), raw.id(),
            List.of(), null);
      }
    }
    return byId;
  }
}
