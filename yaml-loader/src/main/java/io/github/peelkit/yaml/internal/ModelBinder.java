package io.github.peelkit.yaml.internal;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.framework.Framework;
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

/**
 * Binds the documents of a load into a model: reads every header, registers the ids, then binds the
 * documents kind by kind (scales, frameworks, mappings, assessments), so that a document may refer
 * to one defined later or in another file.
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
    Map<String, Ctx> contexts = new HashMap<>();
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
      Ctx ctx = contexts.computeIfAbsent(document.file(), f -> new Ctx(f, sink));
      DocumentHeader header = DocumentHeader.read(ctx, document);
      if (header == null) {
        continue;
      }
      byKind.get(header.kind).add(header);
      if (header.id != null) {
        register(header, ids.get(header.kind), base, ctx);
      }
    }

    Registry registry = new Registry();
    base.scales().forEach((id, e) -> registry.add(e.value(), e));
    base.frameworks().forEach((id, e) -> registry.add(e.value(), e));
    Map<String, Entry<GradeScale>> scales = new LinkedHashMap<>(base.scales());
    Map<String, Entry<Framework>> frameworks = new LinkedHashMap<>(base.frameworks());
    Map<String, Entry<Assessment>> assessments = new LinkedHashMap<>(base.assessments());

    for (DocumentHeader h : byKind.get(DocumentKind.GRADE_SCALE)) {
      GradeScale scale = ScaleBinder.bind(h.ctx, h.object, h.id);
      if (h.registered) {
        if (scale != null) {
          Entry<GradeScale> entry = new Entry<>(scale, h.origin());
          registry.add(scale, entry);
          scales.put(scale.id(), entry);
        } else {
          registry.brokenScale(h.id);
        }
      } else if (h.restatement && scale != null) {
        conflict(h, BuiltInConflicts.scale(scale, base.scales().get(h.id).value()));
      }
    }
    for (DocumentHeader h : byKind.get(DocumentKind.FRAMEWORK)) {
      Framework framework = FrameworkBinder.bind(h.ctx, h.object, h.id, registry);
      if (h.registered) {
        if (framework != null) {
          Entry<Framework> entry = new Entry<>(framework, h.origin());
          registry.add(framework, entry);
          frameworks.put(framework.id(), entry);
        } else {
          registry.brokenFramework(h.id);
        }
      } else if (h.restatement && framework != null) {
        conflict(h, BuiltInConflicts.framework(framework, base.frameworks().get(h.id).value()));
      }
    }
    base.mappings().forEach((id, e) -> registry.add(e.value(), e));
    Map<String, Entry<GradeMapping>> mappings = new LinkedHashMap<>(base.mappings());
    for (DocumentHeader h : byKind.get(DocumentKind.GRADE_MAPPING)) {
      GradeMapping mapping = MappingBinder.bind(h.ctx, h.object, h.id, registry);
      if (h.registered) {
        if (mapping != null) {
          Entry<GradeMapping> entry = new Entry<>(mapping, h.origin());
          registry.add(mapping, entry);
          mappings.put(mapping.id(), entry);
        } else {
          registry.brokenMapping(h.id);
        }
      } else if (h.restatement && mapping != null) {
        GradeMapping builtIn =
            h.id.equals(GradeMapping.IDENTITY) ? GradeMapping.identity(mapping.from()) : base.mappings().get(h.id).value();
        conflict(h, BuiltInConflicts.mapping(mapping, builtIn));
      }
    }
    for (DocumentHeader h : byKind.get(DocumentKind.ASSESSMENT)) {
      Assessment assessment = AssessmentBinder.bind(h.ctx, h.object, h.id, registry);
      if (h.registered && assessment != null) {
        assessments.put(assessment.id(), new Entry<>(assessment, h.origin()));
      }
    }
    return new Model(scales, frameworks, mappings, assessments);
  }

  private static void register(DocumentHeader h, Map<String, DocumentHeader> loaded, Model base, Ctx ctx) {
    Node idNode = h.document.root() instanceof MapNode m ? m.get("id") : h.document.root();
    DocumentHeader first = loaded.get(h.id);
    if (first != null) {
      ctx.error(
          idNode, "id", ModelCode.DUPLICATE_ID,
          h.kind.id() + " '" + h.id + "' is already defined at " + first.origin() + ": give this one another id", h.id,
          List.of(), null);
      return;
    }
    Entry<?> existing = baseEntry(base, h.kind, h.id);
    if (existing != null) {
      if (existing.origin().builtIn() && h.kind != DocumentKind.ASSESSMENT) {
        h.restatement = true;
        return;
      }
      ctx.error(
          idNode, "id", ModelCode.DUPLICATE_ID,
          h.kind.id() + " '" + h.id + "' is already defined at " + existing.origin() + ": give this one another id", h.id,
          List.of(), null);
      return;
    }
    loaded.put(h.id, h);
    h.registered = true;
  }

  private static Entry<?> baseEntry(Model base, DocumentKind kind, String id) {
    switch (kind) {
      case GRADE_SCALE:
        return base.scales().get(id);
      case FRAMEWORK:
        return base.frameworks().get(id);
      case ASSESSMENT:
        return base.assessments().get(id);
      default:
        // Every scale has a built-in identity mapping, all of them with the id "identity".
        return id.equals(GradeMapping.IDENTITY)
            ? new Entry<>(id, new Origin("built-in:identity", 1, 1, true))
            : base.mappings().get(id);
    }
  }

  private static void conflict(DocumentHeader h, String reason) {
    if (reason == null) {
      return;
    }
    Node idNode = ((MapNode) h.document.root()).get("id");
    h.ctx.error(
        idNode, "id", ModelCode.DUPLICATE_ID,
        h.kind.id() + " '" + h.id + "' is built in, and this definition conflicts with it: " + reason
            + "; give yours another id",
        h.id, List.of(), null);
  }
}
