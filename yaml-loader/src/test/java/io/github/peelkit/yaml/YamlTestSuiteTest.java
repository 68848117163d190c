package io.github.peelkit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.yaml.internal.JsonView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reader over the YAML test suite, the YAML language's own conformance suite (402 cases: 308
 * valid, 94 invalid; {@code src/test/resources/yaml-test-suite}): every valid case is read, with the
 * values the suite gives, and every invalid one is refused as malformed (PK001) at a line and column
 * of its text, except the cases listed here, which SnakeYAML Engine, the YAML 1.2 parser under the
 * reader, gets wrong and peelkit does not patch. A change in either list fails the test, so a better
 * parser shows here as well as a worse one.
 *
 * <p>"Read" means read as YAML: a case whose YAML the reader takes but whose content peelkit refuses
 * by its own rules (anchors, aliases, tags, a mapping or sequence as a key: PK016; an empty key the
 * parser reads: PK006) counts as read.
 */
class YamlTestSuiteTest {
  private static final Path CASES = Path.of("src/test/resources/yaml-test-suite/cases.json");

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /**
   * Valid YAML 1.2 that SnakeYAML Engine 3.2 refuses, by what it gets wrong. Where the engine stops at
   * an entry with an empty key, the reader says so (PK006), as it does for an empty key the engine
   * reads; the rest of the file is not read.
   */
  private static final Map<String, String> VALID_REFUSED = new TreeMap<>();

  static {
    VALID_REFUSED.put("2JQS", "an entry whose key is left empty (`: value`), in a block or a flow collection");
    VALID_REFUSED.put("6M2F", "an entry whose key is left empty (`: value`), in a block or a flow collection");
    VALID_REFUSED.put("CFD4", "an entry whose key is left empty (`: value`), in a block or a flow collection");
    VALID_REFUSED.put("FRK4", "an entry whose key is left empty (`: value`), in a block or a flow collection");
    VALID_REFUSED.put("NHX8", "an entry whose key is left empty (`: value`), in a block or a flow collection");
    VALID_REFUSED.put("NKF9", "an entry whose key is left empty (`: value`), in a block or a flow collection");
    VALID_REFUSED.put("S3PD", "an entry whose key is left empty (`: value`), in a block or a flow collection");
    VALID_REFUSED.put("SM9W/01", "an entry whose key is left empty (`: value`), in a block or a flow collection");
    VALID_REFUSED.put("UKK6/00", "an entry whose key is left empty (`: value`), in a block or a flow collection");
    VALID_REFUSED.put("58MP", "a plain text in a flow collection that starts with ':' (`[:x]`, `{x: :x}`, `::vector`, `\"key\"::value`)");
    VALID_REFUSED.put("5T43", "a plain text in a flow collection that starts with ':' (`[:x]`, `{x: :x}`, `::vector`, `\"key\"::value`)");
    VALID_REFUSED.put("DBG4", "a plain text in a flow collection that starts with ':' (`[:x]`, `{x: :x}`, `::vector`, `\"key\"::value`)");
    VALID_REFUSED.put("HM87/00", "a plain text in a flow collection that starts with ':' (`[:x]`, `{x: :x}`, `::vector`, `\"key\"::value`)");
    VALID_REFUSED.put("4MUZ/00", "the ':' of a flow mapping's entry on the line after its key");
    VALID_REFUSED.put("4MUZ/01", "the ':' of a flow mapping's entry on the line after its key");
    VALID_REFUSED.put("4MUZ/02", "the ':' of a flow mapping's entry on the line after its key");
    VALID_REFUSED.put("5MUD", "the ':' of a flow mapping's entry on the line after its key");
    VALID_REFUSED.put("K3WX", "the ':' of a flow mapping's entry on the line after its key");
    VALID_REFUSED.put("VJP3/01", "the ':' of a flow mapping's entry on the line after its key");
    VALID_REFUSED.put("9SA2", "a key of a flow mapping over several lines");
    VALID_REFUSED.put("NJ66", "a key of a flow mapping over several lines");
    VALID_REFUSED.put("UT92", "a key of a flow mapping over several lines");
    VALID_REFUSED.put("7Z25", "a bare document after '...', or '...' with no document before it");
    VALID_REFUSED.put("HWV9", "a bare document after '...', or '...' with no document before it");
    VALID_REFUSED.put("M7A3", "a bare document after '...', or '...' with no document before it");
    VALID_REFUSED.put("QT73", "a bare document after '...', or '...' with no document before it");
    VALID_REFUSED.put("DK3J", "a top-level block scalar indented zero spaces (`--- >` then `line1`; a '%' line in it read as a directive)");
    VALID_REFUSED.put("FP8R", "a top-level block scalar indented zero spaces (`--- >` then `line1`; a '%' line in it read as a directive)");
    VALID_REFUSED.put("W4TN", "a top-level block scalar indented zero spaces (`--- >` then `line1`; a '%' line in it read as a directive)");
    VALID_REFUSED.put("6CA3", "a tab where YAML 1.2 allows one: before a top-level flow collection, on an empty line, after indentation");
    VALID_REFUSED.put("HS5T", "a tab where YAML 1.2 allows one: before a top-level flow collection, on an empty line, after indentation");
    VALID_REFUSED.put("NB6Z", "a tab where YAML 1.2 allows one: before a top-level flow collection, on an empty line, after indentation");
    VALID_REFUSED.put("Q5MG", "a tab where YAML 1.2 allows one: before a top-level flow collection, on an empty line, after indentation");
    VALID_REFUSED.put("UV7Q", "a tab where YAML 1.2 allows one: before a top-level flow collection, on an empty line, after indentation");
    VALID_REFUSED.put("W5VH", "an anchor name with ':' in it; a tag right before ','; peelkit refuses both anyway (PK016)");
    VALID_REFUSED.put("WZ62", "an anchor name with ':' in it; a tag right before ','; peelkit refuses both anyway (PK016)");
  }

  /**
   * Invalid YAML 1.2 read, or refused otherwise than as malformed. SnakeYAML Engine 3.2 alone reads seven
   * more invalid cases (9C9N, 9JBA, CVW2, DK95/01, QB6E, SU5Z, Y79Y/03): the reader's own layout
   * checks refuse those as PK001.
   */
  private static final Map<String, String> INVALID_READ = new TreeMap<>();

  static {
    String complexKey =
        "a sequence or mapping as a key, refused as PK016 before the parser reaches the tab after the ':'";
    INVALID_READ.put("Y79Y/07", complexKey);
    INVALID_READ.put("Y79Y/09", complexKey);
  }

  /** Valid cases read with values other than the suite's, by why. */
  private static final Map<String, String> OTHER_VALUES = new TreeMap<>();

  private record Case(String id, String name, boolean fail, String yaml, String json) {}

  private static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    for (JsonNode c : JSON.readTree(Files.readString(CASES))) {
      cases.add(
          new Case(
              c.get("id").asString(), c.get("name").asString(), c.get("fail").asBoolean(), c.get("yaml").asString(),
              c.get("json").isNull() ? null : c.get("json").asString()));
    }
    return cases;
  }

  private static boolean malformed(Problem p) {
    return p.code() == FileCode.MALFORMED_YAML || p.code() == FileCode.LIMIT_EXCEEDED;
  }

  /**
   * Whether the parser stopped at a problem: malformed, a limit, or an empty key it cannot read past
   * (refused as PK006). A mapping or sequence used as a key also stops the reading, but by peelkit's
   * rule that keys are text (PK016), as anchors and tags are refused: that is not the parser's doing.
   */
  private static boolean stopped(Problem p) {
    return malformed(p) || (p.code() == ModelCode.INVALID_VALUE && p.message().endsWith("stopped reading the file"));
  }

  @Test
  void theSuiteHasItsFourHundredAndTwoCases() throws IOException {
    List<Case> cases = cases();
    assertEquals(402, cases.size());
    assertEquals(94, cases.stream().filter(Case::fail).count());
  }

  @Test
  void readsTheValidCasesAndRefusesTheInvalidOnesButForTheKnownExceptions() throws IOException {
    Map<String, String> validRefused = new TreeMap<>();
    Map<String, String> invalidRead = new TreeMap<>();
    int valid = 0;
    int validRead = 0;
    int invalid = 0;
    int invalidRefused = 0;
    for (Case c : cases()) {
      JsonView.Result result = JsonView.of(c.id() + ".yaml", c.yaml());
      List<Problem> malformed = result.problems().stream().filter(YamlTestSuiteTest::malformed).toList();
      List<Problem> stopped = result.problems().stream().filter(YamlTestSuiteTest::stopped).toList();
      if (c.fail()) {
        invalid++;
        if (malformed.isEmpty()) {
          invalidRead.put(c.id(), c.name());
        } else {
          invalidRefused++;
          Problem first = malformed.get(0);
          long lines = c.yaml().lines().count();
          assertTrue(
              first.code() == FileCode.MALFORMED_YAML && first.line() >= 1 && first.line() <= lines + 1 && first.column() >= 1,
              () -> c.id() + ": " + first.toText());
        }
      } else {
        valid++;
        if (stopped.isEmpty()) {
          validRead++;
        } else {
          validRefused.put(c.id(), c.name() + ": " + stopped.get(0).toText());
        }
      }
    }
    assertEquals(VALID_REFUSED.keySet(), validRefused.keySet(), () -> "valid cases refused: " + validRefused);
    assertEquals(INVALID_READ.keySet(), invalidRead.keySet(), () -> "invalid cases read: " + invalidRead);
    assertEquals(308, valid);
    assertEquals(94, invalid);
    assertEquals(308 - VALID_REFUSED.size(), validRead);
    assertEquals(94 - INVALID_READ.size(), invalidRefused);
  }

  @Test
  void readsTheValuesTheSuiteGives() throws IOException {
    Map<String, String> differ = new TreeMap<>();
    int compared = 0;
    for (Case c : cases()) {
      if (c.fail() || c.json() == null) {
        continue;
      }
      JsonView.Result result = JsonView.of(c.id() + ".yaml", c.yaml());
      if (!result.problems().isEmpty()) {
        continue;
      }
      List<JsonNode> expected = new ArrayList<>();
      try (JsonParser parser = JSON.createParser(c.json())) {
        for (JsonNode value = JSON.readTree(parser); value != null && !value.isMissingNode(); value = JSON.readTree(parser)) {
          expected.add(value);
        }
      }
      compared++;
      String difference = difference(expected, result.documents());
      if (difference != null) {
        differ.put(c.id(), difference);
      }
    }
    assertEquals(OTHER_VALUES.keySet(), differ.keySet(), () -> "values differ: " + differ);
    // Every valid case read without a problem of peelkit's own (anchors, tags) whose JSON the suite gives.
    assertEquals(189, compared);
  }

  /** {@return where two lists of trees differ, or null}; numbers compare by value, keys in any order, as JSON's do. */
  private static String difference(List<JsonNode> expected, List<JsonNode> actual) {
    if (expected.size() != actual.size()) {
      return expected.size() + " documents expected, " + actual.size() + " read";
    }
    for (int i = 0; i < expected.size(); i++) {
      String d = difference(expected.get(i), actual.get(i), "[" + i + "]");
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static String difference(JsonNode expected, JsonNode actual, String at) {
    if (expected.isNumber() && actual.isNumber()) {
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0 ? null : at + ": " + expected + " != " + actual;
    }
    if (expected.getNodeType() != actual.getNodeType()) {
      return at + ": " + expected + " != " + actual;
    }
    if (expected.isObject()) {
      TreeSet<String> keys = new TreeSet<>(expected.propertyNames());
      if (!keys.equals(new TreeSet<>(actual.propertyNames()))) {
        return at + ": keys " + keys + " != " + new TreeSet<>(actual.propertyNames());
      }
      for (String key : keys) {
        String d = difference(expected.get(key), actual.get(key), at + "." + key);
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (expected.isArray()) {
      if (expected.size() != actual.size()) {
        return at + ": " + expected.size() + " items != " + actual.size();
      }
      for (int i = 0; i < expected.size(); i++) {
        String d = difference(expected.get(i), actual.get(i), at + "[" + i + "]");
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    return expected.equals(actual) ? null : at + ": " + expected + " != " + actual;
  }
}
