package io.github.peelkit.consumer;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Converted;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Violation;
import io.github.peelkit.compare.AreaDirection;
import io.github.peelkit.compare.AreaDistribution;
import io.github.peelkit.compare.Direction;
import io.github.peelkit.compare.DirectionOfTravel;
import io.github.peelkit.compare.GradeTable;
import io.github.peelkit.compare.MappingChoice;
import io.github.peelkit.compare.PeerDistributions;
import io.github.peelkit.compare.TimeSeries;
import io.github.peelkit.evidence.Sample;
import io.github.peelkit.framework.Frameworks;
import io.github.peelkit.testkit.GradingGenerator;
import io.github.peelkit.testkit.UnlawfulRules;
import io.github.peelkit.grading.Derivations;
import io.github.peelkit.grading.Evaluation;
import io.github.peelkit.grading.GradingLaw;
import io.github.peelkit.grading.GradingLawViolation;
import io.github.peelkit.grading.GradingLaws;
import io.github.peelkit.grading.GradingRuleSets;
import io.github.peelkit.grading.GradingRules;
import io.github.peelkit.interval.ConfidenceInterval;
import io.github.peelkit.interval.IntervalMethod;
import io.github.peelkit.mapping.GradeConversion;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.mapping.Policy;
import io.github.peelkit.normality.ShapiroWilk;
import io.github.peelkit.outlier.Flag;
import io.github.peelkit.outlier.OutlierAnalysis;
import io.github.peelkit.outlier.OutlierOptions;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeDefinition;
import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.yaml.Catalog;
import io.github.peelkit.yaml.FileCode;
import io.github.peelkit.yaml.LoadResult;
import io.github.peelkit.yaml.Location;
import io.github.peelkit.yaml.Problem;
import io.github.peelkit.yaml.ProblemPrinter;
import io.github.peelkit.yaml.TerminalText;
import io.github.peelkit.yaml.YamlReader;
import io.github.peelkit.yaml.YamlWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Uses peelkit as a library: loads an assessment, converts a grade to the 2014 scale, computes the
 * interval of a sample, writes the assessment and reads it back, prints a problem, and evaluates and
 * checks grading rules; checks each
 * answer and exits with 1 when any check fails, so that the build running it fails.
 *
 * <p>Arguments: {@code class-path} or {@code module-path} (how it was started, which it checks too),
 * and the YAML file to load.
 */
public final class Main {
  private Main() {}

  /**
   * Runs the checks.
   *
   * @param args how it was started, and the file to load
   */
  public static void main(String[] args) {
    String mode = args[0];
    Path file = Path.of(args[1]);

    Module loader = YamlReader.class.getModule();
    Module self = Main.class.getModule();
    if (mode.equals("module-path")) {
      check("peelkit's loader is the named module io.github.peelkit.yaml", "io.github.peelkit.yaml", loader.getName());
      check("peelkit's core is the named module io.github.peelkit.core", "io.github.peelkit.core", Grade.class.getModule().getName());
      check("this program is the named module io.github.peelkit.consumer", "io.github.peelkit.consumer", self.getName());
    } else {
      check("peelkit runs on the class path, in the unnamed module", false, loader.isNamed() || self.isNamed());
    }

    Builders.run();
    Factories.run();
    LoadResult result = YamlReader.standard().read(file);
    result.problems().forEach(p -> System.err.println(p.toText()));
    Catalog catalog = result.orThrow();
    Assessment essex = catalog.findAssessment("essex-peel-2021-22").orElseThrow();
    Judgment fairness = essex.judgments().get(0);
    check("the judgment's area, given by its press-release alias", "fairness-and-respect", fairness.area().id());
    Grade good = fairness.grade().orElseThrow();
    check("the judgment's grade", "good", good.id());

    GradeMapping back = catalog.mappings().get("peel-2021-to-peel-2014");
    GradeConversion conversion = back.convert(good);
    check("good in 2021/22 as a 2014 grade", List.of("good"), conversion.targets().ids());
    check("the inspectorate's caveat travels with the conversion", false, conversion.comparable());
    GradeConversion adequate = back.convert(back.from().grade("adequate"));
    check(
        "adequate in 2021/22 as 2014 grades",
        List.of("good", "requires-improvement"),
        adequate.targets().ids());

    Sample sample = (Sample) fairness.evidence("stop-search-grounds-2021");
    ConfidenceInterval wald = sample.interval().orElseThrow();
    check("the method the inspectorate's figures match", IntervalMethod.WALD, wald.method());
    check("estimate, as published", "0.857", String.format(Locale.ROOT, "%.3f", wald.estimate()));
    check("margin, as published", "0.049", String.format(Locale.ROOT, "%.3f", wald.margin()));
    ConfidenceInterval wilson = sample.interval(IntervalMethod.WILSON, 0.95).orElseThrow();
    check("the Wilson interval lies within [0, 1]", true, wilson.lower() >= 0 && wilson.upper() <= 1);

    // Writing and reading back, and problems as JSON: the parts that use Jackson, on either path.
    String written = YamlWriter.standard().write(essex);
    check("the written assessment reads back equal", essex, YamlReader.standard().read("written.yaml", written).orThrow()
        .findAssessment(essex.id()).orElseThrow());
    LoadResult broken = YamlReader.standard().read("broken.yaml", written.replace("grade: good", "grade: goood"));
    check(
        "a misspelt grade, as a compiler would print it",
        "broken.yaml:12:12: error[PK008]: judgments[0].grade: unknown grade 'goood' in scale peel-2021; did you mean"
            + " 'good'?",
        broken.problems().get(0).toText());
    check("the problem as JSON", true, ProblemPrinter.json(broken.problems()).contains("\"code\":\"PK008\""));
    check("a text from a file, printable as problems print it", "essex\\e[2J", TerminalText.printable("essex\u001B[2J"));
    Problem first = broken.problems().get(0);
    check("the problem's code, by its name", ModelCode.UNRESOLVED_REFERENCE, first.code());
    check("the problem's location", Location.of("broken.yaml", 12, 12), first.location());
    check(
        "a problem made by a tool of its own",
        "mine.yaml:3:1: error[PK004]: grdae: unknown key 'grdae'",
        Problem.of(FileCode.UNKNOWN_KEY, Location.of("mine.yaml", 3, 1), "grdae", "unknown key 'grdae'").toText());
    check("every code a read can report, the file's and the model's", true,
        YamlReader.codes().containsAll(List.of(FileCode.UNKNOWN_KEY, ModelCode.UNRESOLVED_REFERENCE)));

    // Converting a whole assessment, and the rules of the model as values.
    Assessment worst = essex.convert(back, Policy.WORST);
    check("the converted judgment's outcome", Converted.class, worst.judgments().get(0).outcome().getClass());
    try {
      GradeScale.of("Bad Id", " ", List.of(GradeDefinition.of("only", "Only")));
      check("a scale that breaks its rules is refused", true, false);
    } catch (InvariantException e) {
      check("every violation, at once", List.of("id", "name", "grades"), e.violations().stream().map(Violation::path).toList());
    }

    // Grading rules: the built-in ones from the catalogue, evaluated with their words, their laws, and derived grades.
    GradingRules cqc = catalog.findGradingRules("cqc-adult-social-care-2022").orElseThrow();
    check("the catalogue's rules are core's", GradingRuleSets.CQC_ADULT_SOCIAL_CARE_2022, cqc);
    check("the catalogue's frameworks are core's", Frameworks.all(), List.copyOf(catalog.frameworks().values()));
    check("a built-in framework by id", Optional.of(Frameworks.PEEL_2021_22), Frameworks.find("PEEL-2021-22"));
    GradeScale ratings = cqc.inputScale();
    Grade inadequate = ratings.grade("inadequate");
    Grade requiresImprovement = ratings.grade("requires-improvement");
    Evaluation croftDene = cqc.evaluate(inadequate, requiresImprovement, requiresImprovement, requiresImprovement, inadequate);
    check("two inadequate key questions", "inadequate", croftDene.grade().id());
    check("in words a reader can check", "2 of 5 inputs are inadequate: rule 1 gives inadequate", croftDene.explanation());
    GradingRules hmip = GradingRuleSets.HMIP_YOUTH_JUSTICE_2018;
    check("the youth justice score is banded exactly", "24", hmip.evaluate(
        java.util.Collections.nCopies(12, hmip.inputScale().grade("good"))).score().orElseThrow().value());
    check("the built-in rules are lawful", List.of(), GradingLaws.check(cqc));
    List<GradingLawViolation> found =
        GradingLaws.check(ratings, ratings, 2, grades -> grades.get(0).isBetterThan(grades.get(1)) ? grades.get(1) : grades.get(0));
    check("the worse of two grades is lawful", List.of(), found);
    UnlawfulRules unlawful = GradingGenerator.of(7).unlawful(GradingLaw.MONOTONE);
    check("generated unlawful rules break their law", true, unlawful.check().stream().anyMatch(v -> v.law() == GradingLaw.MONOTONE));
    check("written rules read back equal", hmip, YamlReader.standard().read("rules.yaml", YamlWriter.standard().write(hmip)).orThrow()
        .findGradingRules(hmip.id()).orElseThrow());
    check("no derived grade in Essex", List.of(), Derivations.check(essex, catalog.gradingRules()));
    // Comparing assessments: a later round of Essex written as a user would, the direction of travel, the
    // series, the table.
    Assessment later = YamlReader.standard()
        .read("later.yaml", written.replace("id: essex-peel-2021-22", "id: essex-later")
            .replace("published: 2022-10-14", "published: 2024-05-01").replace("grade: good", "grade: outstanding"))
        .orThrow().findAssessment("essex-later").orElseThrow();
    DirectionOfTravel travel = DirectionOfTravel.of(essex, later, MappingChoice.of(catalog.mappings().values()));
    AreaDirection area = travel.area("fairness-and-respect").orElseThrow();
    check("good to outstanding on one scale", Direction.IMPROVED, area.direction());
    check("the direction is a grade of the PPAF scale", "improved", area.direction().findGrade().orElseThrow().id());
    check("one scale: the identity", "identity", travel.mapping().orElseThrow().id());
    check("no caveat on one scale", Optional.empty(), travel.caveat());
    TimeSeries series = TimeSeries.of(List.of(later, essex), MappingChoice.identity());
    check("a series in publication order", List.of("essex-peel-2021-22", "essex-later"),
        series.assessments().stream().map(Assessment::id).toList());
    GradeTable table = GradeTable.of(essex.framework(), List.of(essex, later));
    check("one row, of the latest", "essex-later", table.row("essex").orElseThrow().assessment().id());
    check("the other superseded", List.of(essex), table.superseded());
    AreaDistribution fairnessGrades = table.distribution("fairness-and-respect");
    check("the distribution of an area", 1, fairnessGrades.count(later.scale().orElseThrow().grade("outstanding")));

    // PK020: Essex publishes a distribution of two peers, good 2; with Kent, adequate, the two disagree.
    String peers = written.replace("grade: good\n", "grade: good\n    distribution: {population: 2, counts: {good: 2}}\n")
        + "---\napiVersion: peelkit/v1\nkind: Assessment\nid: kent-peel-2021-22\nsubject: {id: kent, name: Kent Police}\n"
        + "framework: peel-2021-22\ntitle: Kent\npublished: 2022-10-14\njudgments:\n  - {area: fairness-and-respect, grade: adequate}\n";
    LoadResult read = YamlReader.standard().read("peers.yaml", peers);
    check("the reader reports it", ModelCode.DISTRIBUTION_DIFFERS_FROM_PEERS, read.problems().get(0).code());
    Map<String, List<Violation>> disagreeing = PeerDistributions.warnings(read.orThrow().assessments().values());
    check("at the distribution's counts", List.of("judgments[0].distribution.counts"),
        disagreeing.get("essex-peel-2021-22").stream().map(Violation::path).toList());

    check("W of three equally spaced values", 1.0, ShapiroWilk.of(1, 2, 3).statistic());
    Map<String, Double> rates = new LinkedHashMap<>();
    double[] values = {0.0031, 0.0024, 0.0029, 0.0041, 0.0018, 0.0022, 0.0035, 0.0027, 0.0052, 0.0020, 0.0033, 0.0026, 0.0090};
    for (int i = 0; i < values.length; i++) {
      rates.put(i == values.length - 1 ? "essex" : "peer-" + i, values[i]);
    }
    OutlierAnalysis outliers = OutlierAnalysis.of(rates, OutlierOptions.defaults().withThreshold(1.5));
    check("a rate three times its peers' is well above them", Flag.WELL_ABOVE, outliers.findStanding("essex").orElseThrow().flag());

    System.out.printf(
        Locale.ROOT,
        "peelkit consumer on the %s: %s %s graded %s, in 2014 grades %s (comparable: %s); %d of %d, %s %.0f%%: %.3f"
            + " [%.3f, %.3f]%n",
        mode.replace('-', ' '),
        essex.id(),
        fairness.area().id(),
        good.id(),
        conversion.targets().ids(),
        conversion.comparable(),
        wald.successes(),
        wald.size(),
        wald.method().id(),
        wald.level() * 100,
        wald.estimate(),
        wald.lower(),
        wald.upper());
  }

  static void check(String what, Object expected, Object actual) {
    if (!expected.equals(actual)) {
      System.err.println("peelkit consumer: " + what + ": expected " + expected + ", got " + actual);
      System.exit(1);
    }
  }
}
