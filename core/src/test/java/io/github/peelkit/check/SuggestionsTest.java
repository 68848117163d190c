package io.github.peelkit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
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

  @Test
  void aCandidateThatStartsWithEveryWordOfTheInputComesFirst() {
    List<String> frameworks = List.of("hmic-2007", "core-business-2014", "peel-2016", "peel-2021-22");
    // By edit distance peel-2016 is closer (two edits against three); the words say what was meant.
    assertEquals(Optional.of("peel-2021-22"), Suggestions.closest("peel-2021", frameworks));
    assertEquals(Optional.of("peel-2021-22"), Suggestions.closest("PEEL 2021", frameworks));
    assertEquals(Optional.of("peel-2016"), Suggestions.closest("peel-2061", frameworks));
    // One word is not enough to tell: "crime" names no area.
    assertEquals(
        Optional.empty(), Suggestions.closest("crime", List.of("investigating-crime", "preventing-crime", "crime-data-integrity")));
  }

  @Test
  void theDistanceStopsAtItsLimit() {
    Random random = new Random(20221014L);
    for (int n = 0; n < 2_000; n++) {
      String a = text(random);
      String b = text(random);
      int full = Suggestions.distance(a, b);
      for (int limit = 0; limit <= 4; limit++) {
        assertEquals(Math.min(full, limit + 1), Suggestions.distance(a, b, limit), a + " / " + b + " / " + limit);
      }
    }
  }

  private static String text(Random random) {
    StringBuilder b = new StringBuilder();
    int length = random.nextInt(9);
    for (int i = 0; i < length; i++) {
      b.append("abc".charAt(random.nextInt(3)));
    }
    return b.toString();
  }

  @Test
  void longCandidatesCostNothingWhateverTheirLength() {
    // Ten unknown names of 100 characters against 38 names of 99,000: over 30 seconds before.
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 38; i++) {
      names.add(String.valueOf((char) ('a' + i % 26)).repeat(99_000 - i));
    }
    assertTimeoutPreemptively(
        Duration.ofSeconds(1),
        () -> {
          for (int i = 0; i < 10; i++) {
            assertEquals(Optional.empty(), Suggestions.closest("q".repeat(99) + i, names));
          }
        });
  }
}
