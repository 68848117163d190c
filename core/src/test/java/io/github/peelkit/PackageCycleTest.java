package io.github.peelkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.scale.Grade;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of core depend on each other without a cycle, read from what the compiler wrote: the
 * names of peelkit's types in each class file's constant pool (the classes it uses, the
 * descriptors of its fields and methods, the annotations it carries), so that a dependency hidden
 * in a generated class or a package annotation counts too.
 */
class PackageCycleTest {
  /** A peelkit type named in a class file: its package is the part before the last slash. */
  private static final Pattern TYPE = Pattern.compile("io/github/peelkit/((?:[a-z0-9_]+/)*)[A-Z][A-Za-z0-9_$]*");

  /** Each package of core, with the packages of core its classes name. */
  static Map<String, Set<String>> dependencies() throws IOException, URISyntaxException {
    Path classes = Path.of(Grade.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Map<String, Set<String>> graph = new TreeMap<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        if (!name.startsWith("io/github/peelkit/")) {
          continue; // module-info
        }
        String own = packageOf(name);
        Set<String> uses = graph.computeIfAbsent(own, p -> new TreeSet<>());
        try (InputStream in = Files.newInputStream(file)) {
          for (String text : utf8Constants(in)) {
            Matcher m = TYPE.matcher(text);
            while (m.find()) {
              String used = packageName(m.group(1));
              if (!used.equals(own)) {
                uses.add(used);
              }
            }
          }
        }
      }
    }
    return graph;
  }

  private static String packageOf(String classFile) {
    return packageName(classFile.substring("io/github/peelkit/".length(), classFile.lastIndexOf('/') + 1));
  }

  private static String packageName(String slashes) {
    String name = slashes.endsWith("/") ? slashes.substring(0, slashes.length() - 1) : slashes;
    return name.isEmpty() ? "io.github.peelkit" : "io.github.peelkit." + name.replace('/', '.');
  }

  /** The texts of a class file's constant pool (JVMS 4.4): every name and descriptor it holds. */
  static List<String> utf8Constants(InputStream stream) throws IOException {
    DataInputStream in = new DataInputStream(stream);
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort();
    in.readUnsignedShort();
    int count = in.readUnsignedShort();
    List<String> texts = new ArrayList<>();
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> texts.add(in.readUTF());
        case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
        case 15 -> in.skipNBytes(3);
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
        case 5, 6 -> {
          in.skipNBytes(8);
          i++; // a long or double takes two entries
        }
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
    return texts;
  }

  /** The cycles of a graph: its strongly connected components of more than one node (Tarjan). */
  static List<Set<String>> cycles(Map<String, Set<String>> graph) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    List<Set<String>> cycles = new ArrayList<>();
    int[] next = {0};
    for (String node : graph.keySet()) {
      if (!index.containsKey(node)) {
        connect(node, graph, index, low, stack, onStack, cycles, next);
      }
    }
    return cycles;
  }

  private static void connect(
      String node,
      Map<String, Set<String>> graph,
      Map<String, Integer> index,
      Map<String, Integer> low,
      Deque<String> stack,
      Set<String> onStack,
      List<Set<String>> cycles,
      int[] next) {
    index.put(node, next[0]);
    low.put(node, next[0]);
    next[0]++;
    stack.push(node);
    onStack.add(node);
    for (String used : graph.getOrDefault(node, Set.of())) {
      if (!index.containsKey(used)) {
        connect(used, graph, index, low, stack, onStack, cycles, next);
        low.put(node, Math.min(low.get(node), low.get(used)));
      } else if (onStack.contains(used)) {
        low.put(node, Math.min(low.get(node), index.get(used)));
      }
    }
    if (low.get(node).equals(index.get(node))) {
      Set<String> component = new TreeSet<>();
      String member;
      do {
        member = stack.pop();
        onStack.remove(member);
        component.add(member);
      } while (!member.equals(node));
      if (component.size() > 1) {
        cycles.add(component);
      }
    }
  }

  @Test
  void corePackagesDependOnEachOtherWithoutACycle() throws IOException, URISyntaxException {
    Map<String, Set<String>> graph = dependencies();
    assertTrue(graph.size() >= 10, () -> "read the packages of core: " + graph.keySet());
    assertTrue(graph.get("io.github.peelkit.assessment").contains("io.github.peelkit.scale"), "dependencies are read");
    assertEquals(List.of(), cycles(graph), () -> "package dependencies: " + graph);
  }

  @Test
  void theRulesAndCodesDependOnNoOtherPackage() throws IOException, URISyntaxException {
    assertEquals(Set.of(), dependencies().get("io.github.peelkit.check"));
  }

  @Test
  void findsACycleWhereThereIsOne() {
    Map<String, Set<String>> graph = new TreeMap<>();
    graph.put("a", Set.of("b"));
    graph.put("b", Set.of("c"));
    graph.put("c", Set.of("a", "d"));
    graph.put("d", Set.of());
    assertEquals(List.of(Set.of("a", "b", "c")), cycles(graph));
  }
}
