package io.github.peelkit.yaml.internal;

import io.github.peelkit.yaml.Limits;
import io.github.peelkit.yaml.internal.SourceCollector.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses the sources of a load into documents, several at once: each source is decoded, pre-scanned
 * for its line lengths and read into located trees on whichever thread runs it, with a sink of its
 * own; documents and problems are then merged in reading order, so the result is the same as
 * parsing one source after another.
 */
final class ParallelParser {
  private final Limits limits;
  private final PeelYamlFactory factory;

  ParallelParser(Limits limits) {
    this.limits = limits;
    this.factory = PeelYamlFactory.create(limits.maxFileBytes(), limits.maxDepth());
  }

  /** What parsing one source gave: its documents, and its problems in the order found. */
  private record Parsed(List<Document> documents, Sink problems) {}

  /**
   * Parses the sources.
   *
   * @param sources the sources, in reading order
   * @param sink where the problems go, in reading order
   * @return the documents, in reading order
   */
  List<Document> parse(List<Source> sources, Sink sink) {
    List<Parsed> parsed =
        (sources.size() > 1 ? sources.parallelStream() : sources.stream()).map(this::parse).toList();
    List<Document> documents = new ArrayList<>();
    for (Parsed p : parsed) {
      sink.addAll(p.problems());
      documents.addAll(p.documents());
    }
    return documents;
  }

  /** Decodes and parses one source, on whichever thread runs it. */
  private Parsed parse(Source source) {
    Sink own = new Sink(limits.maxProblems());
    Optional<String> text =
        source instanceof SourceCollector.FileSource file
            ? SourceText.decode(file.bytes(), file.name(), own)
            : Optional.of(((SourceCollector.TextSource) source).text());
    if (text.isEmpty() || !LineLengths.fit(text.get(), limits.maxLineLength(), source.name(), own)) {
      return new Parsed(List.of(), own);
    }
    return new Parsed(TreeReader.read(factory, source.name(), text.get(), limits, own), own);
  }
}
