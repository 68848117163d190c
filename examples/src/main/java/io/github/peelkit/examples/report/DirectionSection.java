package io.github.peelkit.examples.report;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.compare.AreaDirection;
import io.github.peelkit.compare.Direction;
import io.github.peelkit.compare.DirectionOfTravel;
import io.github.peelkit.mapping.GradeMapping;
import java.util.List;
import java.util.Optional;

/**
 * The direction of travel from a subject's previous assessment to the one a card shows, in the words
 * of SPEC §12, area by area, for the areas both judged; with the mapping's caveat where the scales are
 * not directly comparable, and a link to the previous card.
 *
 * @param previous the previous assessment's card
 * @param mapping the mapping that put the earlier grades on the later scale, in words
 * @param caveat why the grades cannot be compared, where they cannot
 * @param rows the areas judged in both assessments
 * @param onlyEarlier how many areas only the previous assessment judged
 * @param onlyLater how many areas only this assessment judged
 */
public record DirectionSection(Link previous, String mapping, Optional<String> caveat, List<Row> rows, int onlyEarlier, int onlyLater) {
  /**
   * One area.
   *
   * @param area the area's name
   * @param earlier its grade before
   * @param later its grade now
   * @param direction the direction, as SPEC §12 words it ({@code improved}, {@code not-comparable})
   * @param arrow a sign that repeats the direction for the eye, beside the word
   * @param explanation why, in words a reader can check
   */
  public record Row(String area, Chip earlier, Chip later, String direction, String arrow, String explanation) {}

  static DirectionSection of(DirectionOfTravel travel, int laterScaleSize) {
    Assessment earlier = travel.earlier();
    int earlierSize = earlier.scale().map(s -> s.size()).orElse(2);
    List<Row> rows = travel.areas().stream()
        .filter(a -> a.earlier().isPresent() && a.later().isPresent())
        .map(a -> row(a, earlierSize, laterScaleSize))
        .toList();
    int onlyEarlier = (int) travel.areas().stream().filter(a -> a.direction() == Direction.ONLY_EARLIER).count();
    int onlyLater = (int) travel.areas().stream().filter(a -> a.direction() == Direction.ONLY_LATER).count();
    String mapping = travel.mapping().map(m -> m.id().equals(GradeMapping.IDENTITY) ? "the same scale" : "mapping " + m.id()).orElse("no mapping");
    Link previous = new Link(Texts.line(earlier.title()) + " (" + earlier.published() + ")", SitePaths.cardBeside(earlier.id()));
    return new DirectionSection(previous, mapping, travel.caveat().map(Texts::line), rows, onlyEarlier, onlyLater);
  }

  private static Row row(AreaDirection a, int earlierSize, int laterSize) {
    String arrow = switch (a.direction()) {
      case IMPROVED -> "▲";
      case DETERIORATED -> "▼";
      case STABLE -> "=";
      default -> "";
    };
    return new Row(Texts.line(a.area().name()), Chip.of(a.earlier(), earlierSize), Chip.of(a.later(), laterSize), a.direction().id(), arrow,
        Texts.line(a.explanation()));
  }
}
