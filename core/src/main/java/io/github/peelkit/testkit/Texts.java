package io.github.peelkit.testkit;

import io.github.peelkit.internal.Checks;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/** The texts, names and ids of one generator, in its style. Not thread-safe. */
final class Texts {
  private static final List<String> WORDS =
      List.of(
          "the", "force", "crime", "victims", "records", "calls", "public", "officers", "staff", "vulnerable",
          "people", "offenders", "investigations", "neighbourhood", "policing", "data", "recording", "quality",
          "supervision", "training", "risk", "safeguarding", "response", "emergency", "wellbeing", "vetting",
          "corruption", "resources", "planning", "performance", "leadership", "communities", "partners", "demand",
          "evidence", "review", "standards", "improvement", "effective", "fair", "respect", "stop", "search",
          "domestic", "abuse", "missing", "children", "serious", "organised", "intelligence", "custody",
          "workforce", "culture", "ethics", "value", "money", "understands", "needs", "to", "improve", "how",
          "it", "manages", "is", "good", "at", "and", "with", "of", "in", "its", "timely", "answers");

  private final RandomGenerator random;
  private final TextStyle style;

  Texts(RandomGenerator random, TextStyle style) {
    this.random = random;
    this.style = style;
  }

  RandomGenerator random() {
    return random;
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  int between(int min, int max) {
    return random.nextInt(min, max + 1);
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** Words such as a report prints, the first capitalised. */
  String words(int min, int max) {
    int n = between(min, max);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String word = pick(WORDS);
      if (i == 0) {
        word = word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
      } else {
        text.append(' ');
      }
      text.append(word);
    }
    return text.toString();
  }

  /** A text of some length: a title, a description, a statement; never blank. */
  String text() {
    if (style == TextStyle.PLAIN) {
      return words(2, 14);
    }
    double roll = random.nextDouble();
    if (roll < 0.35) {
      return pick(HostileText.samples());
    }
    if (roll < 0.5) {
      return words(1, 4) + " " + pick(HostileText.samples()) + " " + words(1, 4);
    }
    if (roll < 0.6) {
      return longText();
    }
    return words(2, 14);
  }

  /** A short text for a label, name or alias; never blank. */
  String shortText() {
    if (style == TextStyle.HOSTILE && chance(0.5)) {
      return pick(HostileText.samples());
    }
    return words(1, 4);
  }

  /** A text of one to eight thousand characters, mixing words and hostile samples. */
  private String longText() {
    int length = between(1_000, 8_000);
    StringBuilder text = new StringBuilder(words(3, 6));
    while (text.length() < length) {
      text.append(' ').append(chance(0.2) ? pick(HostileText.samples()) : pick(WORDS));
    }
    return text.toString();
  }

  /** A key of an extension mapping: short, on one line. */
  String key() {
    if (style == TextStyle.HOSTILE && chance(0.6)) {
      return pick(HostileText.keys());
    }
    return pick(WORDS) + (chance(0.5) ? "" : "-" + pick(WORDS));
  }

  /** A fresh pool of ids, unique within it. */
  Ids ids() {
    return new Ids();
  }

  /** A fresh register of names, unambiguous within it. */
  Names names() {
    return new Names();
  }

  /** Ids unique within one scope, such as the evidence of one assessment. */
  final class Ids {
    private final Set<String> used = new HashSet<>();

    /** A fresh id: often YAML-special in the hostile style, else the stem and a number. */
    String next(String stem) {
      if (style == TextStyle.HOSTILE && chance(0.4)) {
        String id = pick(HostileText.ids());
        if (used.add(id)) {
          return id;
        }
      }
      while (true) {
        String id = stem + "-" + between(1, 9_999);
        if (used.add(id)) {
          return id;
        }
      }
    }

    /** Takes an id if it is free. */
    boolean take(String id) {
      return used.add(id);
    }
  }

  /** Names (ids, labels, aliases) unambiguous within one scope, ignoring case and runs of white space. */
  final class Names {
    private final Map<String, String> owners = new HashMap<>();

    /** Registers a name for an owner; false when it already names another. */
    boolean take(String name, String owner) {
      String previous = owners.putIfAbsent(Checks.nameKey(name), owner);
      return previous == null || previous.equals(owner);
    }

    /** A short text that names nothing else yet, registered for the owner. */
    String fresh(String owner) {
      for (int attempt = 0; attempt < 20; attempt++) {
        String name = shortText();
        if (take(name, owner)) {
          return name;
        }
      }
      while (true) {
        String name = words(1, 3) + " " + between(1, 1_000_000);
        if (take(name, owner)) {
          return name;
        }
      }
    }
  }
}
