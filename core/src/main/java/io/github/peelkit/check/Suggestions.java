package io.github.peelkit.check;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the "did you mean" for a misspelt id, key or name: the closest candidate by edit distance
 * (optimal string alignment, so a swap of two neighbouring letters counts once), ignoring case.
 */
public final class Suggestions {
  /** Inputs longer than this get no suggestion: a typo is short, and the distance costs the product of the lengths. */
  private static final int LONGEST_INPUT = 100;

  private Suggestions() {}

  /**
   * Returns the candidate closest to the input, if it is close enough to be a likely typo: one
   * edit for every four characters of the longer of the two, at least one and at most three edits.
   * Case is ignored, so {@code Grade} suggests {@code grade}; ties go to the first candidate. An
   * input longer than 100 characters gets no suggestion.
   *
   * @param input what the user wrote
   * @param candidates the valid values
   * @return the closest valid value, or empty when none is close enough
   */
  public static Optional<String> closest(String input, Collection<String> candidates) {
    if (input.length() > LONGEST_INPUT) {
      return Optional.empty();
    }
    String needle = input.toLowerCase(Locale.ROOT).strip();
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      String hay = candidate.toLowerCase(Locale.ROOT);
      int distance = distance(needle, hay);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    if (best == null || best.equals(input)) {
      return Optional.empty();
    }
    int allowed = Math.max(1, Math.min(3, Math.max(needle.length(), best.length()) / 4));
    return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
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
    int n = a.length();
    int m = b.length();
    int[] twoBack = new int[m + 1];
    int[] oneBack = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      oneBack[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      current[0] = i;
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int value = Math.min(Math.min(oneBack[j] + 1, current[j - 1] + 1), oneBack[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          value = Math.min(value, twoBack[j - 2] + 1);
        }
        current[j] = value;
      }
      int[] spare = twoBack;
      twoBack = oneBack;
      oneBack = current;
      current = spare;
    }
    return oneBack[m];
  }
}
