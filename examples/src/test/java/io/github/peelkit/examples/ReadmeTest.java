package io.github.peelkit.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's examples are compiled: the code it shows is a file the build compiles and runs. */
class ReadmeTest {
  @Test
  void thePropertyTestingExampleIsATestOfTheBuild() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    String test = Files.readString(Path.of("src/test/java/com/example/grades/MyGradingRulesTest.java"));
    assertTrue(readme.contains("## Property-testing your own rules"), "the README has the section");
    assertTrue(readme.contains("```java\n" + test + "```\n"), "the README shows MyGradingRulesTest.java verbatim");
  }

  @Test
  void theDependencyBlockNamesTheBuildsVersion() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    String pom = Files.readString(Path.of("../pom.xml"));
    String version = pom.substring(pom.indexOf("<version>") + "<version>".length(), pom.indexOf("</version>"));
    assertTrue(readme.contains("<artifactId>peelkit-yaml-loader</artifactId>\n  <version>" + version + "</version>"), version);
    assertTrue(readme.contains("implementation(\"io.github.peelkit:peelkit-yaml-loader:" + version + "\")"), version);
  }
}
