package io.github.peelkit.yaml;

import io.github.peelkit.check.Code;
import io.github.peelkit.check.ModelCode;
import java.util.List;

/** What {@link HostileCorpusTest} expects of each file of {@code src/test/resources/hostile}. */
final class HostileCorpus {
  private HostileCorpus() {}

  /** What each committed file must give: the codes of its problems and its first problem, after the file name. */
  record Expected(String file, List<Code> codes, String first) {}

  private static Expected expect(String file, List<Code> codes, String first) {
    return new Expected(file, codes, first);
  }

  static final List<Expected> EXPECTED =
      List.of(
        expect(
            "alias-as-key.yaml",
            List.of(FileCode.UNSUPPORTED_YAML_FEATURE),
            ":7:9: error[PK016]: extensions.base: anchor '&k' is not supported: peelkit refuses anchors and "
                + "aliases; remove it and write values out in full"),
        expect(
            "alias-bomb-billion-laughs.yaml",
            List.of(ModelCode.MISSING_REQUIRED, FileCode.UNSUPPORTED_YAML_FEATURE),
            ":1:1: error[PK005]: name: missing required key 'name'"),
        expect(
            "alias-bomb-flow.yaml",
            List.of(FileCode.UNKNOWN_KEY, ModelCode.MISSING_REQUIRED, FileCode.UNSUPPORTED_YAML_FEATURE),
            ":1:1: error[PK005]: apiVersion: missing required key 'apiVersion'"),
        expect(
            "alias-recursive.yaml",
            List.of(ModelCode.INVALID_VALUE, FileCode.UNSUPPORTED_YAML_FEATURE),
            ":1:1: error[PK016]: anchor '&a' is not supported: peelkit refuses anchors and aliases; remove it "
                + "and write values out in full"),
        expect(
            "anchor-on-document.yaml",
            List.of(FileCode.UNSUPPORTED_YAML_FEATURE),
            ":1:5: error[PK016]: anchor '&doc' is not supported: peelkit refuses anchors and aliases; remove it "
                + "and write values out in full"),
        expect(
            "bom-only.yaml",
            List.of(ModelCode.MISSING_REQUIRED),
            ":1:1: error[PK005]: the file holds no document: give it at least one document with apiVersion, kind "
                + "and id"),
        expect(
            "comments-only.yaml",
            List.of(ModelCode.MISSING_REQUIRED),
            ":1:1: error[PK005]: the file holds no document: give it at least one document with apiVersion, kind "
                + "and id"),
        expect(
            "complex-key.yaml",
            List.of(FileCode.UNSUPPORTED_YAML_FEATURE),
            ":7:5: error[PK016]: extensions: a mapping or sequence used as a key is not supported: keys are "
                + "text; stopped reading the file"),
        expect(
            "control-characters.yaml",
            List.of(FileCode.MALFORMED_YAML),
            ":6:19: error[PK001]: character U+0007 is not allowed in YAML: remove it or write it as an escape in "
                + "a double-quoted text"),
        expect(
            "date-extremes.yaml",
            List.of(ModelCode.INVALID_VALUE),
            ":7:12: error[PK006]: published: published '+999999999-12-31' is not a date: write dates as "
                + "YYYY-MM-DD, such as 2022-10-14"),
        expect(
            "document-markers-only.yaml",
            List.of(ModelCode.MISSING_REQUIRED),
            ":2:1: error[PK005]: document 1 is empty: give it apiVersion, kind and id, or remove the '---' "
                + "before it"),
        expect(
            "duplicate-ids.yaml",
            List.of(ModelCode.DUPLICATE_ID),
            ":9:5: error[PK007]: id: GradeScale 's' is already defined at "
                + "src/test/resources/hostile/duplicate-ids.yaml:1:1: give this one "
                + "another id"),
        expect(
            "duplicate-keys.yaml",
            List.of(FileCode.MALFORMED_YAML),
            ":4:1: error[PK001]: id: duplicate key 'id', first given at line 3, column 1: a mapping holds each "
                + "key once; remove one"),
        expect(
            "empty.yaml",
            List.of(ModelCode.MISSING_REQUIRED),
            ":1:1: error[PK005]: the file holds no document: give it at least one document with apiVersion, kind "
                + "and id"),
        expect(
            "escaped-lone-surrogate.yaml",
            List.of(ModelCode.INVALID_VALUE),
            ":6:14: error[PK006]: description: text holds U+D83D, half of a UTF-16 surrogate pair, on its own: "
                + "it is not a Unicode character; write the character itself, or one escape of its code point such as "
                + "\\U0001F693"),
        expect(
            "gzip.yaml",
            List.of(FileCode.MALFORMED_YAML),
            ":1:2: error[PK001]: the file is not valid UTF-8: byte 8B at offset 1 is not part of a UTF-8 "
                + "character; save the file as UTF-8"),
        expect(
            "java-serialized.yaml",
            List.of(FileCode.MALFORMED_YAML),
            ":1:1: error[PK001]: the file is not valid UTF-8: byte AC at offset 0 is not part of a UTF-8 "
                + "character; save the file as UTF-8"),
        expect(
            // One problem for the entry, and the rest of the file read: the unknown key after it is found.
            "key-over-parser-limit.yaml",
            List.of(FileCode.LIMIT_EXCEEDED, FileCode.UNKNOWN_KEY),
            ":7:3: error[PK002]: extensions." + "k".repeat(60) + "…: key of 2000 characters is longer than the limit of"
                + " 256 characters"),
        expect(
            "merge-key.yaml",
            List.of(ModelCode.MISSING_REQUIRED, FileCode.UNSUPPORTED_YAML_FEATURE),
            ":6:5: error[PK016]: grades[0]: anchor '&g' is not supported: peelkit refuses anchors and aliases; "
                + "remove it and write values out in full"),
        expect(
            "nul-in-value.yaml",
            List.of(FileCode.MALFORMED_YAML),
            ":6:19: error[PK001]: character U+0000 is not allowed in YAML: remove it or write it as an escape in "
                + "a double-quoted text"),
        expect(
            "nul-only.yaml",
            List.of(FileCode.MALFORMED_YAML),
            ":1:1: error[PK001]: character U+0000 is not allowed in YAML: remove it or write it as an escape in "
                + "a double-quoted text"),
        expect(
            "number-exponent-estimate.yaml",
            List.of(ModelCode.INVALID_VALUE),
            ":12:77: error[PK006]: judgments[0].evidence[0].reported.estimate: estimate 1e999999999"
                + " is not a number peelkit can use: written out it has 1000000000 digits, more than 1000; give a number of ordinary size"),
        expect(
            "number-exponent-measure.yaml",
            List.of(ModelCode.INVALID_VALUE),
            ":12:55: error[PK006]: judgments[0].evidence[0].value: value 1e999999999"
                + " is not a number peelkit can use: written out it has 1000000000 digits, more than 1000; give a number of ordinary size"),
        expect(
            "number-exponent-standard.yaml",
            List.of(ModelCode.INVALID_VALUE),
            ":12:106: error[PK006]: judgments[0].evidence[0].standard.atMost: atMost 1e999999999"
                + " is not a number peelkit can use: written out it has 1000000000 digits, more than 1000; give a number of ordinary size"),
        expect(
            "number-exponent-tiny-estimate.yaml",
            List.of(ModelCode.INVALID_VALUE),
            ":12:77: error[PK006]: judgments[0].evidence[0].reported.estimate: estimate 5e-999999999"
                + " is not a number peelkit can use: written out it has 1000000000 digits, more than 1000; give a number of ordinary size"),
        expect(
            "number-extremes.yaml",
            List.of(ModelCode.INVALID_VALUE),
            ":7:12: error[PK006]: published: published '2022-02-30' is not a date of the calendar: Invalid date "
                + "'FEBRUARY 30'"),
        expect(
            "png-header.yaml",
            List.of(FileCode.MALFORMED_YAML),
            ":1:1: error[PK001]: the file is not valid UTF-8: byte 89 at offset 0 is not part of a UTF-8 "
                + "character; save the file as UTF-8"),
        expect(
            "restated-built-in-renamed.yaml",
            List.of(ModelCode.DUPLICATE_ID),
            ":4:5: error[PK007]: id: Framework 'peel-2021-22' is built in, and this definition conflicts with it: 'Protecting"
                + " vulnerable people' names area 'investigating-crime' here, area 'protecting-vulnerable-people' in the"
                + " built-in; give yours another id"),
        expect(
            "scalar-document.yaml",
            List.of(ModelCode.INVALID_VALUE),
            ":1:1: error[PK006]: a document is a mapping with apiVersion, kind and id, not text 'just text'"),
        expect(
            "sequence-document.yaml",
            List.of(ModelCode.INVALID_VALUE),
            ":1:1: error[PK006]: a document is a mapping with apiVersion, kind and id, not a sequence"),
        expect(
            // YAML 1.2 allows the tab after 'apiVersion:' (line 1); the tab indenting line 6 is the error.
            "tab-in-flow.yaml",
            List.of(FileCode.MALFORMED_YAML),
            ":6:1: error[PK001]: malformed YAML: found character '\\t(TAB)' that cannot start any token. (Do "
                + "not use \\t(TAB) for indentation) (while scanning for the next token)"),
        expect(
            "tab-indentation.yaml",
            List.of(FileCode.MALFORMED_YAML),
            ":7:1: error[PK001]: malformed YAML: found character '\\t(TAB)' that cannot start any token. (Do not "
                + "use \\t(TAB) for indentation) (while scanning for the next token)"),
        expect(
            "tag-detonator.yaml",
            List.of(FileCode.UNSUPPORTED_YAML_FEATURE),
            ":4:7: error[PK016]: name: tag '!!io.github.peelkit.yaml.Detonator' is not supported: remove it; "
                + "values are read by their plain form"),
        expect(
            "tag-directive.yaml",
            List.of(FileCode.UNSUPPORTED_YAML_FEATURE),
            ":6:7: error[PK016]: name: tag '!!io.github.peelkit.yaml.Detonator' is not supported: remove it; "
                + "values are read by their plain form"),
        expect(
            "tag-on-document.yaml",
            List.of(FileCode.UNSUPPORTED_YAML_FEATURE),
            ":1:5: error[PK016]: tag '!!io.github.peelkit.yaml.Detonator' is not supported: remove it; values "
                + "are read by their plain form"),
        expect(
            "tag-on-key.yaml",
            List.of(FileCode.UNSUPPORTED_YAML_FEATURE),
            ":7:3: error[PK016]: extensions.key: tag '!!io.github.peelkit.yaml.Detonator' is not supported: "
                + "remove it; values are read by their plain form"),
        expect(
            "tag-script-engine.yaml",
            List.of(FileCode.UNSUPPORTED_YAML_FEATURE),
            ":4:7: error[PK016]: name: tag '!!javax.script.ScriptEngineManager' is not supported: remove it; "
                + "values are read by their plain form"),
        expect(
            "tag-str-on-number.yaml",
            List.of(FileCode.UNSUPPORTED_YAML_FEATURE),
            ":7:12: error[PK016]: published: tag '!!timestamp' is not supported: remove it; values are read by "
                + "their plain form"),
        expect(
            "terminal-escapes-in-references.yaml",
            List.of(ModelCode.UNRESOLVED_REFERENCE),
            ":5:12: error[PK008]: framework: unknown framework 'peel\\e[2J\\e]0;pwned\\u0007'; valid values: "
                + "hmic-2007, core-business-2014, peel-2016, peel-2021-22"),
        expect(
            "trojan-source-id.yaml",
            List.of(ModelCode.INVALID_VALUE),
            ":3:5: error[PK006]: id: id 'pass\\u202E-fail' is not a valid id: use lower-case letters and digits "
                + "joined by single hyphens, such as 'peel-2021'"),
        expect(
            "unterminated-quote.yaml",
            List.of(FileCode.MALFORMED_YAML),
            ":6:1: error[PK001]: malformed YAML: found unexpected end of stream (while scanning a quoted scalar "
                + "that starts at line 4, column 7)"),
        expect(
            "utf16le-bom.yaml",
            List.of(FileCode.MALFORMED_YAML),
            ":1:1: error[PK001]: the file is UTF-16 encoded; peelkit reads UTF-8: save it as UTF-8"),
        expect(
            "utf32-be.yaml",
            List.of(FileCode.MALFORMED_YAML),
            ":1:1: error[PK001]: the file is UTF-32 encoded; peelkit reads UTF-8: save it as UTF-8"),
        expect(
            "utf32le-bom.yaml",
            List.of(FileCode.MALFORMED_YAML),
            ":1:1: error[PK001]: the file is UTF-32 encoded; peelkit reads UTF-8: save it as UTF-8"),
        expect(
            "utf8-beyond-unicode.yaml",
            List.of(FileCode.MALFORMED_YAML),
            ":6:18: error[PK001]: the file is not valid UTF-8: byte F4 at offset 141 is not part of a UTF-8 "
                + "character; save the file as UTF-8"),
        expect(
            "utf8-lone-continuation.yaml",
            List.of(FileCode.MALFORMED_YAML),
            ":6:17: error[PK001]: the file is not valid UTF-8: byte 80 at offset 140 is not part of a UTF-8 "
                + "character; save the file as UTF-8"),
        expect(
            "utf8-overlong.yaml",
            List.of(FileCode.MALFORMED_YAML),
            ":6:18: error[PK001]: the file is not valid UTF-8: byte C0 at offset 141 is not part of a UTF-8 "
                + "character; save the file as UTF-8"),
        expect(
            "utf8-surrogate.yaml",
            List.of(FileCode.MALFORMED_YAML),
            ":6:18: error[PK001]: the file is not valid UTF-8: byte ED A0 80 at offset 141 is not part of a "
                + "UTF-8 character; save the file as UTF-8"),
        expect(
            "utf8-truncated-at-end.yaml",
            List.of(FileCode.MALFORMED_YAML),
            ":7:2: error[PK001]: the file is not valid UTF-8: byte F0 9F 9A at offset 144 is not part of a UTF-8 "
                + "character; save the file as UTF-8"),
        expect(
            "utf8-truncated.yaml",
            List.of(FileCode.MALFORMED_YAML),
            ":6:21: error[PK001]: the file is not valid UTF-8: byte C3 at offset 144 is not part of a UTF-8 "
                + "character; save the file as UTF-8"),
        expect(
            // A line of a tab alone is an empty line in YAML 1.2: the file holds nothing.
            "whitespace-only.yaml",
            List.of(ModelCode.MISSING_REQUIRED),
            ":1:1: error[PK005]: the file holds no document: give it at least one document with apiVersion, kind "
                + "and id"),
        expect(
            "yaml-directive.yaml",
            List.of(FileCode.MALFORMED_YAML),
            ":1:1: error[PK001]: malformed YAML: the file asks for YAML 9.9; peelkit reads YAML 1.2: write %YAML "
                + "1.2, or remove the directive"),
        expect(
            "zip-header.yaml",
            List.of(FileCode.MALFORMED_YAML),
            ":1:42: error[PK001]: the file is not valid UTF-8: byte C8 at offset 41 is not part of a UTF-8 "
                + "character; save the file as UTF-8")
  );

}
