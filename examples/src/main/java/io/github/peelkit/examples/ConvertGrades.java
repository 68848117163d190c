package io.github.peelkit.examples;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Converted;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.mapping.GradeMappings;
import io.github.peelkit.mapping.Policy;
import io.github.peelkit.yaml.YamlReader;
import java.nio.file.Path;

/** Converts Essex Police's PEEL 2016 grades to the 2021/22 scale, keeping the range and the caveat. */
public final class ConvertGrades {
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/data/essex/peel-2016.yaml");
    Assessment peel2016 = YamlReader.standard().read(file).orThrow().findAssessment("essex-peel-2016").orElseThrow();
    GradeMapping mapping = GradeMappings.PEEL_2014_TO_PEEL_2021;
    Assessment worst = peel2016.convert(mapping, Policy.WORST);
    worst.judgments().forEach(j -> j.conversion().map(Converted::conversion).ifPresent(c -> System.out.println(
        j.area().name() + ": " + c.from().label() + " -> " + c.targets().grades().stream().map(g -> g.label()).toList()
            + " (" + c.relation().id() + "), worst " + j.grade().orElseThrow().label())));
    System.out.println("Comparable: " + mapping.comparable() + ". " + mapping.note().orElse(""));
  }
}
