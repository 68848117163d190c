package io.github.peelkit.examples;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.assessment.Subject;
import io.github.peelkit.assessment.Ungraded;
import io.github.peelkit.assessment.UngradedReason;
import io.github.peelkit.evidence.Measure;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.testkit.PeerGenerator;
import io.github.peelkit.yaml.Catalog;
import io.github.peelkit.yaml.YamlReader;
import io.github.peelkit.yaml.YamlWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the synthetic peers of {@code examples/synthetic/}: made-up values of two of Essex
 * Police's PEEL 2021/22 measures for 42 subjects named {@code synthetic-peer-01} to {@code
 * synthetic-peer-42}, so that Essex's published figures can be set among 43 "forces" as the
 * inspectorate's outlier method does. The report publishes Essex's figures and, for one, the rate
 * across England and Wales, but no other force's values; nothing here pretends to be one.
 *
 * <ul>
 *   <li>{@code peers.csv}: {@code subject,value,measure}, Essex's two published values (read from
 *       {@code data/essex/peel-2021-22.yaml}) and the 42 synthetic values of each measure;
 *   <li>{@code peers-peel-2021-22.yaml}: the same synthetic values as 42 assessments against
 *       {@code peel-2021-22}, each holding the two measures under Essex's evidence ids, for {@code
 *       peel outliers --evidence ID}.
 * </ul>
 *
 * <p>{@code java -cp examples/target/peel.jar io.github.peelkit.examples.SyntheticPeers examples}
 * rewrites both files; {@code SyntheticPeersTest} holds the committed files to what this writes.
 */
public final class SyntheticPeers {
  /** The seed of the committed files: the publication date of Essex's 2021/22 report. */
  public static final long SEED = 20_221_014L;

  /** The peers: the 43 forces of England and Wales less Essex. */
  public static final int COUNT = 42;

  /** The measure of 999 calls answered within ten seconds, by its evidence id in Essex's file. */
  public static final String CALLS = "emergency-calls-10s-2022";

  /** The measure of offences assigned outcome 17, by its evidence id in Essex's file. */
  public static final String OUTCOME_17 = "outcome-17-rate";

  private static final String ESSEX_FILE = "data/essex/peel-2021-22.yaml";
  private static final String ESSEX = "essex-peel-2021-22";

  private SyntheticPeers() {}

  /** The synthetic values of the 999 calls measure: normal about 0.80, sd 0.06, two decimals. */
  static Map<String, BigDecimal> calls(PeerGenerator generate) {
    return generate.normal(COUNT, 0.80, 0.06, 2);
  }

  /**
   * The synthetic values of the outcome 17 measure: lognormal about the England and Wales rate of
   * 0.3 percent the report gives (line 123 of seed 000), spread 0.5 on the log scale, four decimals.
   */
  static Map<String, BigDecimal> outcome17(PeerGenerator generate) {
    return generate.logNormal(COUNT, 0.003, 0.5, 4);
  }

  /**
   * The CSV file.
   *
   * @param essex Essex's 2021/22 assessment, holding the two measures
   * @return the text of {@code peers.csv}
   */
  public static String csv(Assessment essex) {
    PeerGenerator generate = PeerGenerator.of(SEED);
    StringBuilder b = new StringBuilder("subject,value,measure\n");
    append(b, essex, CALLS, calls(generate));
    append(b, essex, OUTCOME_17, outcome17(generate));
    return b.toString();
  }

  private static void append(StringBuilder b, Assessment essex, String measure, Map<String, BigDecimal> peers) {
    Measure published = (Measure) essex.evidence(measure);
    b.append(essex.subject().id()).append(',').append(published.value().toPlainString()).append(',').append(measure).append('\n');
    peers.forEach((subject, value) -> b.append(subject).append(',').append(value.toPlainString()).append(',').append(measure).append('\n'));
  }

  /**
   * The YAML file: one assessment per synthetic peer, every one saying it is synthetic.
   *
   * @param framework the built-in {@code peel-2021-22} framework
   * @return the text of {@code peers-peel-2021-22.yaml}
   */
  public static String yaml(Framework framework) {
    PeerGenerator generate = PeerGenerator.of(SEED);
    Map<String, BigDecimal> calls = calls(generate);
    Map<String, BigDecimal> outcome17 = outcome17(generate);
    String note = "Synthetic: made-up figures for the outlier examples, not a real force or inspection. Written by"
        + " io.github.peelkit.examples.SyntheticPeers with PeerGenerator from seed " + SEED + ".";
    Ungraded ungraded = Ungraded.of(UngradedReason.NOT_INSPECTED, "Synthetic peer: only the measure is made up; nothing was inspected.");
    List<Assessment> peers = new ArrayList<>();
    for (String subject : calls.keySet()) {
      String number = subject.substring(PeerGenerator.SUBJECT_PREFIX.length());
      Measure call = Measure.builder()
          .id(CALLS)
          .description("999 calls answered within ten seconds, year ending 31 March 2022 (synthetic)")
          .value(calls.get(subject))
          .unit("proportion")
          .build();
      Measure outcome = Measure.builder()
          .id(OUTCOME_17)
          .description("Offences assigned outcome 17 (prosecution time limit expired), year ending 30 September 2021 (synthetic)")
          .value(outcome17.get(subject))
          .unit("proportion")
          .build();
      peers.add(Assessment.builder()
          .id(subject)
          .subject(Subject.of(subject, "Synthetic peer " + number + " (not a real force)"))
          .framework(framework)
          .title("Synthetic peer " + number + ": made-up figures for the outlier examples")
          .published(LocalDate.of(2022, 10, 14))
          .note(note)
          .addJudgments(Judgment.builder().area(framework.area("responding-to-the-public")).outcome(ungraded).addEvidence(call).build())
          .addJudgments(Judgment.builder().area(framework.area("investigating-crime")).outcome(ungraded).addEvidence(outcome).build())
          .build());
    }
    return "# Synthetic peers: " + COUNT + " made-up subjects, NOT real police forces or inspections. See README.md here.\n"
        + YamlWriter.standard().write(peers);
  }

  /**
   * Writes {@code synthetic/peers.csv} and {@code synthetic/peers-peel-2021-22.yaml}.
   *
   * @param args the {@code examples} folder, which holds {@code data/essex} and {@code synthetic}
   */
  public static void main(String[] args) {
    Path root = Path.of(args.length > 0 ? args[0] : "examples");
    Catalog catalog = YamlReader.standard().read(root.resolve(ESSEX_FILE)).orThrow();
    Assessment essex = catalog.findAssessment(ESSEX).orElseThrow();
    Path folder = root.resolve("synthetic");
    try {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve("peers.csv"), csv(essex), StandardCharsets.UTF_8);
      Files.writeString(folder.resolve("peers-peel-2021-22.yaml"), yaml(catalog.frameworks().get("peel-2021-22")), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.println("wrote " + folder.resolve("peers.csv") + " and " + folder.resolve("peers-peel-2021-22.yaml"));
  }
}
