package io.github.peelkit.yaml;

import io.github.peelkit.check.Code;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.yaml.internal.IoFailure;
import io.github.peelkit.yaml.internal.Loader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Reads {@code peelkit/v1} YAML: files, folders (recursively, every {@code *.yaml} and {@code *.yml}
 * file, in a stable order) or a text with a source name, into a {@link LoadResult} holding the
 * {@link Catalog} of what loaded and every {@link Problem} found.
 *
 * <pre>{@code
 * LoadResult result = YamlReader.standard().read(Path.of("data"));
 * result.problems().forEach(p -> System.err.println(p.toText()));
 * Catalog catalog = result.orThrow();   // or fail fast
 * }</pre>
 *
 * <p>The reader is strict: unknown keys, values of the wrong type, YAML anchors, aliases, merge keys
 * and tags are errors, and a scalar is never re-typed (YAML 1.2 core rules: {@code no} is text,
 * {@code '196'} is not a number). Every problem in every file is reported, not only the first, with
 * file, line, column, path and a stable code. Documents may refer to items defined later, in another
 * file, or in the base catalogue (by default {@linkplain Catalog#builtIn() the built-in one}).
 *
 * <p>Safety: input is bounded by the reader's {@link Limits}; no input makes the reader throw
 * anything but {@link UncheckedIOException} for a path it cannot read (a missing file, a folder it
 * may not list). Problems in the content are always reported, never thrown, except by {@link
 * LoadResult#orThrow()}.
 *
 * <p>Immutable and thread-safe: one reader may serve any number of threads. A read of several files
 * parses them in parallel on the common {@link java.util.concurrent.ForkJoinPool}, then merges
 * documents and problems in reading order, so the result is the same as one file after another.
 */
public final class YamlReader {
  /**
   * The shared reader and the list of codes, made on first use: a program that builds its own reader
   * (as {@code peel} does) does not pay at start-up for a second one.
   */
  private static final class Shared {
    static final YamlReader STANDARD = new Builder().build();

    /** Every code a read can report, by id: the model's codes and the file format's. */
    static final List<Code> CODES = codesById();
  }

  private final Limits limits;
  // The built-in catalogue is read on first use, after the files' own parsing: a command that starts
  // it on another thread (as peel does) parses the user's files meanwhile.
  private final Supplier<Catalog> base;
  private final Loader loader;

  private YamlReader(Limits limits, Supplier<Catalog> base, IntConsumer progress) {
    this.limits = limits;
    this.base = base;
    this.loader = new Loader(limits, progress);
  }

  /** {@return a reader with the default limits, resolving references against the built-in catalogue} */
  public static YamlReader standard() {
    return Shared.STANDARD;
  }

  /** {@return a builder starting from the default limits and the built-in catalogue} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Every code a read can report, ordered by id ({@code PK001} first): the {@linkplain FileCode
   * codes of the file format} and the {@linkplain ModelCode codes of the model's rules}. A code
   * added to either appears here; a tool that lists rules (such as a SARIF log) lists these, and a
   * code's position in the list never changes once released, since codes are only added after the
   * last.
   *
   * @return the codes, ordered by id
   */
  public static List<Code> codes() {
    return Shared.CODES;
  }

  private static List<Code> codesById() {
    List<Code> all = new ArrayList<>(List.of(FileCode.values()));
    all.addAll(List.of(ModelCode.values()));
    all.sort(Comparator.comparing(Code::id));
    return List.copyOf(all);
  }

  /** {@return the limits this reader enforces} */
  public Limits limits() {
    return limits;
  }

  /** {@return the catalogue references may name besides what is read} */
  public Catalog base() {
    return base.get();
  }

  /**
   * Lists the files a read of a path covers, in the order they are read: the path itself when it is
   * a file; for a folder every {@code *.yaml} and {@code *.yml} file below it (any case), names
   * starting with a dot skipped, symbolic links not followed, sorted by path within the folder.
   * A tool that shows progress or counts files lists them with this, so it agrees with the reader.
   *
   * @param path a file or folder
   * @return the files, in reading order
   * @throws UncheckedIOException when the path does not exist or a folder cannot be read
   */
  public static List<Path> files(Path path) {
    return Loader.files(path);
  }

  /**
   * Reads files and folders together, so that they may refer to each other.
   *
   * @param paths files, or folders read recursively
   * @return the catalogue and the problems
   * @throws UncheckedIOException when a path cannot be read
   */
  public LoadResult read(Path... paths) {
    return read(List.of(paths));
  }

  /**
   * Reads files and folders together, so that they may refer to each other.
   *
   * @param paths files, or folders read recursively
   * @return the catalogue and the problems
   * @throws UncheckedIOException when a path cannot be read
   */
  public LoadResult read(Collection<Path> paths) {
    List<Loader.Input> inputs = new ArrayList<>(paths.size());
    for (Path path : paths) {
      inputs.add(new Loader.PathInput(Objects.requireNonNull(path, "path")));
    }
    return load(inputs);
  }

  /**
   * Reads a text, as if it were a file of that name.
   *
   * @param sourceName the name problems are reported under, such as {@code essex.yaml}
   * @param text the YAML text
   * @return the catalogue and the problems
   */
  public LoadResult read(String sourceName, String text) {
    return load(List.of(new Loader.TextInput(Objects.requireNonNull(sourceName, "sourceName"), Objects.requireNonNull(text, "text"))));
  }

  /**
   * Reads a stream of UTF-8 bytes as a file of that name is read: a byte order mark skipped, invalid
   * UTF-8 a located PK001, more bytes than {@link Limits#maxFileBytes()} a PK002 (the stream is read
   * no further than one byte past the limit). The stream is not closed.
   *
   * @param sourceName the name problems are reported under, such as {@code <stdin>}
   * @param in the stream
   * @return the catalogue and the problems
   * @throws UncheckedIOException when the stream cannot be read
   */
  public LoadResult read(String sourceName, InputStream in) {
    return read(List.of(), sourceName, in);
  }

  /**
   * Reads files and folders together with a stream, so that they may refer to each other, as a
   * command reads {@code -} (standard input) among its paths: the stream is read as {@link
   * #read(String, InputStream)} reads it, after the paths.
   *
   * @param paths files, or folders read recursively
   * @param sourceName the name the stream's problems are reported under, such as {@code <stdin>}
   * @param in the stream, not closed
   * @return the catalogue and the problems
   * @throws UncheckedIOException when a path or the stream cannot be read
   */
  public LoadResult read(Collection<Path> paths, String sourceName, InputStream in) {
    Objects.requireNonNull(sourceName, "sourceName");
    List<Loader.Input> inputs = new ArrayList<>(paths.size() + 1);
    for (Path path : paths) {
      inputs.add(new Loader.PathInput(Objects.requireNonNull(path, "path")));
    }
    try {
      inputs.add(new Loader.BytesInput(sourceName, in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, limits.maxFileBytes() + 1))));
    } catch (IOException e) {
      throw IoFailure.reading(sourceName, e);
    }
    return load(inputs);
  }

  /**
   * Reads the characters of a reader as a text of that name; more than {@link Limits#maxFileBytes()}
   * is a PK002 (the reader is read no further than one character past the limit). The reader is not
   * closed.
   *
   * @param sourceName the name problems are reported under
   * @param reader the reader
   * @return the catalogue and the problems
   * @throws UncheckedIOException when the reader cannot be read
   */
  public LoadResult read(String sourceName, Reader reader) {
    Objects.requireNonNull(sourceName, "sourceName");
    long most = limits.maxFileBytes() + 1;
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      int n;
      while (text.length() < most && (n = reader.read(buffer, 0, (int) Math.min(buffer.length, most - text.length()))) >= 0) {
        text.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw IoFailure.reading(sourceName, e);
    }
    return read(sourceName, text.toString());
  }

  private LoadResult load(List<Loader.Input> inputs) {
    Loader.Outcome outcome = loader.load(inputs, () -> base.get().model());
    return new LoadResult(new Catalog(outcome.model()), outcome.problems(), outcome.sourcesRead());
  }

  /** Builds a reader. */
  public static final class Builder {
    private Limits limits = Limits.defaults();
    private Catalog base;
    private IntConsumer progress = files -> {};

    private Builder() {}

    /**
     * Sets the limits.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder limits(Limits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Sets the catalogue references may name besides what is read, such as one loaded from a
     * folder of shared definitions. It should include the built-in catalogue (any catalogue a
     * standard reader returns does).
     *
     * @param base the catalogue
     * @return this builder
     */
    public Builder catalog(Catalog base) {
      this.base = Objects.requireNonNull(base, "base");
      return this;
    }

    /**
     * Sets what to tell as files are read, for a progress display: after each batch of files parsed
     * (as many as there are processors), the count of files and texts read so far in the load, on the
     * thread that called {@code read}.
     *
     * @param filesRead told the count of files read so far
     * @return this builder
     */
    public Builder progress(IntConsumer filesRead) {
      this.progress = Objects.requireNonNull(filesRead, "filesRead");
      return this;
    }

    /** {@return the reader} */
    public YamlReader build() {
      Catalog given = base;
      return new YamlReader(limits, given != null ? () -> given : Catalog::builtIn, progress);
    }
  }
}
