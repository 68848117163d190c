package io.github.peelkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every block of Java the README shows compiles against peelkit as built, so that an example a
 * reader copies cannot rot: a block of statements is compiled as the body of a method, with the
 * imports a reader would add (every package peelkit exports, {@code java.util} and {@code
 * java.nio.file}); a block that is a whole file (the property test) is compiled as it stands.
 */
class ReadmeSnippetsTest {
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```\\n", Pattern.DOTALL);

  private static final List<String> PACKAGES = List.of(
      "assessment", "check", "compare", "evidence", "extension", "framework", "grading", "interval", "mapping",
      "normality", "outlier", "scale", "testkit", "yaml");

  @TempDir Path classes;

  @Test
  void everyJavaBlockOfTheReadmeCompiles() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    List<JavaFileObject> units = new ArrayList<>();
    Matcher blocks = JAVA_BLOCK.matcher(readme);
    while (blocks.find()) {
      String code = blocks.group(1);
      String name = "ReadmeBlock" + (units.size() + 1);
      units.add(code.startsWith("package ") ? source(className(code), code) : source(name, wrapped(name, code)));
    }
    assertTrue(units.size() >= 5, "the README's Java blocks were found: " + units.size());

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      List<String> options = List.of(
          "-classpath", System.getProperty("java.class.path"), "-d", classes.toString(), "-proc:none", "-Xlint:all,-path",
          "-Werror");
      boolean compiled = javac.getTask(output, files, diagnostics, options, null, units).call();
      assertEquals(List.of(), diagnostics.getDiagnostics().stream().map(Object::toString).toList(), output.toString());
      assertTrue(compiled, output.toString());
    }
  }

  private static String wrapped(String name, String statements) {
    StringBuilder unit = new StringBuilder();
    for (String p : PACKAGES) {
      unit.append("import io.github.peelkit.").append(p).append(".*;\n");
    }
    unit.append("import java.nio.file.*;\nimport java.util.*;\n\n");
    unit.append("final class ").append(name).append(" {\n  static void run() throws Exception {\n");
    unit.append(statements);
    unit.append("  }\n}\n");
    return unit.toString();
  }

  private static String className(String unit) {
    Matcher m = Pattern.compile("(?m)^(?:public |final |abstract )*class (\\w+)").matcher(unit);
    assertTrue(m.find(), "a whole file in the README declares a class");
    return unit.substring(unit.indexOf(' ') + 1, unit.indexOf(';')).replace('.', File.separatorChar)
        + File.separatorChar + m.group(1);
  }

  private static JavaFileObject source(String path, String code) {
    return new SimpleJavaFileObject(URI.create("string:///" + path.replace(File.separatorChar, '/') + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return code;
      }
    };
  }
}
