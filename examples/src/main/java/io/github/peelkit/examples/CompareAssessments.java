package io.github.peelkit.examples;

import io.github.peelkit.compare.AreaDirection;
import io.github.peelkit.compare.DirectionOfTravel;
import io.github.peelkit.compare.GradeTable;
import io.github.peelkit.compare.MappingChoice;
import io.github.peelkit.compare.TimeSeries;
import io.github.peelkit.yaml.Catalog;
import io.github.peelkit.yaml.YamlReader;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Compares Essex Police's assessments: the direction of travel of each step of its series (stable from
 * PEEL 2016 to 2017 and to 2018/19, not comparable from 2018/19 to 2021/22, with the inspectorate's
 * caveat), and the table of its PEEL 2021/22 grades with their distribution.
 */
public final class CompareAssessments {
  public static void main(String[] args) {
    Path data = Path.of(args.length > 0 ? args[0] : "examples/data");
    Catalog catalog = YamlReader.standard().read(data).orThrow();
    MappingChoice mappings = MappingChoice.of(catalog.mappings().values());
    for (TimeSeries series : TimeSeries.bySubject(catalog.assessments().values(), mappings)) {
      for (DirectionOfTravel step : series.steps()) {
        String both = step.areas().stream()
            .filter(a -> a.earlier().isPresent() && a.later().isPresent())
            .map(AreaDirection::toString)
            .collect(Collectors.joining("; "));
        System.out.println(step.earlier().id() + " -> " + step.later().id() + ": " + (both.isEmpty() ? "no area judged in both" : both));
        step.caveat().ifPresent(caveat -> System.out.println("  not directly comparable: " + caveat.lines().findFirst().orElse("")));
      }
    }
    GradeTable table = GradeTable.of(catalog.findFramework("peel-2021-22").orElseThrow(), catalog.assessments().values());
    table.distributions().stream()
        .filter(d -> d.graded() > 0)
        .forEach(d -> System.out.println(d.area().id() + ": " + d.counts().entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .map(e -> e.getValue() + " " + e.getKey().id())
            .collect(Collectors.joining(", "))));
  }
}
