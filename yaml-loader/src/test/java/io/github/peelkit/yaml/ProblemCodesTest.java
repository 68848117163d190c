package io.github.peelkit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One minimal file per problem code, and the exact text the reader prints for it: messages are API. */
class ProblemCodesTest {
  static Stream<Arguments> files() {
    return Stream.of(
        Arguments.of(
            "pk001-malformed.yaml",
            "pk001-malformed.yaml:6:1: error[PK001]: malformed YAML: found unexpected end of stream (while scanning a"
                + " quoted scalar that starts at line 4, column 7)\n"),
        Arguments.of(
            "pk002-limit.yaml",
            "pk002-limit.yaml:9:3: error[PK002]: extensions.kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk…:"
                + " key of 300 characters is longer than the limit of 256 characters\n"),
        Arguments.of(
            "pk003-api-version.yaml",
            "pk003-api-version.yaml:1:13: error[PK003]: apiVersion: unknown apiVersion 'peelkit/v2'; did you mean"
                + " 'peelkit/v1'?\n"),
        Arguments.of(
            "pk004-unknown-key.yaml",
            "pk004-unknown-key.yaml:10:5: error[PK004]: judgments[0].grdae: unknown key 'grdae'; did you mean 'grade'?\n"),
        Arguments.of(
            "pk005-empty.yaml",
            "pk005-empty.yaml:1:1: error[PK005]: the file holds no document: give it at least one document with"
                + " apiVersion, kind and id\n"),
        Arguments.of(
            "pk005-missing-key.yaml",
            "pk005-missing-key.yaml:5:3: error[PK005]: subject.name: missing required key 'name'\n"),
        Arguments.of(
            "pk006-quoted-number.yaml",
            "pk006-quoted-number.yaml:14:15: error[PK006]: judgments[0].evidence[0].size: expected an integer, got text"
                + " '196': write numbers without quotes\n"),
        Arguments.of(
            "pk007-duplicate-id.yaml",
            "pk007-duplicate-id.yaml:9:5: error[PK007]: id: GradeScale 'pass-fail' is already defined at"
                + " pk007-duplicate-id.yaml:1:1: give this one another id\n"),
        Arguments.of(
            "essex.yaml",
            "essex.yaml:41:12: error[PK008]: judgments[2].grade: unknown grade 'requires improvment' in scale peel-2021;"
                + " did you mean 'requires-improvement'?\n"),
        Arguments.of(
            "pk009-impossible-evidence.yaml",
            "pk009-impossible-evidence.yaml:13:20: error[PK009]: judgments[0].evidence[0].successes: successes 31 is"
                + " greater than size 28: a sample cannot have more successes than records\n"),
        Arguments.of(
            "pk010-published-figures.yaml",
            "pk010-published-figures.yaml:16:19: warning[PK010]: judgments[0].evidence[0].reported: published 0.875 ±"
                + " 0.049 does not fit 168 of 196 (wald, 95%): its estimate 0.857143 would be published as 0.857; check"
                + " the successes, size, level and method\n"),
        Arguments.of(
            "pk011-mapping-law.yaml",
            "pk011-mapping-law.yaml:8:9: error[PK011]: rules.good: mapping peel-2014-to-peel-2021-careless is not"
                + " contiguous: good maps to [good, requires-improvement], which leaves out [adequate]\n"
                + "pk011-mapping-law.yaml:9:25: error[PK011]: rules.requires improvement: mapping"
                + " peel-2014-to-peel-2021-careless is not monotone: good maps to [good, requires-improvement] but the"
                + " worse grade requires-improvement maps to [good]\n"),
        Arguments.of(
            "pk012-judgment-conflict.yaml",
            "pk012-judgment-conflict.yaml:11:15: error[PK012]: judgments[0].ungraded: judgment of area"
                + " 'vetting-and-counter-corruption' has both a grade and ungraded: keep one\n"),
        Arguments.of(
            "pk013-concern-without-recommendation.yaml",
            "pk013-concern-without-recommendation.yaml:12:9: warning[PK013]: judgments[0].findings[0]: cause of concern"
                + " 'DV does not feature as a matter of course within NIM-based processes' has no recommendation: a"
                + " cause of concern is always accompanied by one; link it under recommendations\n"),
        Arguments.of(
            "pk014-inadequate-without-concern.yaml",
            "pk014-inadequate-without-concern.yaml:10:12: warning[PK014]: judgments[0].grade: area"
                + " 'responding-to-the-public' is graded inadequate without a cause of concern: inadequate is given"
                + " where the inspectorate has causes of concern; add the cause of concern as a finding\n"),
        Arguments.of(
            "pk015-distribution.yaml",
            "pk015-distribution.yaml:13:15: error[PK015]: judgments[0].distribution.counts: counts add up to 44, not to"
                + " the population of 43: correct a count or the population\n"),
        Arguments.of(
            "pk017-grading-law.yaml",
            "pk017-grading-law.yaml:11:7: error[PK017]: points.bands[1]: rules youth-justice-careless are not monotone: inputs"
                + " [good, good, good, good, good, good, requires-improvement, requires-improvement, requires-improvement,"
                + " requires-improvement, requires-improvement, requires-improvement] give good (band 3), but with input 1"
                + " improved from good to outstanding they give the worse requires-improvement (band 2)\n"),
        Arguments.of(
            "pk018-unreachable.yaml",
            "pk018-unreachable.yaml:9:5: warning[PK018]: rules[1]: rule 2 of rules key-questions decides no combination of"
                + " inputs: an earlier rule holds wherever it does, or its condition never holds\n"),
        Arguments.of(
            "pk019-derived-grade.yaml",
            "pk019-derived-grade.yaml:28:12: warning[PK019]: judgments[5].grade: judgment of area 'overall' is graded good, but"
                + " rules cqc-adult-social-care-2022 derive requires-improvement from safe (requires-improvement), effective"
                + " (good), caring (good), responsive (good) and well-led (requires-improvement): no rule before it holds: rule"
                + " 4 (otherwise) gives requires-improvement; if the inspectorate departed from its rules, record why with"
                + " override: {reason: ...}\n"),
        Arguments.of(
            "pk020-distribution.yaml",
            "pk020-distribution.yaml:15:15: warning[PK020]: judgments[0].distribution.counts: distribution of area"
                + " 'managing-offenders' differs from the 3 loaded assessments of framework peel-2021-22, the whole population"
                + " of 3: published good 2, adequate 1; loaded good 1, adequate 2; correct the counts or the grades\n"),
        Arguments.of(
            "pk016-alias.yaml",
            "pk016-alias.yaml:4:7: error[PK016]: name: anchor '&name' is not supported: peelkit refuses anchors and"
                + " aliases; remove it and write values out in full\n"
                + "pk016-alias.yaml:5:14: error[PK016]: description: alias '*name' is not supported: peelkit refuses"
                + " anchors and aliases; write the value out in full\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void printsTheProblemOfEachCodeExactly(String file, String expected) throws IOException {
    String text = Files.readString(Path.of("src/test/resources/codes", file));
    LoadResult result = YamlReader.standard().read(file, text);
    assertEquals(expected, ProblemPrinter.text(result.problems()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void readingTheFileByPathGivesTheSameProblems(String file, String expected) {
    Path path = Path.of("src/test/resources/codes", file);
    LoadResult result = YamlReader.standard().read(path);
    assertEquals(expected.replace(file, path.toString()), ProblemPrinter.text(result.problems()));
  }
}
