package io.github.peelkit.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the "did you mean" for a misspelt id, key or name: a candidate that starts with every word
 * of the input ({@code peel-2021} for {@code peel-2021-22}), or else the closest candidate by edit
 * distance (optimal string alignment, so a swap of two neighbouring letters counts once), ignoring
 * case.
 *
 * <p>The cost is bounded whatever the lengths: an input longer than 100 characters gets no
 * suggestion, a candidate whose length differs from the input's by more edits than could be allowed
 * is passed over without computing anything, and the distance stops as soon as it exceeds the best
 * found so far or the edits allowed, so that each candidate costs at most the input's length times
 * seven.
 */
public final class Suggestions {
  /** Inputs longer than this get no suggestion: a typo is short, and the distance costs the product of the lengths. */
  private static final int LONGEST_INPUT = 100;

  /** The most edits a suggestion is ever allowed. */
  private static final int MOST_EDITS = 3;

  private Suggestions() {}

  /**
   * Returns the candidate meant, if one is likely: first, a candidate whose words begin with all the
   * input's words, two at least ({@code peel-2021} suggests {@code peel-2021-22}, not {@code
   * peel-2016}), the one with the fewest words after them; otherwise the candidate closest by edit
   * distance if it is close enough to be a likely typo: one edit for every four characters of the
   * longer of the two, at least one and at most three edits. Case is ignored, so {@code Grade}
   * suggests {@code grade}; ties go to the first candidate. An input longer than 100 characters gets
   * no suggestion.
   *
   * @param input what the user wrote
   * @param candidates the valid values
   * @return the valid value probably meant, or empty when none is likely
   */
  public static Optional<String> closest(String input, Collection<String> candidates) {
    if (input.length() > LONGEST_INPUT) {
      return Optional.empty();
    }
    String needle = input.toLowerCase(Locale.ROOT).strip();
    Optional<String> byWords = byWords(needle, candidates);
    if (byWords.isPresent()) {
      return byWords.get().equals(input) ? Optional.empty() : byWords;
    }
    String best = null;
    int bestDistance = MOST_EDITS + 1;
    for (String candidate : candidates) {
      // The difference of the lengths is a lower bound of the distance: a candidate far longer or
      // shorter than the input (a name of 99,000 characters) costs nothing.
      if (Math.abs(candidate.length() - needle.length()) >= bestDistance) {
        continue;
      }
      String hay = candidate.toLowerCase(Locale.ROOT);
      int distance = distance(needle, hay, bestDistance - 1);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    if (best == null || best.equals(input)) {
      return Optional.empty();
    }
    int allowed = Math.max(1, Math.min(MOST_EDITS, Math.max(needle.length(), best.length()) / 4));
    return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** The candidate whose words begin with the input's (two words at least), the fewest words after them; ties to the first. */
  private static Optional<String> byWords(String needle, Collection<String> candidates) {
    List<String> words = words(needle);
    if (words.size() < 2) {
      return Optional.empty();
    }
    String best = null;
    int fewest = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (candidate.length() <= needle.length() || candidate.length() > LONGEST_INPUT) {
        continue;
      }
      List<String> theirs = words(candidate.toLowerCase(Locale.ROOT));
      if (theirs.size() > words.size() && theirs.subList(0, words.size()).equals(words) && theirs.size() < fewest) {
        best = candidate;
        fewest = theirs.size();
      }
    }
    return Optional.ofNullable(best);
  }

  /** {@return the words of a text: its runs of letters and digits} */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean inWord = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        words.add(text.substring(start, i));
        start = -1;
      }
    }
    return words;
  }

  /**
   * The optimal string alignment distance: insertions, deletions, substitutions and transpositions
   * of neighbouring characters, each counting one.
   *
   * @param a one text
   * @param b the other
   * @return the number of edits that turn one into the other
   */
  public static int distance(String a, String b) {
    return distance(a, b, Integer.MAX_VALUE - 1);
  }

  /**
   * The optimal string alignment distance, computed only as far as a limit: once every alignment so
   * far needs more edits than the limit, the result can only be larger, and the computation stops.
   *
   * @param a one text
   * @param b the other
   * @param limit the largest distance of interest
   * @return the distance when it is at most the limit, otherwise {@code limit + 1}
   */
  static int distance(String a, String b, int limit) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > limit) {
      return limit + 1;
    }
    int[] twoBack = new int[m + 1];
    int[] oneBack = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      oneBack[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      current[0] = i;
      int rowMinimum = i;
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int value = Math.min(Math.min(oneBack[j] + 1, current[j - 1] + 1), oneBack[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          value = Math.min(value, twoBack[j - 2] + 1);
        }
        current[j] = value;
        rowMinimum = Math.min(rowMinimum, value);
      }
      // A transposition reaches back two rows: stop only when both rows are past the limit.
      if (rowMinimum > limit && minimum(oneBack) > limit) {
        return limit + 1;
      }
      int[] spare = twoBack;
      twoBack = oneBack;
      oneBack = current;
      current = spare;
    }
    return Math.min(oneBack[m], limit + 1);
  }

  private static int minimum(int[] row) {
    int min = Integer.MAX_VALUE;
    for (int v : row) {
      min = Math.min(min, v);
    }
    return min;
  }
}
