package io.github.peelkit.yaml.internal;

import io.github.peelkit.yaml.Limits;
import io.github.peelkit.yaml.Problem;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * One load, in three steps each done by its own class: {@link SourceCollector} turns the inputs into
 * sources within the limits' budgets, {@link ParallelParser} parses them into documents, {@link
 * ModelBinder} binds the documents into a model. Immutable and thread-safe; each call of {@link
 * #load} works on its own state.
 */
public final class Loader {
  private final Limits limits;
  private final SourceCollector collector;
  private final ParallelParser parser;

  /**
   * Creates a loader.
   *
   * @param limits the limits it enforces
   */
  public Loader(Limits limits) {
    this(limits, files -> {});
  }

  /**
   * Creates a loader that tells how many files it has read as it goes.
   *
   * @param limits the limits it enforces
   * @param progress told the count of files read so far, after each batch
   */
  public Loader(Limits limits, IntConsumer progress) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.collector = new SourceCollector(limits);
    this.parser = new ParallelParser(limits, collector, progress);
  }

  /** One input of a load: a file or folder, or a text with a name. */
  public sealed interface Input permits PathInput, TextInput, BytesInput {}

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
   * The bytes of a stream, read as a file of that name is: decoded as UTF-8, within the limits.
   *
   * @param name the name problems are reported under
   * @param bytes the bytes read, at most one more than the limit on bytes per file
   */
  public record BytesInput(String name, byte[] bytes) implements Input {}

  /**
   * What a load produced.
   *
   * @param model the base catalogue's items and the items loaded
   * @param problems every problem found, sorted by file, line and column
   * @param sourcesRead how many files and texts were read: all of them, unless a limit of the load
   *     stopped it early
   */
  public record Outcome(Model model, List<Problem> problems, int sourcesRead) {}

  /**
   * Loads inputs on top of a base catalogue.
   *
   * @param inputs the files, folders and texts, in order
   * @param base the items references may name besides those loaded, asked for only once the inputs
   *     are parsed (so that a catalogue still being read elsewhere does not hold up the parsing)
   * @return the items and the problems
   * @throws UncheckedIOException when a file or folder cannot be read
   */
  public Outcome load(List<Input> inputs, Supplier<Model> base) {
    Sink sink = new Sink(limits.maxProblems(), limits.maxTotalProblems());
    List<SourceCollector.Source> sources = collector.collect(inputs, sink);
    ParallelParser.Outcome parsed = parser.parse(sources, sink);
    Model model = ModelBinder.bind(parsed.documents(), base.get(), sink);
    return new Outcome(model, sink.sorted(), parsed.sourcesRead());
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
    return SourceCollector.files(path);
  }
}
