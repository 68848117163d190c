package io.github.peelkit.yaml;

import java.util.Objects;

/**
 * The safety limits of a {@link YamlReader}: how much input it accepts before it stops with a
 * {@link io.github.peelkit.yaml.FileCode#LIMIT_EXCEEDED} problem. They bound the time and memory any input can
 * cost, hostile or not.
 *
 * <table>
 *   <caption>The limits and their defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>what happens when crossed</th></tr>
 *   <tr><td>{@linkplain #maxFileBytes() bytes per file}</td><td>4 MiB</td><td>the file is not read</td></tr>
 *   <tr><td>{@linkplain #maxTotalBytes() bytes per load}</td><td>64 MiB</td><td>no further file is read</td></tr>
 *   <tr><td>{@linkplain #maxFiles() files per load}</td><td>10,000</td><td>no further file is read</td></tr>
 *   <tr><td>{@linkplain #maxDocuments() documents per file}</td><td>1,000</td><td>the rest of the file is not read</td></tr>
 *   <tr><td>{@linkplain #maxDepth() nesting depth}</td><td>64</td><td>the rest of the file is not read</td></tr>
 *   <tr><td>{@linkplain #maxNodes() nodes per file}</td><td>250,000</td><td>the rest of the file is not read</td></tr>
 *   <tr><td>{@linkplain #maxLineLength() line length}</td><td>200,000 characters</td><td>the file is not read</td></tr>
 *   <tr><td>{@linkplain #maxScalarLength() scalar length}</td><td>100,000 characters</td><td>the value is refused</td></tr>
 *   <tr><td>{@linkplain #maxKeyLength() key length}</td><td>256 characters</td><td>the entry is refused</td></tr>
 *   <tr><td>{@linkplain #maxNumberLength() number length}</td><td>1,000 characters</td><td>the value is refused</td></tr>
 *   <tr><td>{@linkplain #maxProblems() problems per file}</td><td>200</td><td>the rest of the file is not read</td></tr>
 *   <tr><td>{@linkplain #maxTotalNodes() nodes per load}</td><td>500,000</td><td>the rest of the file and the files after it are not read</td></tr>
 *   <tr><td>{@linkplain #maxTotalProblems() problems per load}</td><td>10,000</td><td>no further problem is reported (nor file read, when parsing crossed it)</td></tr>
 * </table>
 *
 * <p>The two limits per load bound what a load keeps in memory: with every default, a load fits a
 * heap of 256 MB ({@code -Xmx256m}); the README states what was measured.
 *
 * <p>The line length limit exists because the YAML parser slows down with the square of a line's
 * length (a single line of 4 MiB takes seconds); it is checked before parsing.
 *
 * <p>Lengths of values and keys count characters (code points) of the text as the model holds it,
 * after YAML's unescaping: an astral character is one, an escape such as <code>&#92;u0085</code> is
 * one. The YAML parser itself stops at a plain or quoted key longer than 1,024 characters, whatever
 * {@link #maxKeyLength()} says; such a key is reported as {@code PK002} too, its entry refused and
 * the rest of the file read (for the first eight such keys of a file; the file stops at a ninth).
 * {@link io.github.peelkit.yaml.YamlWriter} writes a key that escapes would make longer than that as
 * an explicit key ({@code ? "..."}), which the parser reads whatever its length. Nesting depth counts mappings and sequences from the
 * document's root, which is at depth 1; it may not be set above {@value #DEPTH_CEILING}, so that no
 * input can exhaust the stack of the code that walks the tree.
 *
 * <p>Immutable, thread-safe, a value type.
 */
public final class Limits {
  /** The highest nesting depth that may be configured. */
  public static final int DEPTH_CEILING = 1000;

  private static final Limits DEFAULTS = new Builder().build();

  private final long maxFileBytes;
  private final long maxTotalBytes;
  private final int maxFiles;
  private final int maxDocuments;
  private final int maxDepth;
  private final int maxNodes;
  private final int maxLineLength;
  private final int maxScalarLength;
  private final int maxKeyLength;
  private final int maxNumberLength;
  private final int maxProblems;
  private final long maxTotalNodes;
  private final int maxTotalProblems;

  private Limits(Builder b) {
    this.maxFileBytes = b.maxFileBytes;
    this.maxTotalBytes = b.maxTotalBytes;
    this.maxFiles = b.maxFiles;
    this.maxDocuments = b.maxDocuments;
    this.maxDepth = b.maxDepth;
    this.maxNodes = b.maxNodes;
    this.maxLineLength = b.maxLineLength;
    this.maxScalarLength = b.maxScalarLength;
    this.maxKeyLength = b.maxKeyLength;
    this.maxNumberLength = b.maxNumberLength;
    this.maxProblems = b.maxProblems;
    this.maxTotalNodes = b.maxTotalNodes;
    this.maxTotalProblems = b.maxTotalProblems;
  }

  /** {@return the default limits} */
  public static Limits defaults() {
    return DEFAULTS;
  }

  /** {@return a builder starting from the default limits} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder starting from these limits} */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** {@return the most bytes one file may hold; default 4 MiB} */
  public long maxFileBytes() {
    return maxFileBytes;
  }

  /** {@return the most bytes all files of one load may hold together; default 64 MiB} */
  public long maxTotalBytes() {
    return maxTotalBytes;
  }

  /** {@return the most files one load reads; default 10,000} */
  public int maxFiles() {
    return maxFiles;
  }

  /** {@return the most documents one file may hold; default 1,000} */
  public int maxDocuments() {
    return maxDocuments;
  }

  /** {@return the deepest nesting of mappings and sequences, the root counting 1; default 64} */
  public int maxDepth() {
    return maxDepth;
  }

  /** {@return the most nodes (mappings, sequences, scalars) one file may hold; default 250,000} */
  public int maxNodes() {
    return maxNodes;
  }

  /** {@return the longest line, in characters; default 200,000} */
  public int maxLineLength() {
    return maxLineLength;
  }

  /** {@return the longest scalar, in characters; default 100,000} */
  public int maxScalarLength() {
    return maxScalarLength;
  }

  /** {@return the longest mapping key, in characters; default 256} */
  public int maxKeyLength() {
    return maxKeyLength;
  }

  /** {@return the longest number, in characters; default 1,000} */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /** {@return the most problems reported for one file before it is no longer read; default 200} */
  public int maxProblems() {
    return maxProblems;
  }

  /** {@return the most nodes (values, mappings and sequences) all files of one load may hold together} */
  public long maxTotalNodes() {
    return maxTotalNodes;
  }

  /** {@return the most problems one load reports, all files together} */
  public int maxTotalProblems() {
    return maxTotalProblems;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Limits that
        && maxFileBytes == that.maxFileBytes
        && maxTotalBytes == that.maxTotalBytes
        && maxFiles == that.maxFiles
        && maxDocuments == that.maxDocuments
        && maxDepth == that.maxDepth
        && maxNodes == that.maxNodes
        && maxLineLength == that.maxLineLength
        && maxScalarLength == that.maxScalarLength
        && maxKeyLength == that.maxKeyLength
        && maxNumberLength == that.maxNumberLength
        && maxProblems == that.maxProblems
        && maxTotalNodes == that.maxTotalNodes
        && maxTotalProblems == that.maxTotalProblems;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        maxFileBytes, maxTotalBytes, maxFiles, maxDocuments, maxDepth, maxNodes, maxLineLength, maxScalarLength, maxKeyLength,
        maxNumberLength, maxProblems, maxTotalNodes, maxTotalProblems);
  }

  @Override
  public String toString() {
    return "Limits{maxFileBytes="
        + maxFileBytes
        + ", maxTotalBytes="
        + maxTotalBytes
        + ", maxFiles="
        + maxFiles
        + ", maxDocuments="
        + maxDocuments
        + ", maxDepth="
        + maxDepth
        + ", maxNodes="
        + maxNodes
        + ", maxLineLength="
        + maxLineLength
        + ", maxScalarLength="
        + maxScalarLength
        + ", maxKeyLength="
        + maxKeyLength
        + ", maxNumberLength="
        + maxNumberLength
        + ", maxProblems="
        + maxProblems
        + ", maxTotalNodes="
        + maxTotalNodes
        + ", maxTotalProblems="
        + maxTotalProblems
        + "}";
  }

  /** Builds limits; every limit starts at its default and must be at least 1. */
  public static final class Builder {
    private long maxFileBytes = 4L * 1024 * 1024;
    private long maxTotalBytes = 64L * 1024 * 1024;
    private int maxFiles = 10_000;
    private int maxDocuments = 1_000;
    private int maxDepth = 64;
    private int maxNodes = 250_000;
    private int maxLineLength = 200_000;
    private int maxScalarLength = 100_000;
    private int maxKeyLength = 256;
    private int maxNumberLength = 1_000;
    private int maxProblems = 200;
    private long maxTotalNodes = 500_000;
    private int maxTotalProblems = 10_000;

    private Builder() {}

    private Builder(Limits l) {
      maxFileBytes = l.maxFileBytes;
      maxTotalBytes = l.maxTotalBytes;
      maxFiles = l.maxFiles;
      maxDocuments = l.maxDocuments;
      maxDepth = l.maxDepth;
      maxNodes = l.maxNodes;
      maxLineLength = l.maxLineLength;
      maxScalarLength = l.maxScalarLength;
      maxKeyLength = l.maxKeyLength;
      maxNumberLength = l.maxNumberLength;
      maxProblems = l.maxProblems;
      maxTotalNodes = l.maxTotalNodes;
      maxTotalProblems = l.maxTotalProblems;
    }

    /**
     * Sets the most bytes one file may hold.
     *
     * @param bytes at least 1, at most {@code Integer.MAX_VALUE - 8}
     * @return this builder
     */
    public Builder maxFileBytes(long bytes) {
      maxFileBytes = positive("maxFileBytes", bytes, Integer.MAX_VALUE - 8L);
      return this;
    }

    /**
     * Sets the most bytes all files of one load may hold together.
     *
     * @param bytes at least 1
     * @return this builder
     */
    public Builder maxTotalBytes(long bytes) {
      maxTotalBytes = positive("maxTotalBytes", bytes, Long.MAX_VALUE);
      return this;
    }

    /**
     * Sets the most files one load reads.
     *
     * @param files at least 1
     * @return this builder
     */
    public Builder maxFiles(int files) {
      maxFiles = (int) positive("maxFiles", files, Integer.MAX_VALUE);
      return this;
    }

    /**
     * Sets the most documents one file may hold.
     *
     * @param documents at least 1
     * @return this builder
     */
    public Builder maxDocuments(int documents) {
      maxDocuments = (int) positive("maxDocuments", documents, Integer.MAX_VALUE);
      return this;
    }

    /**
     * Sets the deepest nesting of mappings and sequences.
     *
     * @param depth at least 1, at most {@value Limits#DEPTH_CEILING}
     * @return this builder
     */
    public Builder maxDepth(int depth) {
      maxDepth = (int) positive("maxDepth", depth, DEPTH_CEILING);
      return this;
    }

    /**
     * Sets the most nodes one file may hold.
     *
     * @param nodes at least 1
     * @return this builder
     */
    public Builder maxNodes(int nodes) {
      maxNodes = (int) positive("maxNodes", nodes, Integer.MAX_VALUE);
      return this;
    }

    /**
     * Sets the longest line.
     *
     * @param characters at least 1
     * @return this builder
     */
    public Builder maxLineLength(int characters) {
      maxLineLength = (int) positive("maxLineLength", characters, Integer.MAX_VALUE);
      return this;
    }

    /**
     * Sets the longest scalar.
     *
     * @param characters at least 1
     * @return this builder
     */
    public Builder maxScalarLength(int characters) {
      maxScalarLength = (int) positive("maxScalarLength", characters, Integer.MAX_VALUE);
      return this;
    }

    /**
     * Sets the longest mapping key.
     *
     * @param characters at least 1
     * @return this builder
     */
    public Builder maxKeyLength(int characters) {
      maxKeyLength = (int) positive("maxKeyLength", characters, Integer.MAX_VALUE);
      return this;
    }

    /**
     * Sets the longest number.
     *
     * @param characters at least 1
     * @return this builder
     */
    public Builder maxNumberLength(int characters) {
      maxNumberLength = (int) positive("maxNumberLength", characters, Integer.MAX_VALUE);
      return this;
    }

    /**
     * Sets the most problems reported for one file.
     *
     * @param problems at least 1
     * @return this builder
     */
    public Builder maxProblems(int problems) {
      maxProblems = (int) positive("maxProblems", problems, Integer.MAX_VALUE);
      return this;
    }

    /**
     * Sets the most nodes all files of one load may hold together.
     *
     * @param nodes at least 1
     * @return this builder
     */
    public Builder maxTotalNodes(long nodes) {
      maxTotalNodes = positive("maxTotalNodes", nodes, Long.MAX_VALUE);
      return this;
    }

    /**
     * Sets the most problems one load reports, all files together.
     *
     * @param problems at least 1
     * @return this builder
     */
    public Builder maxTotalProblems(int problems) {
      maxTotalProblems = (int) positive("maxTotalProblems", problems, Integer.MAX_VALUE);
      return this;
    }

    /** {@return the limits} */
    public Limits build() {
      return new Limits(this);
    }

    private static long positive(String name, long value, long ceiling) {
      if (value < 1 || value > ceiling) {
        throw new IllegalArgumentException(name + " must be between 1 and " + ceiling + ", not " + value);
      }
      return value;
    }
  }
}
