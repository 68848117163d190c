package io.github.peelkit.yaml.internal;

import io.github.peelkit.yaml.FileCode;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.yaml.DocumentKind;
import io.github.peelkit.yaml.Origin;
import java.util.ArrayList;
import java.util.List;

/**
 * A document whose header was read: its kind and id, and, once registered, whether it is the one
 * its id names or a restatement of a built-in item.
 */
final class DocumentHeader {
  /** The only apiVersion of the format. */
  static final String API_VERSION = "peelkit/v1";

  private static final Keys ANY_DOCUMENT =
      unionOf(Keys.SCALE, Keys.FRAMEWORK, Keys.ASSESSMENT, Keys.MAPPING);

  final Document document;
  final Ctx ctx;
  final Obj object;
  final DocumentKind kind;
  final String id;
  boolean registered;
  boolean restatement;

  private DocumentHeader(Document document, Ctx ctx, Obj object, DocumentKind kind, String id) {
    this.document = document;
    this.ctx = ctx;
    this.object = object;
    this.kind = kind;
    this.id = id;
  }

  Origin origin() {
    return new Origin(document.file(), document.line(), document.column(), false);
  }

  /**
   * Reads the header of a document: it is a mapping, with a known apiVersion and kind, and an id;
   * its keys are checked against those of its kind.
   *
   * @return the header, or null when the document cannot be bound (reported)
   */
  static DocumentHeader read(Ctx ctx, Document document) {
    Node root = document.root();
    if (root instanceof RefusedNode) {
      return null;
    }
    if (!(root instanceof MapNode map)) {
      if (root instanceof ScalarNode s && s.type() == ScalarType.NULL) {
        ctx.error(
            root, "", ModelCode.MISSING_REQUIRED,
            "document " + (document.index() + 1) + " is empty: give it apiVersion, kind and id, or remove the '---' before it",
            null, List.of(), null);
      } else {
        ctx.error(
            root, "", ModelCode.INVALID_VALUE,
            "a document is a mapping with apiVersion, kind and id, not " + root.describe(), Ctx.valueOf(root), List.of(), null);
      }
      return null;
    }
    Obj o = new Obj(ctx, map, YPath.ROOT);
    Node kindNode = map.get("kind");
    DocumentKind kind = null;
    boolean kindKnown = false;
    if (kindNode != null) {
      String text = ctx.text(kindNode, YPath.ROOT.key("kind"), "kind", false);
      if (text != null) {
        kind = DocumentKind.find(text).orElse(null);
        if (kind == null) {
          ctx.error(
              kindNode, "kind", FileCode.UNKNOWN_API_VERSION_OR_KIND, "unknown kind '" + Texts.abbreviate(text) + "'", Texts.abbreviate(text),
              DocumentKind.ids(), Ctx.suggest(text, DocumentKind.ids()));
        }
      }
      kindKnown = true;
    }
    o.checkKeys(kind == null ? ANY_DOCUMENT : keysOf(kind), null);
    boolean usable = kind != null;
    String apiVersion = o.text("apiVersion", true, false);
    if (apiVersion == null) {
      usable = false;
    } else if (!apiVersion.equals(API_VERSION)) {
      usable = false;
      ctx.error(
          map.get("apiVersion"), "apiVersion", FileCode.UNKNOWN_API_VERSION_OR_KIND, "unknown apiVersion '" + Texts.abbreviate(apiVersion) + "'",
          Texts.abbreviate(apiVersion), List.of(API_VERSION), Ctx.suggest(apiVersion, List.of(API_VERSION)));
    }
    if (!kindKnown) {
      o.missing("kind");
    }
    String id = o.slug("id", true);
    if (!usable) {
      return null;
    }
    return new DocumentHeader(document, ctx, o, kind, id);
  }

  private static Keys keysOf(DocumentKind kind) {
    switch (kind) {
      case GRADE_SCALE:
        return Keys.SCALE;
      case FRAMEWORK:
        return Keys.FRAMEWORK;
      case ASSESSMENT:
        return Keys.ASSESSMENT;
      default:
        return Keys.MAPPING;
    }
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
