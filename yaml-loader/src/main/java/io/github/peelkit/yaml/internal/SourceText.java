package io.github.peelkit.yaml.internal;

import io.github.peelkit.yaml.FileCode;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns a file's bytes into text, refusing what is not UTF-8 with a located problem, and turns
 * positions in the text into lines and columns the way the YAML parser counts them (YAML 1.2's line
 * breaks {@code \n}, {@code \r} and {@code \r\n}; columns in code points).
 */
final class SourceText {
  private SourceText() {}

  /**
   * Decodes UTF-8, dropping a byte order mark.
   *
   * @param bytes the file's bytes
   * @param file the file, for problems
   * @param sink where problems go
   * @return the text, or empty when the bytes are not UTF-8 (a {@link FileCode#MALFORMED_YAML} problem is reported)
   */
  static Optional<String> decode(byte[] bytes, String file, Sink sink) {
    FileReport report = new FileReport(file, sink);
    // UTF-32's byte order marks first: the little-endian one starts as UTF-16's does.
    if (bytes.length >= 4
        && ((bytes[0] == 0 && bytes[1] == 0 && bytes[2] == (byte) 0xFE && bytes[3] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE && bytes[2] == 0 && bytes[3] == 0))) {
      report.report(
          FileCode.MALFORMED_YAML, 1, 1, "", "the file is UTF-32 encoded; peelkit reads UTF-8: save it as UTF-8");
      return Optional.empty();
    }
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      report.report(
          FileCode.MALFORMED_YAML, 1, 1, "", "the file is UTF-16 encoded; peelkit reads UTF-8: save it as UTF-8");
      return Optional.empty();
    }
    // The JDK's own decoding is the fast path; it replaces bad bytes with U+FFFD, so only a text that
    // holds U+FFFD (rare, and legitimate when written on purpose) is decoded again strictly to tell.
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return Optional.of(fast.isEmpty() || fast.charAt(0) != '\uFEFF' ? fast : fast.substring(1));
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      out.flip();
      int[] at = position(out, out.length());
      int offset = in.position();
      StringBuilder hex = new StringBuilder();
      for (int i = offset; i < Math.min(bytes.length, offset + result.length()); i++) {
        hex.append(hex.length() == 0 ? "" : " ").append(String.format("%02X", bytes[i] & 0xFF));
      }
      report.report(
          FileCode.MALFORMED_YAML, at[0], at[1], "",
          "the file is not valid UTF-8: byte " + hex + " at offset " + offset + " is not part of a UTF-8 character; save the file as UTF-8",
          hex.toString());
      return Optional.empty();
    }
    out.flip();
    int start = out.length() > 0 && out.charAt(0) == '\uFEFF' ? 1 : 0;
    return Optional.of(out.subSequence(start, out.length()).toString());
  }

  /**
   * The line and column (both 1-based) of a position given in UTF-16 characters.
   *
   * @param text the text
   * @param end the position, at most the text's length
   * @return line and column
   */
  static int[] position(CharSequence text, int end) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        column = 1;
      } else if (c == '\r') {
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          continue;
        }
        line++;
        column = 1;
      } else if (!Character.isLowSurrogate(c) || i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))) {
        column++;
      }
    }
    return new int[] {line, column};
  }

  /**
   * The line and column (both 1-based) of a position given in code points, as the YAML reader
   * reports the position of a character it refuses.
   *
   * @param text the text
   * @param codePoints the position, in code points
   * @return line and column
   */
  static int[] positionOfCodePoint(String text, int codePoints) {
    int end = codePoints <= 0 ? 0 : text.offsetByCodePoints(0, Math.min(codePoints, text.codePointCount(0, text.length())));
    return position(text, end);
  }

  /**
   * The text of one line.
   *
   * @param text the text
   * @param line the line, 1-based
   * @return the line without its break, or empty text when there is no such line
   */
  static String line(String text, int line) {
    int start = lineStart(text, line);
    if (start < 0) {
      return "";
    }
    int end = start;
    while (end < text.length()) {
      char c = text.charAt(end);
      if (c == '\n' || c == '\r') {
        break;
      }
      end++;
    }
    return text.substring(start, end);
  }

  /** {@return the index in the text where a line (from 1) starts, or -1 when the text has fewer lines} */
  static int lineStart(String text, int line) {
    int current = 1;
    int start = 0;
    for (int i = 0; i < text.length() && current < line; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        current++;
        start = i + 1;
      }
    }
    return current < line ? -1 : start;
  }
}
