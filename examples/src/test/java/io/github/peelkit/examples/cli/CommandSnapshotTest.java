package io.github.peelkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact output of every command on the bundled data: output formats are API, so each one is
 * held to an expected file under {@code src/test/resources/snapshots}: {@code NAME.out} for standard
 * output and {@code NAME.err} for standard error (absent when nothing is expected there). The
 * version of peel is written {@code VERSION} in them, and the working directory's URI {@code
 * file:///WORKING-DIRECTORY/}.
 *
 * <p>To regenerate the expected files after a deliberate change, run from the repository root
 *
 * <pre>{@code mvn -q -pl examples -am verify -Dpeel.snapshots.update=true -Dtest=CommandSnapshotTest -Dsurefire.failIfNoSpecifiedTests=false}</pre>
 *
 * <p>and review the diff of {@code examples/src/test/resources/snapshots} before committing it.
 * Commands run in-process with the module folder as working directory, so paths read {@code
 * data/essex/...}.
 */
class CommandSnapshotTest {
  private static final Path SNAPSHOTS = Path.of("src/test/resources/snapshots");
  private static final boolean UPDATE = Boolean.getBoolean("peel.snapshots.update");

  private static final String COMPARE = "src/test/resources/cli/compare/";
  private static final String HMIC_2007 = "data/essex/hmic-2007.yaml";
  private static final String SERIES = "synthetic-grades/series";

  private static final String PEEL_2021 = "data/essex/peel-2021-22.yaml";
  private static final String PEEL_2016 = "data/essex/peel-2016.yaml";
  private static final String INVALID = "src/test/resources/cli/invalid";
  private static final String BAD_CATALOG = "src/test/resources/cli/bad-catalog";
  private static final String PEERS = "synthetic/peers.csv";
  private static final String PEER_ASSESSMENTS = "synthetic/peers-peel-2021-22.yaml";
  private static final String OUTLIERS = "src/test/resources/cli/outliers/";
  private static final String GRADE = "src/test/resources/cli/grade/";
  private static final String CQC = "cqc-adult-social-care-2022";
  private static final String HMIP = "hmip-youth-justice-2018";
  private static final String DORSET = "data/hmip/youth-justice-dorset-2023.yaml";
  private static final String HOMES = "data/cqc/adult-social-care.yaml";
  private static final String CODES = "../yaml-loader/src/test/resources/codes/";

  static Stream<Arguments> cases() {
    return Stream.of(
        snapshot("help", 0, "--help"),
        snapshot("help-validate", 0, "validate", "--help"),
        snapshot("help-show", 0, "show", "--help"),
        snapshot("help-convert", 0, "convert", "--help"),
        snapshot("help-interval", 0, "interval", "--help"),
        snapshot("help-catalog", 0, "catalog", "--help"),
        snapshot("help-outliers", 0, "outliers", "--help"),
        snapshot("help-grade", 0, "grade", "--help"),
        snapshot("help-report", 0, "report", "--help"),
        snapshot("show-peel-2021-22", 0, "show", PEEL_2021),
        snapshot("show-peel-2021-22-as-of-release", 0, "show", PEEL_2021, "--as-of", "2022-10-14"),
        snapshot("show-peel-2021-22-json", 0, "show", PEEL_2021, "--format", "json"),
        snapshot("show-peel-2021-22-markdown", 0, "show", PEEL_2021, "--format", "markdown"),
        snapshot("show-peel-2016", 0, "show", PEEL_2016),
        snapshot("show-peel-2016-markdown", 0, "show", PEEL_2016, "--format", "markdown"),
        snapshot("show-hmic-2007", 0, "show", "data/essex/hmic-2007.yaml"),
        snapshot("show-core-business-2014", 0, "show", "data/essex/core-business-2014.yaml"),
        snapshot("show-warnings", 0, "show", INVALID + "/warnings.yaml"),
        snapshot("show-invalid", 1, "show", INVALID + "/essex-typos.yaml"),
        snapshot("validate-data", 0, "validate", "data"),
        snapshot("validate-data-json", 0, "validate", "data", "--format", "json"),
        snapshot("validate-data-sarif", 0, "validate", "data", "--format", "sarif"),
        snapshot("validate-invalid", 1, "validate", INVALID),
        snapshot("validate-invalid-json", 1, "validate", INVALID, "--format", "json"),
        snapshot("validate-invalid-sarif", 1, "validate", INVALID, "--format", "sarif"),
        snapshot("validate-empty-json", 1, "validate", "src/test/resources/cli/empty", "--format", "json"),
        snapshot("validate-empty-sarif", 1, "validate", "src/test/resources/cli/empty", "--format", "sarif"),
        snapshot("validate-bad-catalog-json", 1, "validate", PEEL_2021, "--catalog", BAD_CATALOG, "--format", "json"),
        snapshot("validate-bad-catalog-sarif", 1, "validate", PEEL_2021, "--catalog", BAD_CATALOG, "--format", "sarif"),
        snapshot("validate-missing-file-sarif", 2, "validate", "no-such.yaml", "--format", "sarif"),
        snapshot("validate-unknown-option-json", 2, "validate", PEEL_2021, "--colour", "--format=JSON"),
        snapshot("show-invalid-json", 1, "show", INVALID + "/essex-typos.yaml", "--format", "json"),
        snapshot("show-missing-file-json", 2, "show", "no-such.yaml", "--format", "json"),
        snapshot("interval-full-width-digit", 2, "interval", "--successes", "\uFF11", "--size", "2"),
        snapshot("convert-peel-2016-worst", 0, "convert", PEEL_2016, "--to", "peel-2021", "--policy", "worst"),
        snapshot("convert-peel-2016-worst-text", 0, "convert", PEEL_2016, "--to", "peel-2021", "--policy", "worst", "--format", "text"),
        snapshot("convert-peel-2016-range-json", 0, "convert", PEEL_2016, "--to", "peel-2021", "--policy", "range", "--format", "json"),
        snapshot("convert-peel-2016-strict", 1, "convert", PEEL_2016, "--to", "peel-2021"),
        snapshot("convert-unknown-scale", 2, "convert", PEEL_2016, "--to", "peel-2O21"),
        snapshot("convert-no-mapping", 2, "convert", "data/essex/hmic-2007.yaml", "--to", "peel-2021"),
        snapshot("convert-two-mappings", 2, "convert", PEEL_2016, "--to", "peel-2021", "--catalog", "src/test/resources/cli/catalog"),
        snapshot("help-compare", 0, "compare", "--help"),
        snapshot("compare-peel-2016-2017", 0, "compare", PEEL_2016, "data/essex/peel-2017.yaml"),
        snapshot("compare-peel-2017-2018-19-json", 0, "compare", "data/essex/peel-2017.yaml", "data/essex/peel-2018-19.yaml", "--format", "json"),
        snapshot("compare-peel-2016-2021-22", 0, "compare", PEEL_2016, PEEL_2021),
        snapshot("compare-peel-2016-2021-22-json", 0, "compare", PEEL_2016, PEEL_2021, "--format", "json"),
        snapshot("compare-core-business-2014-peel-2016", 0, "compare", "data/essex/core-business-2014.yaml", PEEL_2016),
        snapshot("compare-hmic-2007-peel-2021-22-json", 0, "compare", HMIC_2007, PEEL_2021, "--format", "json"),
        snapshot("compare-essex-series", 0, "compare", "data/essex"),
        snapshot("compare-essex-series-json", 0, "compare", "data/essex", "--format", "json"),
        snapshot("compare-synthetic-series", 0, "compare", SERIES),
        snapshot("compare-across-scales", 0, "compare", PEEL_2016, COMPARE + "pillars-2021.yaml"),
        snapshot("compare-across-scales-comparable", 0, "compare", PEEL_2016, COMPARE + "pillars-2021.yaml",
            "--catalog", COMPARE + "catalog", "--mapping", "peel-2014-to-peel-2021-comparable"),
        snapshot("compare-across-scales-comparable-json", 0, "compare", PEEL_2016, COMPARE + "pillars-2021.yaml",
            "--catalog", COMPARE + "catalog", "--mapping", "peel-2014-to-peel-2021-comparable", "--format", "json"),
        snapshot("compare-two-mappings", 2, "compare", PEEL_2016, COMPARE + "pillars-2021.yaml", "--catalog", COMPARE + "catalog"),
        snapshot("compare-series-two-mappings", 2, "compare", "data/essex", "--catalog", COMPARE + "catalog"),
        snapshot("compare-series-unused-mapping", 2, "compare", SERIES, "--catalog", COMPARE + "catalog", "--mapping", "peel-2014-to-peel-2021-comparable"),
        snapshot("compare-mapping-of-other-scales", 2, "compare", PEEL_2016, PEEL_2021, "--mapping", "peel-2021-to-peel-2014"),
        snapshot("compare-unknown-mapping", 2, "compare", PEEL_2016, PEEL_2021, "--mapping", "peel-2014-to-peel-2O21"),
        snapshot("compare-mapping-of-nothing", 2, "compare", "data/essex/core-business-2014.yaml", PEEL_2016, "--mapping", "identity"),
        snapshot("compare-two-assessments-in-a-file", 2, "compare", "src/test/resources/cli/two-assessments.yaml", PEEL_2016),
        snapshot("compare-two-subjects", 2, "compare", COMPARE + "other-force-peel-2016.yaml", "data/essex/peel-2017.yaml"),
        snapshot("compare-later-first", 2, "compare", PEEL_2021, PEEL_2016),
        snapshot("compare-folder-and-file", 2, "compare", "data/essex", PEEL_2016),
        snapshot("compare-same-file", 2, "compare", PEEL_2016, "./" + PEEL_2016),
        snapshot("compare-no-assessment", 1, "compare", COMPARE + "framework-only.yaml", PEEL_2016),
        snapshot("compare-converted", 1, "compare", COMPARE + "converted-peel-2016.yaml", PEEL_2021),
        snapshot("compare-invalid", 1, "compare", INVALID + "/essex-typos.yaml", PEEL_2021),
        snapshot("compare-missing-file", 2, "compare", PEEL_2016, "data/essex/peel-2022.yaml"),
        snapshot("compare-three-paths", 2, "compare", PEEL_2016, PEEL_2021, HMIC_2007),
        snapshot("help-table", 0, "table", "--help"),
        snapshot("table-peel-2021-22", 0, "table", "data", "--framework", "peel-2021-22"),
        snapshot("table-hmic-2007-peers", 0, "table", HMIC_2007, "synthetic-grades/hmic-2007", "--framework", "hmic-2007"),
        snapshot("table-hmic-2007-peers-markdown", 0,
            "table", HMIC_2007, "synthetic-grades/hmic-2007", "--framework", "hmic-2007", "--format", "markdown"),
        snapshot("table-hmic-2007-peers-json", 0,
            "table", HMIC_2007, "synthetic-grades/hmic-2007", "--framework", "HMIC inspection of neighbourhood policing, performance"
                + " management and protecting vulnerable people, 2007", "--format", "json"),
        snapshot("table-hmic-2007-distribution", 0,
            "table", HMIC_2007, "synthetic-grades/hmic-2007", "--framework", "hmic-2007", "--distribution"),
        snapshot("table-hmic-2007-distribution-json", 0,
            "table", HMIC_2007, "synthetic-grades/hmic-2007", "--framework", "hmic-2007", "--distribution", "--format", "json"),
        snapshot("table-hmic-2007-misgraded", 0, "table", HMIC_2007, "synthetic-grades/hmic-2007-misgraded", "--framework", "hmic-2007",
            "--distribution", "--format", "markdown"),
        snapshot("table-series", 0, "table", SERIES, "--framework", "peel-2021-22"),
        snapshot("table-series-json", 0, "table", SERIES, "--framework", "peel-2021-22", "--format", "json"),
        snapshot("table-core-business-2014-distribution", 0, "table", "data", "--framework", "core-business-2014", "--distribution"),
        snapshot("table-unknown-framework", 2, "table", "data", "--framework", "peel-2O21-22"),
        snapshot("table-no-framework", 2, "table", "data"),
        snapshot("table-no-assessment", 1, "table", SERIES, "--framework", "peel-2016"),
        snapshot("table-converted", 1, "table", COMPARE + "converted-peel-2016.yaml", "--framework", "peel-2016"),
        snapshot("table-invalid", 1, "table", INVALID, "--framework", "peel-2021-22"),
        snapshot("table-unknown-format", 2, "table", "data", "--framework", "peel-2021-22", "--format", "text"),
        snapshot("validate-hmic-2007-peers", 0, "validate", HMIC_2007, "synthetic-grades/hmic-2007"),
        snapshot("validate-hmic-2007-misgraded", 0, "validate", HMIC_2007, "synthetic-grades/hmic-2007-misgraded"),
        snapshot("validate-hmic-2007-misgraded-sarif", 0, "validate", HMIC_2007, "synthetic-grades/hmic-2007-misgraded", "--format", "sarif"),
        snapshot("interval", 0, "interval", "--successes", "168", "--size", "196"),
        snapshot("interval-json", 0, "interval", "--successes", "168", "--size", "196", "--format", "json"),
        snapshot("interval-population-wilson-json", 0,
            "interval", "--successes", "22", "--size", "28", "--population", "196", "--method", "wilson", "--level", "0.9", "--format", "json"),
        snapshot("interval-successes-above-size", 2, "interval", "--successes", "200", "--size", "196"),
        snapshot("interval-unknown-method", 2, "interval", "--successes", "1", "--size", "2", "--method", "wilsom"),
        snapshot("interval-bad-number", 2, "interval", "--successes", "1", "--size", "19.6"),
        snapshot("outliers-peers", 0, "outliers", PEERS),
        snapshot("outliers-peers-json", 0, "outliers", PEERS, "--format", "json"),
        snapshot("outliers-peers-csv", 0, "outliers", PEERS, "--format", "csv"),
        snapshot("outliers-evidence", 0, "outliers", "--evidence", "outcome-17-rate", PEEL_2021, PEER_ASSESSMENTS),
        snapshot("outliers-options", 0,
            "outliers", PEERS, "--log-when", "more-normal", "--sd", "population", "-k", "1.5", "--alpha", "0.01", "--format", "json"),
        snapshot("outliers-zero", 0, "outliers", OUTLIERS + "zero.csv"),
        snapshot("outliers-hostile-subjects", 0, "outliers", OUTLIERS + "hostile-subjects.csv"),
        snapshot("outliers-hostile-subjects-json", 0, "outliers", OUTLIERS + "hostile-subjects.csv", "--format", "json"),
        snapshot("outliers-hostile-subjects-csv", 0, "outliers", OUTLIERS + "hostile-subjects.csv", "--format", "csv"),
        snapshot("outliers-missing-value", 1, "outliers", OUTLIERS + "missing-value.csv"),
        snapshot("outliers-not-numbers", 1, "outliers", OUTLIERS + "not-numbers.csv"),
        snapshot("outliers-duplicate-subject", 1, "outliers", OUTLIERS + "duplicate-subject.csv"),
        snapshot("outliers-too-few", 1, "outliers", OUTLIERS + "too-few.csv"),
        snapshot("outliers-constant", 1, "outliers", OUTLIERS + "constant.csv"),
        snapshot("outliers-empty", 1, "outliers", OUTLIERS + "empty.csv"),
        snapshot("outliers-header-only", 1, "outliers", OUTLIERS + "header-only.csv"),
        snapshot("outliers-wrong-header", 1, "outliers", OUTLIERS + "wrong-header.csv"),
        snapshot("outliers-no-header", 1, "outliers", OUTLIERS + "no-header.csv"),
        snapshot("outliers-too-many-cells", 1, "outliers", OUTLIERS + "too-many-cells.csv"),
        snapshot("outliers-unterminated-quote", 1, "outliers", OUTLIERS + "unterminated-quote.csv"),
        snapshot("outliers-not-utf8", 1, "outliers", OUTLIERS + "not-utf8.csv"),
        snapshot("outliers-evidence-units", 1, "outliers", "--evidence", "calls-answered", OUTLIERS + "evidence/units"),
        snapshot("outliers-evidence-twice", 1, "outliers", "--evidence", "calls-answered", OUTLIERS + "evidence/twice"),
        snapshot("outliers-evidence-sample", 1, "outliers", "--evidence", "stop-search-grounds-2021", PEEL_2021),
        snapshot("outliers-evidence-too-few", 1, "outliers", "--evidence", "emergency-calls-10s-2021", "data/essex", "synthetic"),
        snapshot("outliers-evidence-unknown", 2, "outliers", "--evidence", "outcome-17-rat", PEEL_2021, PEER_ASSESSMENTS),
        snapshot("outliers-two-files", 2, "outliers", PEERS, PEERS),
        snapshot("outliers-bad-alpha", 2, "outliers", PEERS, "--alpha", "5"),
        snapshot("outliers-bad-k", 2, "outliers", PEERS, "-k", "0"),
        snapshot("outliers-unknown-log-rule", 2, "outliers", PEERS, "--log-when", "more-norml"),
        snapshot("outliers-missing-file", 2, "outliers", "synthetic/peer.csv"),
        snapshot("outliers-catalog-with-csv", 2, "outliers", PEERS, "--catalog", "src/test/resources/cli/catalog"),
        snapshot("grade-inputs", 0, "grade", "--rules", CQC, "--inputs", "inadequate,Requires improvement,good,Good,Inadequate"),
        snapshot("grade-inputs-json", 0,
            "grade", "--rules", HMIP, "--inputs", "good,good,good,good,good,good,good,good,requires-improvement,outstanding,good,good", "--format",
            "json"),
        snapshot("validate-grading", 1, "validate", CODES + "pk017-grading-law.yaml", CODES + "pk018-unreachable.yaml", CODES + "pk019-derived-grade.yaml"),
        snapshot("grade-inputs-percent", 0, "grade", "--rules", "cqc-local-authority-2023", "--inputs", "3,3,4,3,4,4,3,4,4"),
        snapshot("grade-inputs-csv", 0, "grade", "--rules", CQC, "--inputs", "good, good ,Good,good,requires-improvement", "--format", "csv"),
        snapshot("grade-table", 0, "grade", "--rules", CQC, "--table", GRADE + "key-questions.csv"),
        snapshot("grade-table-json", 0, "grade", "--rules", CQC, "--table", GRADE + "key-questions.csv", "--format", "json"),
        snapshot("grade-table-csv", 0, "grade", "--rules", CQC, "--table", GRADE + "key-questions.csv", "--format", "csv"),
        snapshot("grade-table-columns-in-another-order-csv", 0,
            "grade", "--rules", CQC, "--table", GRADE + "key-questions-in-another-order.csv", "--format", "csv"),
        snapshot("grade-table-standards", 0, "grade", "--rules", HMIP, "--table", GRADE + "standards.csv"),
        snapshot("grade-table-bom-crlf-csv", 0, "grade", "--rules", CQC, "--table", GRADE + "bom-crlf.csv", "--format", "csv"),
        snapshot("grade-table-hostile-header-csv", 0, "grade", "--rules", HMIP, "--table", GRADE + "hostile-header.csv", "--format", "csv"),
        snapshot("grade-catalog-percent-and-limit", 0,
            "grade", "--rules", "statement-scores", "--catalog", "src/test/resources/cli/catalog", "--table", GRADE + "statements.csv"),
        snapshot("grade-catalog-percent-and-limit-json", 0,
            "grade", "--rules", "statement-scores", "--catalog", "src/test/resources/cli/catalog", "--table", GRADE + "statements.csv",
            "--format", "json"),
        snapshot("grade-inputs-mistakes", 1, "grade", "--rules", CQC, "--inputs", "inadequate,goood,good,good"),
        snapshot("grade-table-mistakes", 1, "grade", "--rules", CQC, "--table", GRADE + "mistakes.csv"),
        snapshot("grade-table-bad-rows", 1, "grade", "--rules", CQC, "--table", GRADE + "bad-rows.csv"),
        snapshot("grade-table-not-utf8", 1, "grade", "--rules", CQC, "--table", GRADE + "not-utf8.csv"),
        snapshot("grade-table-empty", 1, "grade", "--rules", CQC, "--table", GRADE + "empty.csv"),
        snapshot("grade-table-header-only", 1, "grade", "--rules", CQC, "--table", GRADE + "header-only.csv"),
        snapshot("grade-table-too-few-columns", 1, "grade", "--rules", HMIP, "--table", GRADE + "too-few-columns.csv"),
        snapshot("grade-unknown-rules", 2, "grade", "--rules", "cqc-adult-social-care-2023", "--inputs", "good"),
        snapshot("grade-inputs-and-table", 2, "grade", "--rules", CQC, "--inputs", "good", "--table", GRADE + "key-questions.csv"),
        snapshot("grade-no-inputs", 2, "grade", "--rules", CQC),
        snapshot("grade-missing-table", 2, "grade", "--rules", CQC, "--table", GRADE + "no-such.csv"),
        snapshot("show-hmip-dorset", 0, "show", DORSET),
        snapshot("show-hmip-dorset-json", 0, "show", DORSET, "--format", "json"),
        snapshot("show-cqc-homes", 0, "show", HOMES),
        snapshot("show-cqc-homes-markdown", 0, "show", HOMES, "--format", "markdown"),
        snapshot("show-cqc-local-authorities", 0, "show", "data/cqc/local-authorities.yaml"),
        snapshot("catalog", 0, "catalog"),
        snapshot("catalog-json", 0, "catalog", "--format", "json"),
        snapshot("catalog-with-folder", 0, "catalog", "--catalog", "src/test/resources/cli/catalog"),
        snapshot("unknown-command", 2, "shw", PEEL_2021),
        snapshot("no-command", 2),
        snapshot("unknown-option", 2, "show", PEEL_2021, "--colour"),
        snapshot("unknown-format", 2, "show", PEEL_2021, "--format", "html"),
        snapshot("unknown-policy", 2, "convert", PEEL_2016, "--to", "peel-2021", "--policy", "worse"),
        snapshot("bad-date", 2, "show", PEEL_2021, "--as-of", "14/10/2022"),
        snapshot("missing-file", 2, "show", "data/essex/peel-2022.yaml"),
        snapshot("missing-catalog", 2, "catalog", "--catalog", "no-such-folder"));
  }

  private static Arguments snapshot(String name, int exitCode, String... args) {
    return Arguments.of(name, exitCode, List.of(args));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void printsExactlyTheExpectedOutput(String name, int exitCode, List<String> args) throws IOException {
    PeelRun run = PeelRun.of(args.toArray(String[]::new));
    String out = normalise(run.out());
    String err = normalise(run.err());
    if (UPDATE) {
      write(name + ".out", out);
      write(name + ".err", err);
    }
    assertEquals(exitCode, run.exitCode(), run.describe());
    assertEquals(read(name + ".out"), out, "standard output of " + name);
    assertEquals(read(name + ".err"), err, "standard error of " + name);
  }

  private static String normalise(String output) {
    return output.replace(Version.number(), "VERSION").replace(Sarif.directoryUri(Path.of("")), "file:///WORKING-DIRECTORY/");
  }

  private static void write(String file, String content) throws IOException {
    Files.createDirectories(SNAPSHOTS);
    Path path = SNAPSHOTS.resolve(file);
    if (content.isEmpty()) {
      Files.deleteIfExists(path);
    } else {
      Files.writeString(path, content, StandardCharsets.UTF_8);
    }
  }

  private static String read(String file) throws IOException {
    Path path = SNAPSHOTS.resolve(file);
    return Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
  }
}
