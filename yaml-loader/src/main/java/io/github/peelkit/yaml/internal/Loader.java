package io.github.peelkit.yaml.internal;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.check.Code;
import io.github.peelkit.framework.Area;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.yaml.DocumentKind;
import io.github.peelkit.yaml.Limits;
import io.github.peelkit.yaml.Origin;
import io.github.peelkit.yaml.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One load: reads every input into documents, checks their headers, registers their ids, then binds
 * them kind by kind (scales, frameworks, mappings, assessments), so that a document may refer to one
 * defined later or in another file. Immutable and thread-safe; each call of {@link #load} works on
 * its own state.
 */
public final class Loader {
  /** The only apiVersion of the format. */
  public static final String API_VERSION = "peelkit/v1";

  private static final Keys ANY_DOCUMENT =
      unionOf(Keys.SCALE, Keys.FRAMEWORK, Keys.ASSESSMENT, Keys.MAPPING);

  private final Limits limits;
  private final PeelYamlFactory factory;

  /**
   * Creates a loader.
   *
   * @param limits the limits it enforces
   */
  public Loader(Limits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.factory = PeelYamlFactory.create(limits.maxFileBytes(), limits.maxDepth());
  }

  /** One input of a load: a file or folder, or a text with a name. */
  public sealed interface Input permits PathInput, TextInput {}

  /**
   * A file, or a folder read recursively for {@code *.yaml} and {@code *.yml} files.
   *
   * @param path the path
   */
  public record PathInput(Path path) implements Input {}

  /**
   * A text with the name its problems are reported under.
   *
   * @param name the name
   * @param text the text
   */
  public record TextInput(String name, String text) implements Input {}

  /**
   * What a load produced.
   *
   * @param model the base catalogue's items and the items loaded
   * @param problems every problem found, sorted by file, line and column
   */
  public record Outcome(Model model, List<Problem> problems) {}

  /**
   * Loads inputs on top of a base catalogue.
   *
   * @param inputs the files, folders and texts, in order
   * @param base the items references may name besides those loaded
   * @return the items and the problems
   * @throws UncheckedIOException when a file or folder cannot be read
   */
  public Outcome load(List<Input> inputs, Model base) {
    Sink sink = new Sink(limits.maxProblems());
    List<Document> documents = new ArrayList<>();
    read(inputs, sink, documents);
    Model model = bind(documents, base, sink);
    return new Outcome(model, sink.sorted());
  }

  // ---- reading ----

  /** One file or text to parse: its name, and its bytes or its text. */
  private record Source(String name, byte[] bytes, String text) {}

  /** What parsing one source gave: its documents, and its problems in the order found. */
  private record Parsed(List<Document> documents, Sink problems) {}

  private void read(List<Input> inputs, Sink sink, List<Document> documents) {
    List<Source> sources = collect(inputs, sink);
    // Files are parsed independently, so several are parsed at once; each has its own sink, and
    // both documents and problems are merged in reading order, so the result is the same as one by one.
    List<Parsed> parsed =
        (sources.size() > 1 ? sources.parallelStream() : sources.stream()).map(this::parse).toList();
    for (Parsed p : parsed) {
      sink.addAll(p.problems());
      documents.addAll(p.documents());
    }
  }

  /** The sources of the inputs, in reading order, up to the limits on files and bytes. */
  private List<Source> collect(List<Input> inputs, Sink sink) {
    List<Source> collected = new ArrayList<>();
    long total = 0;
    int files = 0;
    for (Input input : inputs) {
      List<Object[]> sources = new ArrayList<>();
      if (input instanceof PathInput p) {
        for (Path file : files(p.path())) {
          sources.add(new Object[] {file.toString(), file});
        }
      } else {
        TextInput t = (TextInput) input;
        sources.add(new Object[] {t.name(), t.text()});
      }
      for (Object[] source : sources) {
        String name = (String) source[0];
        if (++files > limits.maxFiles()) {
          sink.add(
              name, 1, 1, "", Code.PK002,
              "more than " + limits.maxFiles() + " files in one load, the limit: this file and those after it were not read",
              Integer.toString(limits.maxFiles()), List.of(), null);
          return collected;
        }
        if (source[1] instanceof Path path) {
          byte[] content = bytes(path, name, sink);
          if (content == null) {
            continue;
          }
          total += content.length;
          if (total > limits.maxTotalBytes()) {
            tooMuch(name, sink);
            return collected;
          }
          collected.add(new Source(name, content, null));
        } else {
          String text = (String) source[1];
          long bytes = utf8Length(text);
          if (bytes > limits.maxFileBytes()) {
            tooBig(name, bytes, sink);
            continue;
          }
          total += bytes;
          if (total > limits.maxTotalBytes()) {
            tooMuch(name, sink);
            return collected;
          }
          if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
          }
          collected.add(new Source(name, null, text));
        }
      }
    }
    return collected;
  }

  /** Decodes and parses one source, on whichever thread runs it. */
  private Parsed parse(Source source) {
    Sink own = new Sink(limits.maxProblems());
    String text = source.bytes() != null ? SourceText.decode(source.bytes(), source.name(), own) : source.text();
    List<Document> documents =
        text != null && linesFit(text, source.name(), own)
            ? TreeReader.read(factory, source.name(), text, limits, own)
            : List.of();
    return new Parsed(documents, own);
  }

  private byte[] bytes(Path path, String name, Sink sink) {
    try {
      long size = Files.size(path);
      if (size > limits.maxFileBytes()) {
        tooBig(name, size, sink);
        return null;
      }
      byte[] content;
      try (InputStream in = Files.newInputStream(path)) {
        content = in.readNBytes((int) limits.maxFileBytes() + 1);
      }
      if (content.length > limits.maxFileBytes()) {
        tooBig(name, content.length, sink);
        return null;
      }
      return content;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  private void tooBig(String name, long size, Sink sink) {
    sink.add(
        name, 1, 1, "", Code.PK002,
        "file of " + size + " bytes is larger than the limit of " + limits.maxFileBytes() + " bytes; it was not read",
        Long.toString(size), List.of(), null);
  }

  private void tooMuch(String name, Sink sink) {
    sink.add(
        name, 1, 1, "", Code.PK002,
        "the files of this load hold more than " + limits.maxTotalBytes() + " bytes, the limit: this file and those after"
            + " it were not read",
        Long.toString(limits.maxTotalBytes()), List.of(), null);
  }

  /**
   * Refuses a text with a line over the limit, before the parser spends the square of its length on
   * it. Lines are found with {@code indexOf}, which the JDK vectorises; only a stretch without
   * {@code \n} that is over the limit is looked at for the rarer line breaks.
   */
  private boolean linesFit(String text, String name, Sink sink) {
    int max = limits.maxLineLength();
    int n = text.length();
    if (n <= max) {
      return true;
    }
    int start = 0;
    while (start <= n) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      if (end - start > max && !stretchFits(text, start, end, max, name, sink)) {
        return false;
      }
      start = end + 1;
    }
    return true;
  }

  private boolean stretchFits(String text, int from, int to, int max, String name, Sink sink) {
    int start = from;
    for (int i = from; i <= to; i++) {
      char c = i < to ? text.charAt(i) : '\n';
      if (c == '\n' || c == '\r') {
        if (i - start > max) {
          int line = SourceText.position(text, start)[0];
          sink.add(
              name, line, max + 1, "", Code.PK002,
              "line of " + (i - start) + " characters is longer than the limit of " + max + " characters; the file was"
                  + " not read",
              Integer.toString(i - start), List.of(), null);
          return false;
        }
        start = i + 1;
      }
    }
    return true;
  }

  private static long utf8Length(String text) {
    // The JDK encodes an ASCII text at memory speed; a lone surrogate counts as the one byte it becomes.
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  /**
   * The files a path stands for: itself, or for a folder every {@code *.yaml} and {@code *.yml} file
   * under it (any case), skipping names that start with a dot, sorted by their path relative to the
   * folder, so that the order is the same on every machine.
   *
   * @param path a file or folder
   * @return the files, in reading order
   * @throws UncheckedIOException when the path does not exist or a folder cannot be read
   */
  public static List<Path> files(Path path) {
    try {
      if (!Files.isDirectory(path)) {
        if (!Files.exists(path)) {
          throw new NoSuchFileException(path.toString());
        }
        return List.of(path);
      }
      List<Path> found = new ArrayList<>();
      Files.walkFileTree(
          path,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(path) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
              if (attrs.isRegularFile() && !hidden(file) && (name.endsWith(".yaml") || name.endsWith(".yml"))) {
                found.add(file);
              }
              return FileVisitResult.CONTINUE;
            }
          });
      Map<Path, String> keys = new HashMap<>();
      for (Path file : found) {
        keys.put(file, path.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"));
      }
      found.sort((a, b) -> keys.get(a).compareTo(keys.get(b)));
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  private static boolean hidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  // ---- binding ----

  /** A document whose header was read: its kind and id, and whether it is the one its id names. */
  private static final class Header {
    final Document document;
    final Ctx ctx;
    final Obj object;
    final DocumentKind kind;
    final String id;
    boolean registered;
    boolean restatement;

    Header(Document document, Ctx ctx, Obj object, DocumentKind kind, String id) {
      this.document = document;
      this.ctx = ctx;
      this.object = object;
      this.kind = kind;
      this.id = id;
    }

    Origin origin() {
      return new Origin(document.file(), document.line(), document.column(), false);
    }
  }

  private Model bind(List<Document> documents, Model base, Sink sink) {
    Map<String, Ctx> contexts = new HashMap<>();
    Map<DocumentKind, List<Header>> byKind = new EnumMap<>(DocumentKind.class);
    Map<DocumentKind, Map<String, Header>> ids = new EnumMap<>(DocumentKind.class);
    for (DocumentKind kind : DocumentKind.values()) {
      byKind.put(kind, new ArrayList<>());
      ids.put(kind, new HashMap<>());
    }
    for (Document document : documents) {
      if (sink.isFull(document.file())) {
        continue;
      }
      Ctx ctx = contexts.computeIfAbsent(document.file(), f -> new Ctx(f, sink));
      Header header = header(ctx, document);
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

    for (Header h : byKind.get(DocumentKind.GRADE_SCALE)) {
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
        conflict(h, scaleConflict(scale, base.scales().get(h.id).value()));
      }
    }
    for (Header h : byKind.get(DocumentKind.FRAMEWORK)) {
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
        conflict(h, frameworkConflict(framework, base.frameworks().get(h.id).value()));
      }
    }
    base.mappings().forEach((id, e) -> registry.add(e.value(), e));
    Map<String, Entry<GradeMapping>> mappings = new LinkedHashMap<>(base.mappings());
    for (Header h : byKind.get(DocumentKind.GRADE_MAPPING)) {
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
        conflict(h, mappingConflict(mapping, builtIn));
      }
    }
    for (Header h : byKind.get(DocumentKind.ASSESSMENT)) {
      Assessment assessment = AssessmentBinder.bind(h.ctx, h.object, h.id, registry);
      if (h.registered && assessment != null) {
        assessments.put(assessment.id(), new Entry<>(assessment, h.origin()));
      }
    }
    return new Model(scales, frameworks, mappings, assessments);
  }

  private Header header(Ctx ctx, Document document) {
    Node root = document.root();
    if (root instanceof RefusedNode) {
      return null;
    }
    if (!(root instanceof MapNode map)) {
      if (root instanceof ScalarNode s && s.type() == ScalarType.NULL) {
        ctx.error(
            root, "", Code.PK005,
            "document " + (document.index() + 1) + " is empty: give it apiVersion, kind and id, or remove the '---' before it",
            null, List.of(), null);
      } else {
        ctx.error(
            root, "", Code.PK006,
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
              kindNode, "kind", Code.PK003, "unknown kind '" + Texts.abbreviate(text) + "'", Texts.abbreviate(text),
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
          map.get("apiVersion"), "apiVersion", Code.PK003, "unknown apiVersion '" + Texts.abbreviate(apiVersion) + "'",
          Texts.abbreviate(apiVersion), List.of(API_VERSION), Ctx.suggest(apiVersion, List.of(API_VERSION)));
    }
    if (!kindKnown) {
      o.missing("kind");
    }
    String id = o.slug("id", true);
    if (!usable) {
      return null;
    }
    return new Header(document, ctx, o, kind, id);
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

  private static void register(Header h, Map<String, Header> loaded, Model base, Ctx ctx) {
    Node idNode = h.document.root() instanceof MapNode m ? m.get("id") : h.document.root();
    Header first = loaded.get(h.id);
    if (first != null) {
      ctx.error(
          idNode, "id", Code.PK007,
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
          idNode, "id", Code.PK007,
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

  private static void conflict(Header h, String reason) {
    if (reason == null) {
      return;
    }
    Node idNode = ((MapNode) h.document.root()).get("id");
    h.ctx.error(
        idNode, "id", Code.PK007,
        h.kind.id() + " '" + h.id + "' is built in, and this definition conflicts with it: " + reason
            + "; give yours another id",
        h.id, List.of(), null);
  }

  /** Why a restated built-in scale differs from it where references depend on it, or null. */
  static String scaleConflict(GradeScale mine, GradeScale builtIn) {
    if (!mine.ids().equals(builtIn.ids())) {
      return "its grades are " + String.join(", ", mine.ids()) + ", the built-in's " + String.join(", ", builtIn.ids());
    }
    return null;
  }

  /** Why a restated built-in framework differs from it where references depend on it, or null. */
  static String frameworkConflict(Framework mine, Framework builtIn) {
    String myScale = mine.scale().map(GradeScale::id).orElse("none");
    String theirs = builtIn.scale().map(GradeScale::id).orElse("none");
    if (!myScale.equals(theirs)) {
      return "its scale is " + myScale + ", the built-in's " + theirs;
    }
    for (Area area : mine.allAreas()) {
      Area other = builtIn.allAreas().stream().filter(a -> a.id().equals(area.id())).findFirst().orElse(null);
      if (other == null) {
        return "area '" + area.id() + "' is not an area of the built-in framework";
      }
      if (other.graded() != area.graded()) {
        return "area '" + area.id() + "' is " + (area.graded() ? "" : "not ") + "graded here but "
            + (other.graded() ? "" : "not ") + "graded in the built-in framework";
      }
    }
    return null;
  }

  /** Why a restated built-in mapping differs from it where conversions depend on it, or null. */
  static String mappingConflict(GradeMapping mine, GradeMapping builtIn) {
    if (!mine.from().id().equals(builtIn.from().id()) || !mine.to().id().equals(builtIn.to().id())) {
      return "it maps " + mine.from().id() + " to " + mine.to().id() + ", the built-in " + builtIn.from().id() + " to "
          + builtIn.to().id();
    }
    for (Grade grade : builtIn.from().grades()) {
      List<String> theirs = builtIn.rules().get(grade).stream().map(Grade::id).toList();
      List<String> ours =
          mine.rules().entrySet().stream()
              .filter(e -> e.getKey().id().equals(grade.id()))
              .findFirst()
              .map(e -> e.getValue().stream().map(Grade::id).toList())
              .orElse(List.of());
      if (!ours.equals(theirs)) {
        return "it maps " + grade.id() + " to " + ours + ", the built-in to " + theirs;
      }
    }
    return null;
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
