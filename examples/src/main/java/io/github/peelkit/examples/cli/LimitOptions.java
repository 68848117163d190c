package io.github.peelkit.examples.cli;

import io.github.peelkit.yaml.Limits;
import picocli.CommandLine.Option;

/**
 * The options of {@code peel validate} that raise (or lower) the reader's safety limits, one per
 * limit of {@link Limits}, each defaulting to the library's default: a data team whose files are
 * larger than the defaults allow raises the one that stops them, and gives the JVM the memory to
 * match ({@code PEEL_OPTS=-Xmx1g}).
 */
final class LimitOptions {
  @Option(names = "--max-file-bytes", paramLabel = "BYTES", description = "Bytes per file. Default: 4194304 (4 MiB).")
  private Long maxFileBytes;

  @Option(names = "--max-total-bytes", paramLabel = "BYTES", description = "Bytes of all files together. Default: 67108864 (64 MiB).")
  private Long maxTotalBytes;

  @Option(names = "--max-files", paramLabel = "N", description = "Files read. Default: 10000.")
  private Integer maxFiles;

  @Option(names = "--max-documents", paramLabel = "N", description = "Documents per file. Default: 1000.")
  private Integer maxDocuments;

  @Option(names = "--max-depth", paramLabel = "N", description = "Nesting depth, at most 1000. Default: 64.")
  private Integer maxDepth;

  @Option(names = "--max-nodes", paramLabel = "N", description = "Values per file. Default: 250000.")
  private Integer maxNodes;

  @Option(names = "--max-total-nodes", paramLabel = "N", description = "Values of all files together. Default: 500000.")
  private Long maxTotalNodes;

  @Option(names = "--max-line-length", paramLabel = "N", description = "Characters per line. Default: 200000.")
  private Integer maxLineLength;

  @Option(names = "--max-scalar-length", paramLabel = "N", description = "Characters per value. Default: 100000.")
  private Integer maxScalarLength;

  @Option(names = "--max-key-length", paramLabel = "N", description = "Characters per key. Default: 256.")
  private Integer maxKeyLength;

  @Option(names = "--max-number-length", paramLabel = "N", description = "Characters per number. Default: 1000.")
  private Integer maxNumberLength;

  @Option(names = "--max-problems", paramLabel = "N", description = "Problems reported per file. Default: 200.")
  private Integer maxProblems;

  @Option(names = "--max-total-problems", paramLabel = "N", description = "Problems reported in all. Default: 10000.")
  private Integer maxTotalProblems;

  /**
   * The limits the options give.
   *
   * @return the limits
   * @throws IllegalArgumentException naming the limit, when a value is out of its range
   */
  Limits limits() {
    Limits.Builder b = Limits.builder();
    if (maxFileBytes != null) {
      b.maxFileBytes(maxFileBytes);
    }
    if (maxTotalBytes != null) {
      b.maxTotalBytes(maxTotalBytes);
    }
    if (maxFiles != null) {
      b.maxFiles(maxFiles);
    }
    if (maxDocuments != null) {
      b.maxDocuments(maxDocuments);
    }
    if (maxDepth != null) {
      b.maxDepth(maxDepth);
    }
    if (maxNodes != null) {
      b.maxNodes(maxNodes);
    }
    if (maxTotalNodes != null) {
      b.maxTotalNodes(maxTotalNodes);
    }
    if (maxLineLength != null) {
      b.maxLineLength(maxLineLength);
    }
    if (maxScalarLength != null) {
      b.maxScalarLength(maxScalarLength);
    }
    if (maxKeyLength != null) {
      b.maxKeyLength(maxKeyLength);
    }
    if (maxNumberLength != null) {
      b.maxNumberLength(maxNumberLength);
    }
    if (maxProblems != null) {
      b.maxProblems(maxProblems);
    }
    if (maxTotalProblems != null) {
      b.maxTotalProblems(maxTotalProblems);
    }
    return b.build();
  }
}
