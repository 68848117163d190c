package io.github.peelkit.examples;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.assessment.Subject;
import io.github.peelkit.assessment.UngradedReason;
import io.github.peelkit.framework.Area;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.testkit.PeerGrades;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.yaml.Catalog;
import io.github.peelkit.yaml.YamlReader;
import io.github.peelkit.yaml.YamlWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the synthetic grades of {@code examples/synthetic-grades/}: made-up subjects named {@code
 * synthetic-force-01} and so on, graded by the kit's {@link PeerGrades} from a fixed seed, so that
 * {@code peel table} and warning PK020 can be shown on a whole population where no real one is
 * published. None of them is a police force, and no inspection is described.
 *
 * <ul>
 *   <li>{@code hmic-2007/peers.yaml}: 42 subjects graded against the built-in {@code hmic-2007}
 *       framework, each area's grades dealt so that, with Essex Police's own grades, the 43 match the
 *       national distributions that Essex's 2007 report publishes (read from {@code
 *       data/essex/hmic-2007.yaml});
 *   <li>{@code hmic-2007-misgraded/peers.yaml}: the same, except one subject's neighbourhood policing
 *       grade, moved one grade up, so that Essex's published distribution no longer agrees (PK020);
 *   <li>{@code series/forces.yaml}: two subjects with three rounds each against {@code peel-2021-22},
 *       every graded area's grade drawn by made-up weights, for time series with every direction and
 *       for the rows of a table that supersede earlier rounds.
 * </ul>
 *
 * <p>{@code java -cp examples/target/peel.jar io.github.peelkit.examples.SyntheticGrades examples}
 * rewrites the files; {@code SyntheticGradesTest} holds the committed files to what this writes.
 */
public final class SyntheticGrades {
  /** The seed of the committed files: the month Essex's 2007 report was published. */
  public static final long SEED = 200_710L;

  /** The peers of Essex: the 43 forces of England and Wales less Essex. */
  public static final int PEERS = 42;

  private static final String ESSEX_FILE = "data/essex/hmic-2007.yaml";
  private static final String ESSEX = "essex-hmic-2007";
  private static final String HEADER =
      "# Synthetic grades: made-up subjects, NOT real police forces or inspections. See ../README.md.\n";

  private SyntheticGrades() {}

  /**
   * The 42 peers of Essex in 2007, their grades dealt from the national distributions less Essex's own.
   *
   * @param essex Essex's 2007 assessment, with the national distributions
   * @param variant whether the peers agree with the distributions, or have one grade moved
   * @return the assessments
   */
  static List<Assessment> hmic2007(Assessment essex, Variant variant) {
    Framework framework = essex.framework();
    PeerGrades deal = PeerGrades.of(SEED);
    Map<String, List<Grade>> dealt = new LinkedHashMap<>();
    for (Judgment j : essex.judgments()) {
      if (j.distribution().isPresent() && j.grade().isPresent()) {
        Map<Grade, Integer> others = new LinkedHashMap<>(j.distribution().get().counts());
        others.merge(j.grade().get(), -1, Integer::sum);
        dealt.put(j.area().id(), deal.deal(others));
      }
    }
    if (variant == Variant.MISGRADED) {
      List<Grade> moved = new ArrayList<>(dealt.get("neighbourhood-policing"));
      int at = moved.indexOf(framework.scale().orElseThrow().grade("good"));
      moved.set(at, framework.scale().orElseThrow().grade("excellent"));
      dealt.put("neighbourhood-policing", moved);
    }
    String note = "Synthetic: made-up grades, not a real force or inspection. Written by io.github.peelkit.examples.SyntheticGrades"
        + " with PeerGrades from seed " + SEED + ": each area's grades dealt so that, with Essex Police's, the 43 match the"
        + " national distributions of Essex's 2007 report"
        + (variant == Variant.MISGRADED ? ", except one neighbourhood policing grade moved from good to excellent." : ".");
    List<Assessment> peers = new ArrayList<>();
    for (int i = 0; i < PEERS; i++) {
      String number = String.format("%02d", i + 1);
      Assessment.Builder peer = Assessment.builder()
          .id("synthetic-force-" + number + "-hmic-2007" + (variant == Variant.MISGRADED ? "-misgraded" : ""))
          .subject(Subject.of("synthetic-force-" + number, "Synthetic force " + number + " (not a real force)"))
          .framework(framework)
          .title("Synthetic force " + number + ": made-up 2007 grades")
          .published(essex.published())
          .note(note);
      for (Area area : framework.allAreas()) {
        List<Grade> grades = dealt.get(area.id());
        if (grades != null) {
          peer.addJudgments(Judgment.graded(area, grades.get(i)));
        } else {
          // An area Essex's report does not grade, such as the overview of protecting vulnerable people, is not graded here either.
          essex.findJudgment(area.id()).flatMap(Judgment::ungraded).ifPresent(u -> peer.addJudgments(Judgment.ungraded(area, u.reason())));
        }
      }
      peers.add(peer.build());
    }
    return peers;
  }

  /** Which set of 2007 peers to write. */
  enum Variant {
    /** Agreeing with every national distribution. */
    AGREEING,
    /** One grade moved. */
    MISGRADED
  }

  /**
   * Two subjects with three rounds each against PEEL 2021/22, every graded area drawn by made-up
   * weights (outstanding 1, good 4, adequate 4, requires improvement 2, inadequate 0: an inadequate
   * grade comes with causes of concern, which are not made up here).
   *
   * @param framework the built-in {@code peel-2021-22} framework
   * @return the assessments, subject by subject, round by round
   */
  static List<Assessment> series(Framework framework) {
    GradeScale scale = framework.scale().orElseThrow();
    Map<Grade, Integer> weights = new LinkedHashMap<>();
    int[] made = {1, 4, 4, 2, 0};
    for (int i = 0; i < scale.size(); i++) {
      weights.put(scale.grade(i), made[i]);
    }
    PeerGrades draw = PeerGrades.of(SEED);
    List<LocalDate> rounds = List.of(LocalDate.of(2022, 10, 14), LocalDate.of(2024, 5, 1), LocalDate.of(2026, 3, 2));
    List<Assessment> all = new ArrayList<>();
    for (String letter : List.of("a", "b")) {
      for (int r = 0; r < rounds.size(); r++) {
        Assessment.Builder round = Assessment.builder()
            .id("synthetic-force-" + letter + "-round-" + (r + 1))
            .subject(Subject.of("synthetic-force-" + letter, "Synthetic force " + letter.toUpperCase(Locale.ROOT) + " (not a real force)"))
            .framework(framework)
            .title("Synthetic force " + letter.toUpperCase(Locale.ROOT) + ", round " + (r + 1) + ": made-up grades")
            .published(rounds.get(r))
            .note("Synthetic: made-up grades, not a real force or inspection. Written by io.github.peelkit.examples.SyntheticGrades"
                + " with PeerGrades from seed " + SEED + ".");
        for (Area area : framework.allAreas()) {
          round.addJudgments(
              area.graded()
                  ? Judgment.graded(area, draw.draw(weights, 1).get(0))
                  : Judgment.ungraded(area, UngradedReason.NOT_GRADED));
        }
        all.add(round.build());
      }
    }
    return all;
  }

  /**
   * The files, by their path under {@code synthetic-grades/}.
   *
   * @param root the {@code examples} folder, which holds {@code data/essex}
   * @return each file's text by its relative path, in name order
   */
  public static Map<String, String> files(Path root) {
    Catalog catalog = YamlReader.standard().read(root.resolve(ESSEX_FILE)).orThrow();
    Assessment essex = catalog.findAssessment(ESSEX).orElseThrow();
    Map<String, String> files = new TreeMap<>();
    files.put("hmic-2007/peers.yaml", HEADER + YamlWriter.standard().write(List.copyOf(hmic2007(essex, Variant.AGREEING))));
    files.put("hmic-2007-misgraded/peers.yaml", HEADER + YamlWriter.standard().write(List.copyOf(hmic2007(essex, Variant.MISGRADED))));
    files.put("series/forces.yaml", HEADER + YamlWriter.standard().write(List.copyOf(series(catalog.frameworks().get("peel-2021-22")))));
    return files;
  }

  /**
   * Writes the files under {@code synthetic-grades/}.
   *
   * @param args the {@code examples} folder
   */
  public static void main(String[] args) {
    Path root = Path.of(args.length > 0 ? args[0] : "examples");
    Path folder = root.resolve("synthetic-grades");
    try {
      for (Map.Entry<String, String> file : files(root).entrySet()) {
        Path path = folder.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        System.out.println("wrote " + path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
