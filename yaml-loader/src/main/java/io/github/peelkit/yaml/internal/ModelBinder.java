package io.github.peelkit.yaml.internal;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.compare.PeerDistributions;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.grading.GradingRules;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.yaml.DocumentKind;
import io.github.peelkit.yaml.Origin;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds the documents of a load into a model: reads every header, registers the ids, then binds the
 * documents kind by kind (scales, grading rules, frameworks, mappings, assessments), so that a
 * document may refer to one defined later or in another file.
 */
final class ModelBinder {
  private ModelBinder() {}

  /**
   * Binds documents on top of a base model.
   *
   * @param documents the documents, in reading order
   * @param base the items references may name besides those bound
   * @param sink where problems go
   * @return the base model's items and the items bound
   */
  static Model bind(List<Document> documents, Model base, Sink sink) {
    Map<String, ScalarReader> readers = new HashMap<>();
    Map<DocumentKind, List<DocumentHeader>> byKind = new EnumMap<>(DocumentKind.class);
    Map<DocumentKind, Map<String, DocumentHeader>> ids = new EnumMap<>(DocumentKind.class);
    for (DocumentKind kind : DocumentKind.values()) {
      byKind.put(kind, new ArrayList<>());
      ids.put(kind, new HashMap<>());
    }
    for (Document document : documents) {
      if (sink.isFull(document.file())) {
        continue;
      }
      ScalarReader scalars = readers.computeIfAbsent(document.file(), f -> new ScalarReader(new FileReport(f, sink)));
      Optional<DocumentHeader> header = DocumentHeader.read(scalars, document);
      if (header.isEmpty()) {
        continue;
      }
      byKind.get(header.get().kind).add(header.get());
      header.get().id.ifPresent(id -> register(header.get(), id, ids.get(header.get().kind), base));
    }

    Registry registry = new Registry(base);
    Map<String, Entry<GradeScale>> scales = new LinkedHashMap<>(base.scales());
    Map<String, Entry<Framework>> frameworks = new LinkedHashMap<>(base.frameworks());
    Map<String, Entry<Assessment>> assessments = new LinkedHashMap<>(base.assessments());

    for (DocumentHeader h : byKind.get(DocumentKind.GRADE_SCALE)) {
      Optional<GradeScale> scale = ScaleBinder.bind(h.object, h.id);
      if (h.isRegistered()) {
        scale.ifPresentOrElse(
            s -> {
              registry.add(s);
              scales.put(s.id(), new Entry<>(s, h.origin()));
            },
            () -> registry.brokenScale(h.id.get()));
      } else if (h.registration == DocumentHeader.Registration.RESTATEMENT) {
        scale.ifPresent(s -> conflict(h, BuiltInConflicts.scale(s, base.scales().get(s.id()).value())));
      }
    }
    // The base's mappings and grading rules are joined to the loaded ones only when the catalogue's
    // maps are first used: the built-in ones are made then, if ever (see LazyMap).
    Map<String, Entry<GradingRules>> rules = new LinkedHashMap<>();
    // Grading rules depend only on scales, and frameworks and assessments name them: bound before both.
    for (DocumentHeader h : byKind.get(DocumentKind.GRADING_RULES)) {
      Optional<GradingRules> bound = RulesBinder.bind(h.object, h.id, registry);
      if (h.isRegistered()) {
        bound.ifPresentOrElse(
            r -> {
              registry.add(r);
              rules.put(r.id(), new Entry<>(r, h.origin()));
            },
            () -> registry.brokenRules(h.id.get()));
      } else if (h.registration == DocumentHeader.Registration.RESTATEMENT) {
        bound.ifPresent(r -> conflict(h, BuiltInConflicts.rules(r, base.rules().get(r.id()).value())));
      }
    }
    for (DocumentHeader h : byKind.get(DocumentKind.FRAMEWORK)) {
      Optional<Framework> framework = FrameworkBinder.bind(h.object, h.id, registry);
      if (h.isRegistered()) {
        framework.ifPresentOrElse(
            f -> {
              registry.add(f);
              frameworks.put(f.id(), new Entry<>(f, h.origin()));
            },
            () -> registry.brokenFramework(h.id.get()));
      } else if (h.registration == DocumentHeader.Registration.RESTATEMENT) {
        framework.ifPresent(f -> conflict(h, BuiltInConflicts.framework(f, base.frameworks().get(f.id()).value())));
      }
    }
    Map<String, Entry<GradeMapping>> mappings = new LinkedHashMap<>();
    for (DocumentHeader h : byKind.get(DocumentKind.GRADE_MAPPING)) {
      Optional<GradeMapping> mapping = MappingBinder.bind(h.object, h.id, registry);
      if (h.isRegistered()) {
        mapping.ifPresentOrElse(
            m -> {
              registry.add(m);
              mappings.put(m.id(), new Entry<>(m, h.origin()));
            },
            () -> registry.brokenMapping(h.id.get()));
      } else if (h.registration == DocumentHeader.Registration.RESTATEMENT) {
        mapping.ifPresent(
            m -> {
              GradeMapping builtIn =
                  m.id().equals(GradeMapping.IDENTITY) ? GradeMapping.identity(m.from()) : base.mappings().get(m.id()).value();
              conflict(h, BuiltInConflicts.mapping(m, builtIn));
            });
      }
    }
    Map<String, DocumentHeader> bound = new HashMap<>();
    for (DocumentHeader h : byKind.get(DocumentKind.ASSESSMENT)) {
      Optional<Assessment> assessment = AssessmentBinder.bind(h.object, h.id, registry);
      if (h.isRegistered()) {
        assessment.ifPresent(a -> {
          assessments.put(a.id(), new Entry<>(a, h.origin()));
          bound.put(a.id(), h);
        });
      }
    }
    peerWarnings(assessments, bound);
    return new Model(scales, frameworks, LazyMap.joined(base.mappings(), mappings), assessments, LazyMap.joined(base.rules(), rules));
  }

  /**
   * The checks of the loaded set as a whole (PK020: published distributions against the whole
   * population loaded), each warning reported in the file of the assessment it is about, at the
   * node its path names. Assessments of the base catalogue count as loaded, but only those read now
   * have a place in a file to report at.
   */
  private static void peerWarnings(Map<String, Entry<Assessment>> assessments, Map<String, DocumentHeader> bound) {
    List<Assessment> all = new ArrayList<>();
    assessments.values().forEach(e -> all.add(e.value()));
    PeerDistributions.warnings(all).forEach((id, violations) -> {
      DocumentHeader h = bound.get(id);
      if (h != null) {
        h.report().violations(violations, h.object.node(), h.object.path());
      }
    });
  }

  private static void register(DocumentHeader h, String id, Map<String, DocumentHeader> loaded, Model base) {
    Node idNode = h.object.node().get("id");
    DocumentHeader first = loaded.get(id);
    if (first != null) {
      alreadyDefined(h, id, idNode, first.origin());
      return;
    }
    Optional<Origin> existing = baseOrigin(base, h.kind, id);
    if (existing.isPresent()) {
      if (existing.get().builtIn() && h.kind != DocumentKind.ASSESSMENT) {
        h.registration = DocumentHeader.Registration.RESTATEMENT;
      } else {
        alreadyDefined(h, id, idNode, existing.get());
      }
      return;
    }
    loaded.put(id, h);
    h.registration = DocumentHeader.Registration.REGISTERED;
  }

  private static void alreadyDefined(DocumentHeader h, String id, Node idNode, Origin origin) {
    h.report()
        .report(
            ModelCode.DUPLICATE_ID,
            idNode,
            DocumentPath.ROOT.key("id"),
            h.kind.id() + " '" + id + "' is already defined at " + origin + ": give this one another id",
            id);
  }

  private static Optional<Origin> baseOrigin(Model base, DocumentKind kind, String id) {
    Entry<?> entry =
        switch (kind) {
          case GRADE_SCALE -> base.scales().get(id);
          case FRAMEWORK -> base.frameworks().get(id);
          case ASSESSMENT -> base.assessments().get(id);
          case GRADE_MAPPING -> base.mappings().get(id);
          case GRADING_RULES -> base.rules().get(id);
        };
    if (entry != null) {
      return Optional.of(entry.origin());
    }
    // Every scale has a built-in identity mapping, all of them with the id "identity".
    return kind == DocumentKind.GRADE_MAPPING && id.equals(GradeMapping.IDENTITY)
        ? Optional.of(new Origin("built-in:identity", 1, 1, true))
        : Optional.empty();
  }

  private static void conflict(DocumentHeader h, Optional<String> reason) {
    reason.ifPresent(
        r ->
            h.report()
                .report(
                    ModelCode.DUPLICATE_ID,
                    h.object.node().get("id"),
                    DocumentPath.ROOT.key("id"),
                    h.kind.id() + " '" + h.id.get() + "' is built in, and this definition conflicts with it: " + r
                        + "; give yours another id",
                    h.id.get()));
  }
}
