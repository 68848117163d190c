package io.github.peelkit.examples.cli;

import io.github.peelkit.yaml.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The one path by which {@code peel} prints: every character written to standard output and
 * standard error passes here, and a control character (C0 other than the line feed and the tab, DEL,
 * C1) is written visibly, as {@link TerminalText#printable} writes it in a problem line ({@code \e},
 * {@code \r}, <code>&#92;u0007</code>, <code>&#92;u0085</code>). So no text from a file or an
 * argument, whichever command and format printed it, can move the cursor, clear the screen, retitle
 * the window or hide a line. The line feeds and tabs the formats write pass unchanged; JSON and YAML
 * output never hold a raw control character anyway (both escape them), so they are unaffected. The
 * progress line, which draws with {@code \r} on purpose, is drawn on the raw stream instead.
 */
final class TerminalWriter extends Writer {
  private final Writer out;

  private TerminalWriter(Writer out) {
    super(out);
    this.out = out;
  }

  /** {@return a print writer over {@code out} that makes every control character visible} */
  static PrintWriter of(Writer out) {
    return new PrintWriter(new TerminalWriter(out));
  }

  /** {@return whether a character is a control character a terminal would act on} */
  static boolean isControl(char c) {
    return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F);
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    int start = offset;
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      char c = buffer[i];
      if (isControl(c)) {
        out.write(buffer, start, i - start);
        out.write(TerminalText.printable(String.valueOf(c)));
        start = i + 1;
      }
    }
    out.write(buffer, start, end - start);
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
