package io.github.peelkit.yaml;

import static io.github.peelkit.yaml.Yaml.doc;
import static io.github.peelkit.yaml.Yaml.lines;
import static io.github.peelkit.yaml.Yaml.read;
import static io.github.peelkit.yaml.Yaml.scale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.peelkit.extension.ExtensionValue;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The constructs where YAML 1.2 and the YAML 1.1 reader peelkit had before part ways, both ways:
 * valid YAML 1.2 is read with the right values, invalid YAML is refused as malformed (PK001) at its
 * line and column. The YAML test suite's cases of the same kinds run in {@link YamlTestSuiteTest},
 * with the few that SnakeYAML Engine still gets wrong.
 */
class Yaml12ConstructsTest {
  private static final String GRADES = "grades: [{id: pass, label: Pass}, {id: fail, label: Fail}]\n";

  private static GradeScale only(String text) {
    LoadResult result = read(text);
    assertEquals(List.of(), lines(result));
    return result.catalog().scales().get("s");
  }

  private static List<String> labels(GradeScale scale) {
    return scale.grades().stream().map(Grade::label).toList();
  }

  // ---- valid: read, with the values written ----

  @Test
  void tabsSeparateAValueFromItsColon() {
    GradeScale s = only("apiVersion:\tpeelkit/v1\nkind:\tGradeScale\nid:\ts\nname:\t\tPass or fail\n" + GRADES);
    assertEquals("Pass or fail", s.name());
  }

  @Test
  void tabsSeparateInsideFlowCollections() {
    GradeScale s = only(doc("GradeScale", "s") + "name: Pass or fail\ngrades: [\t{id:\tpass,\tlabel: Pass\t},\t{id: fail, label: Fail}\t]\n");
    assertEquals(List.of("Pass", "Fail"), labels(s));
  }

  @Test
  void trailingTabsAreNotPartOfAValue() {
    assertEquals("Pass or fail", only(doc("GradeScale", "s") + "name: Pass or fail\t\t\n" + GRADES).name());
  }

  @Test
  void aTabMaySeparateAValueFromItsComment() {
    assertEquals("Pass or fail", only(doc("GradeScale", "s") + "name: Pass or fail\t# the scale's name\n" + GRADES).name());
  }

  @Test
  void anEscapedSlashIsASlash() {
    assertEquals("Pass/fail", only(doc("GradeScale", "s") + "name: \"Pass\\/fail\"\n" + GRADES).name());
  }

  @Test
  void aDocumentEndMarkerMayBeFollowedByACommentAndTheNextDocument() {
    LoadResult result =
        read(scale("s", "") + "... # the first scale ends here\n# and a comment of its own line\n---\n" + scale("t", "") + "...\n");
    assertEquals(List.of(), lines(result));
    assertEquals("Pass or fail", result.catalog().scales().get("s").name());
    assertEquals("Pass or fail", result.catalog().scales().get("t").name());
  }

  @Test
  void emptyLinesMayEndADocument() {
    // Empty lines, with or without spaces or tabs, before the next document and at the end of the file.
    LoadResult result = read(scale("s", "") + "\n  \n\t\n\n---\n" + scale("t", "") + "\n\n \t\n");
    assertEquals(List.of(), lines(result));
    assertEquals("Pass or fail", result.catalog().scales().get("t").name());
  }

  @Test
  void theYamlDirectiveOfVersionOnePointTwo() {
    assertEquals("Pass or fail", only("%YAML 1.2\n---\n" + scale("s", "")).name());
  }

  @Test
  void aKeyOfSeveralLinesWrittenAsAnExplicitKey() {
    GradeScale s = only(scale("s", "extensions:\n  ? a key over\n    two lines\n  : value\n"));
    assertEquals(Map.of("a key over two lines", new ExtensionValue.Text("value")), s.extensions().values());
  }

  @Test
  void aFlowMappingOverSeveralLinesIndentedUnderItsBlock() {
    GradeScale s = only(doc("GradeScale", "s") + "name: \"Pass\n  or fail\"\ngrades: [\n  {id: pass, label: Pass},\n  {id: fail,\n   label: Fail}\n  ]\n");
    assertEquals("Pass or fail", s.name());
    assertEquals(List.of("Pass", "Fail"), labels(s));
  }

  // ---- an empty key: valid YAML, but peelkit's keys are text ----

  @Test
  void anEmptyKeyIsRefusedAsAKeyNotAsMalformedYaml() {
    // The parser reads an explicit empty key; the entry is refused and the rest of the file read.
    assertEquals(
        List.of("t.yaml:7:4: error[PK006]: extensions.: the key is empty, which YAML reads as null; peelkit's keys are"
            + " text: write the key before its ':'"),
        lines(scale("s", "extensions:\n  ?\n  : value\n  kept: yes\n")));
    // An implicit empty key, in a block or a flow mapping, stops SnakeYAML Engine: the same problem, at the ':'.
    assertEquals(
        List.of("t.yaml:8:3: error[PK006]: the key is empty, which YAML reads as null; peelkit's keys are text: write"
            + " the key before its ':'; stopped reading the file"),
        lines(scale("s", "extensions:\n  a: 1\n  : value\n")));
    assertEquals(
        List.of("t.yaml:6:20: error[PK006]: the key is empty, which YAML reads as null; peelkit's keys are text: write"
            + " the key before its ':'; stopped reading the file"),
        lines(scale("s", "extensions: {a: 1, : value}\n")));
  }

  // ---- invalid: refused as malformed, where it is ----

  @Test
  void aFlowSequenceIndentedLessThanItsBlock() {
    assertEquals(
        List.of(
            "t.yaml:6:1: error[PK001]: grades[1]: malformed YAML: a line inside a flow collection is indented 0 spaces"
                + " and must be indented more than its block, by at least 1 (tabs do not count): indent it further"),
        lines(doc("GradeScale", "s") + "name: Pass or fail\ngrades: [{id: pass, label: Pass},\n{id: fail, label: Fail}\n]\n"));
    // The closing bracket may stand at the block's own column, as it commonly does.
    assertEquals(
        List.of(), lines(doc("GradeScale", "s") + "name: Pass or fail\ngrades: [\n  {id: pass, label: Pass},\n  {id: fail, label: Fail},\n]\n"));
  }

  @Test
  void aQuotedTextIndentedLessThanItsBlock() {
    assertEquals(
        List.of("t.yaml:5:1: error[PK001]: name: malformed YAML: a continued line of a text in a flow or quoted style"
            + " is indented 0 spaces and must be indented more than its block, by at least 1 (tabs do not count): indent"
            + " it further"),
        lines(doc("GradeScale", "s") + "name: \"Pass\nor fail\"\n" + GRADES));
    // Under a sequence entry, the block is the entry's mapping, whose keys are at column 3: three spaces
    // are enough, two are not.
    String entry = doc("GradeScale", "s") + "name: Pass or fail\ngrades:\n- id: pass\n  label: 'Pass\n%smark'\n- {id: fail, label: Fail}\n";
    assertEquals(List.of(), lines(String.format(entry, "   ")));
    assertEquals(
        List.of("t.yaml:8:3: error[PK001]: grades[0].label: malformed YAML: a continued line of a text in a flow or"
            + " quoted style is indented 2 spaces and must be indented more than its block, by at least 3 (tabs do"
            + " not count): indent it further"),
        lines(String.format(entry, "  ")));
  }

  @Test
  void aCommentWithNoWhiteSpaceBeforeIt() {
    String comment = "malformed YAML: a comment must have white space before its '#': write a space before it";
    assertEquals(
        List.of("t.yaml:4:21: error[PK001]: name: " + comment),
        lines(doc("GradeScale", "s") + "name: \"Pass or fail\"# the name\n" + GRADES));
    assertEquals(
        List.of("t.yaml:5:59: error[PK001]: grades: " + comment),
        lines(doc("GradeScale", "s") + "name: Pass or fail\ngrades: [{id: pass, label: Pass}, {id: fail, label: Fail}]#\n"));
    assertEquals(
        List.of("t.yaml:5:34: error[PK001]: grades[0]: " + comment),
        lines(doc("GradeScale", "s") + "name: Pass or fail\ngrades: [{id: pass, label: Pass},# pass\n  {id: fail, label: Fail}]\n"));
  }

  @Test
  void plainDashesInAFlowSequence() {
    assertEquals(
        List.of("t.yaml:6:14: error[PK001]: malformed YAML: found character '-' that cannot start any token. (Do not"
            + " use - for indentation) (while scanning for the next token)"),
        lines(scale("s", "extensions: [-, -]\n")));
  }

  @Test
  void aDirectiveWithNoDocument() {
    assertEquals(
        List.of("t.yaml:2:1: error[PK001]: malformed YAML: expected '<document start>', but found '<stream end>'"),
        lines("%YAML 1.2\n"));
  }

  @Test
  void tabsThatLookLikeIndentation() {
    assertEquals(
        List.of("t.yaml:7:1: error[PK001]: malformed YAML: found character '\\t(TAB)' that cannot start any token. (Do"
            + " not use \\t(TAB) for indentation) (while scanning for the next token)"),
        lines(scale("s", "extensions:\n\ta: 1\n")));
    // In a quoted text's next line, a tab is not indentation either.
    assertEquals(
        List.of("t.yaml:5:2: error[PK001]: name: malformed YAML: a continued line of a text in a flow or quoted style"
            + " is indented 0 spaces and must be indented more than its block, by at least 1 (tabs do not count):"
            + " indent it further"),
        lines(doc("GradeScale", "s") + "name: \"Pass\n\tor fail\"\n" + GRADES));
  }
}
