package io.github.peelkit.yaml.internal;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.yaml.DocumentKind;
import io.github.peelkit.yaml.FileCode;
import io.github.peelkit.yaml.Origin;
import io.github.peelkit.yaml.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A document whose header was read: its kind and its id, and, once its id is registered, what the
 * id makes of it.
 */
final class DocumentHeader {
  /** The only apiVersion of the format. */
  static final String API_VERSION = "peelkit/v1";

  private static final Keys ANY_DOCUMENT = unionOf(Keys.SCALE, Keys.FRAMEWORK, Keys.ASSESSMENT, Keys.MAPPING, Keys.RULES);

  /** What a document's id makes of it in the load. */
  enum Registration {
    /** Not registered: its id was refused, or is taken by another document. */
    REFUSED,
    /** The document its id names. */
    REGISTERED,
    /** A restatement of a built-in item, checked against it but not the one its id names. */
    RESTATEMENT
  }

  final Document document;
  final ObjectReader object;
  final DocumentKind kind;
  final Optional<String> id;
  Registration registration = Registration.REFUSED;

  private DocumentHeader(Document document, ObjectReader object, DocumentKind kind, Optional<String> id) {
    this.document = document;
    this.object = object;
    this.kind = kind;
    this.id = id;
  }

  Origin origin() {
    return new Origin(document.file(), document.line(), document.column(), false);
  }

  /** {@return where the document's problems go} */
  FileReport report() {
    return object.report();
  }

  /** {@return whether the document is the one its id names} */
  boolean isRegistered() {
    return registration == Registration.REGISTERED;
  }

  /**
   * Reads the header of a document: it is a mapping, with a known apiVersion and kind, and an id;
   * its keys are checked against those of its kind.
   *
   * @param scalars the reader of the file's scalars
   * @param document the document
   * @return the header, or empty when the document cannot be bound (reported)
   */
  static Optional<DocumentHeader> read(ScalarReader scalars, Document document) {
    Node root = document.root();
    FileReport report = scalars.report();
    if (root instanceof RefusedNode) {
      return Optional.empty();
    }
    if (!(root instanceof MapNode map)) {
      if (root instanceof ScalarNode s && s.type() == ScalarType.NULL) {
        report.report(
            ModelCode.MISSING_REQUIRED,
            root,
            DocumentPath.ROOT,
            "document " + (document.index() + 1) + " is empty: give it apiVersion, kind and id, or remove the '---' before it");
      } else {
        Problem.Builder problem =
            report.problem(
                ModelCode.INVALID_VALUE,
                root,
                DocumentPath.ROOT,
                "a document is a mapping with apiVersion, kind and id, not " + root.describe());
        ScalarReader.shown(root).ifPresent(problem::value);
        report.add(problem);
      }
      return Optional.empty();
    }
    ObjectReader object = new ObjectReader(scalars, map, DocumentPath.ROOT);
    Node kindNode = map.get("kind");
    Optional<DocumentKind> kind = Optional.empty();
    if (kindNode != null) {
      Optional<String> text = scalars.text(kindNode, DocumentPath.ROOT.key("kind"), "kind");
      if (text.isPresent()) {
        kind = DocumentKind.find(text.get());
        if (kind.isEmpty()) {
          unknown(report, kindNode, "kind", "unknown kind", text.get(), DocumentKind.ids());
        }
      }
    }
    object.checkKeys(kind.map(DocumentHeader::keysOf).orElse(ANY_DOCUMENT));
    boolean usable = kind.isPresent();
    Optional<String> apiVersion = object.required("apiVersion").text();
    if (apiVersion.isEmpty()) {
      usable = false;
    } else if (!apiVersion.get().equals(API_VERSION)) {
      usable = false;
      unknown(report, map.get("apiVersion"), "apiVersion", "unknown apiVersion", apiVersion.get(), List.of(API_VERSION));
    }
    if (kindNode == null) {
      object.missing("kind");
    }
    Optional<String> id = object.required("id").id();
    return usable ? Optional.of(new DocumentHeader(document, object, kind.get(), id)) : Optional.empty();
  }

  private static void unknown(FileReport report, Node node, String key, String what, String text, List<String> valid) {
    String shown = Texts.abbreviate(text);
    Problem.Builder problem =
        report.problem(FileCode.UNKNOWN_API_VERSION_OR_KIND, node, DocumentPath.ROOT.key(key), what + " '" + shown + "'")
            .value(shown)
            .validValues(valid);
    report.suggestion(text, valid).ifPresent(problem::suggestion);
    report.add(problem);
  }

  private static Keys keysOf(DocumentKind kind) {
    return switch (kind) {
      case GRADE_SCALE -> Keys.SCALE;
      case FRAMEWORK -> Keys.FRAMEWORK;
      case ASSESSMENT -> Keys.ASSESSMENT;
      case GRADE_MAPPING -> Keys.MAPPING;
      case GRADING_RULES -> Keys.RULES;
    };
  }

  private static Keys unionOf(Keys... all) {
    List<String> keys = new ArrayList<>();
    for (Keys k : all) {
      for (String key : k.order()) {
        if (!keys.contains(key)) {
          keys.add(key);
        }
      }
    }
    return Keys.of(keys);
  }
}
