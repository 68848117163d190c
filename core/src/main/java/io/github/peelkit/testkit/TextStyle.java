package io.github.peelkit.testkit;

/** What kind of text and ids a {@link ModelGenerator} writes. */
public enum TextStyle {
  /** Readable English words, such as a report would use; ids made of words and numbers. */
  PLAIN,
  /**
   * Text meant to break writers and readers: about half of all texts come from {@link
   * HostileText#samples()} (on their own or inside plain words), some are long (thousands of
   * characters), the rest plain; ids are often YAML-special slugs such as {@code no}, {@code null},
   * {@code 0x10} or {@code 2022-10-14} ({@link HostileText#ids()}). Extension keys are hostile
   * too, but short and on one line ({@link HostileText#keys()}).
   */
  HOSTILE
}
