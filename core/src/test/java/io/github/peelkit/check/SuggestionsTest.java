package io.github.peelkit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  @Test
  void countsASwapOfNeighbouringLettersAsOneEdit() {
    assertEquals(1, Suggestions.distance("sucesses", "successes"));
    assertEquals(1, Suggestions.distance("grdae", "grade"));
    assertEquals(3, Suggestions.distance("kitten", "sitting"));
    assertEquals(0, Suggestions.distance("", ""));
    assertEquals(4, Suggestions.distance("", "good"));
  }

  @Test
  void suggestsTheClosestCandidateWithinOneEditInFour() {
    List<String> keys = List.of("successes", "size", "population", "level", "method", "reported");
    assertEquals(Optional.of("successes"), Suggestions.closest("sucesses", keys));
    assertEquals(Optional.of("size"), Suggestions.closest("Size", keys));
    assertEquals(Optional.of("reported"), Suggestions.closest("reportd", keys));
    assertEquals(Optional.empty(), Suggestions.closest("estimate", keys));
    assertEquals(Optional.empty(), Suggestions.closest("size", keys));
    assertEquals(Optional.empty(), Suggestions.closest("x", List.of()));
  }
}
