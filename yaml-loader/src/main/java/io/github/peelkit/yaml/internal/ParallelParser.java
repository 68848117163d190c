package io.github.peelkit.yaml.internal;

import io.github.peelkit.yaml.FileCode;
import io.github.peelkit.yaml.Limits;
import io.github.peelkit.yaml.Location;
import io.github.peelkit.yaml.Problem;
import io.github.peelkit.yaml.internal.SourceCollector.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * Parses the sources of a load into documents, several at once: each source is decoded, pre-scanned
 * for its line lengths and read into located trees on whichever thread runs it, with a sink of its
 * own; documents and problems are then merged in reading order, so the result is the same as
 * parsing one source after another.
 */
final class ParallelParser {
  private final Limits limits;
  private final PeelYamlFactory factory;
  private final SourceCollector collector;
  private final IntConsumer progress;

  ParallelParser(Limits limits, SourceCollector collector, IntConsumer progress) {
    this.limits = limits;
    this.factory = PeelYamlFactory.create(limits.maxFileBytes(), limits.maxDepth());
    this.collector = collector;
    this.progress = progress;
  }

  /** What parsing one source gave: its documents, and its problems in the order found. */
  private record Parsed(TreeReader.Result read, Sink problems) {}

  /**
   * What parsing the sources of a load gave.
   *
   * @param documents the documents, in reading order
   * @param sourcesRead how many sources were read before a limit of the load stopped it; all of them
   *     when none did
   */
  record Outcome(List<Document> documents, int sourcesRead) {}

  /**
   * Parses the sources, a few at once, within the load's budgets of nodes and problems: the sources
   * are taken in batches of as many as there are processors, each file of a batch allowed what the
   * budget had left when the batch began, and the results folded in reading order, so that where a
   * budget runs out does not depend on timing, and memory holds the bytes of one batch only.
   *
   * @param sources the sources, in reading order
   * @param sink where the problems go, in reading order
   * @return the documents, and how many sources were read
   */
  Outcome parse(List<Source> sources, Sink sink) {
    int batch = Math.max(1, Runtime.getRuntime().availableProcessors());
    List<Document> documents = new ArrayList<>();
    long nodes = 0;
    for (int from = 0; from < sources.size(); from += batch) {
      long remaining = limits.maxTotalNodes() - nodes;
      List<Source> slice = sources.subList(from, Math.min(sources.size(), from + batch));
      List<Parsed> parsed = (slice.size() > 1 ? slice.parallelStream() : slice.stream()).map(s -> parse(s, remaining)).toList();
      for (int i = 0; i < parsed.size(); i++) {
        Parsed p = parsed.get(i);
        sink.addAll(p.problems());
        documents.addAll(p.read().documents());
        nodes += p.read().nodes();
        if (p.read().loadSpent() || nodes > limits.maxTotalNodes() || sink.isLoadFull()) {
          if (!p.read().loadSpent() && nodes > limits.maxTotalNodes()) {
            // Files before it in its batch took what it was allowed: the budget ran out at its end.
            sink.add(
                Problem.builder(
                        FileCode.LIMIT_EXCEEDED,
                        Location.of(slice.get(i).name(), 1, 1),
                        "more than " + limits.maxTotalNodes() + " values in this load, the limit, with this file: the"
                            + " files after it were not read")
                    .value(Long.toString(limits.maxTotalNodes()))
                    .build());
          }
          return new Outcome(documents, from + i + 1);
        }
      }
      progress.accept(from + slice.size());
    }
    return new Outcome(documents, sources.size());
  }

  /** Reads, decodes and parses one source, on whichever thread runs it. */
  private Parsed parse(Source source, long remaining) {
    Sink own = new Sink(limits.maxProblems());
    Optional<String> text;
    if (source instanceof SourceCollector.FileSource file) {
      Optional<byte[]> bytes = collector.bytes(file, own);
      text = bytes.isEmpty() ? Optional.empty() : SourceText.decode(bytes.get(), file.name(), own);
    } else if (source instanceof SourceCollector.BytesSource stream) {
      text = SourceText.decode(stream.bytes(), stream.name(), own);
    } else {
      text = Optional.of(((SourceCollector.TextSource) source).text());
    }
    if (text.isEmpty() || !LineLengths.fit(text.get(), limits.maxLineLength(), source.name(), own)) {
      return new Parsed(new TreeReader.Result(List.of(), 0, false), own);
    }
    return new Parsed(TreeReader.read(factory, source.name(), text.get(), limits, own, remaining), own);
  }
}
