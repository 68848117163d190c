package io.github.peelkit.examples.bench;

import io.github.peelkit.yaml.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The floor the loader is measured against: the same YAML parser (Jackson's, over SnakeYAML Engine) reading
 * the same files into Jackson's own trees, every document, and a walk that visits every node, with
 * no validation and no model.
 *
 * <p>Its limits are raised so that it reads whatever the benchmarks give it (the parser's default
 * refuses a document of more than 3 MB); limits cost nothing on the way of valid input.
 *
 * <p>As a program, {@code java -cp examples/target/peel.jar io.github.peelkit.examples.bench.JacksonParseOnly
 * PATH...} parses the YAML files of the paths (folders read recursively, as {@code peel validate} reads
 * them) and prints the number of files, documents and nodes: the other side of the whole-process
 * comparison.
 */
public final class JacksonParseOnly {
  private static final ObjectReader TREES = mapper().readerFor(JsonNode.class);

  private JacksonParseOnly() {}

  private static YAMLMapper mapper() {
    YAMLFactory factory =
        YAMLFactory.builder()
            .loadSettings(LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build())
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build();
    return new YAMLMapper(factory);
  }

  /**
   * Parses the documents of a YAML text held as bytes into trees.
   *
   * @param bytes UTF-8 YAML, any number of documents
   * @return the documents' trees
   */
  public static List<JsonNode> documents(byte[] bytes) {
    try (MappingIterator<JsonNode> documents = TREES.readValues(bytes)) {
      return documents.readAll();
    }
  }

  /**
   * Parses the documents of a YAML text held as bytes into trees, and walks every node.
   *
   * @param bytes UTF-8 YAML, any number of documents
   * @return the number of nodes visited plus the characters of their keys and texts
   */
  public static long parse(byte[] bytes) {
    long visited = 0;
    for (JsonNode document : documents(bytes)) {
      visited += walk(document);
    }
    return visited;
  }

  /**
   * Reads a file and parses it.
   *
   * @param file the file
   * @return the number of nodes visited plus the characters of their keys and texts
   */
  public static long parse(Path file) {
    try {
      return parse(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Visits every node of a tree, as a consumer of the tree would, reading every key and every scalar's
   * text, without recursion.
   *
   * @param root the root
   * @return the number of nodes, the root included, plus the characters of the keys and scalars read
   */
  static long walk(JsonNode root) {
    long nodes = 0;
    long characters = 0;
    ArrayDeque<JsonNode> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      JsonNode node = stack.pop();
      nodes++;
      if (node.isObject()) {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
          characters += e.getKey().length();
          stack.push(e.getValue());
        }
      } else if (node.isArray()) {
        node.forEach(stack::push);
      } else {
        characters += node.asString().length();
      }
    }
    return nodes + characters;
  }

  /**
   * The YAML files of paths, in reading order, exactly as the reader lists them ({@link
   * YamlReader#files(Path)}), so that both sides of a comparison read the same files. A file is taken
   * as it is, without asking the reader: given only files, as in the whole-process comparison, this
   * program loads no class of peelkit's.
   *
   * @param paths files and folders
   * @return the files
   */
  public static List<Path> files(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        files.addAll(YamlReader.files(path));
      } else {
        files.add(path);
      }
    }
    return files;
  }

  /**
   * Parses the YAML files of the paths and prints what it saw.
   *
   * @param args files and folders
   */
  public static void main(String[] args) {
    List<Path> paths = new ArrayList<>();
    for (String arg : args) {
      paths.add(Path.of(arg));
    }
    List<Path> files = files(paths);
    long visited = 0;
    for (Path file : files) {
      visited += parse(file);
    }
    System.out.printf(Locale.ROOT, "%d files, %d nodes and characters%n", files.size(), visited);
  }
}
