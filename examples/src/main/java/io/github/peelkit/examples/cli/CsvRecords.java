package io.github.peelkit.examples.cli;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Splits CSV text into records of cells, as RFC 4180 writes them, keeping where every cell starts.
 *
 * <p>Cells are separated by commas and records by line breaks ({@code \n}, {@code \r\n} or a lone
 * {@code \r}). A cell that starts with a double quote is quoted: it ends at the next lone quote,
 * {@code ""} inside it is one quote, and it may hold commas and line breaks. Spaces and tabs around
 * a cell, quoted or not, are not part of it; a quote inside an unquoted cell is an ordinary
 * character. A
 * byte order mark at the start is skipped. Columns count Unicode code points from 1.
 *
 * <p>What cannot be split is reported, not guessed: an unterminated quote, or text after a closing
 * quote, ends the splitting with a {@linkplain #mistake() mistake} that says where and how to fix
 * it.
 */
final class CsvRecords {
  /**
   * One cell.
   *
   * @param text the cell's text, unquoted and unescaped
   * @param quoted whether it was written in quotes
   * @param line the line where it starts, 1-based
   * @param column the column where it starts (its opening quote when quoted), 1-based
   */
  record Cell(String text, boolean quoted, int line, int column) {}

  /**
   * One record.
   *
   * @param cells its cells, at least one
   * @param line the line where it starts
   * @param endLine the line where it ends
   * @param endColumn the column just after its last character, where a missing cell is reported
   */
  record Row(List<Cell> cells, int line, int endLine, int endColumn) {
    /** {@return whether the record is a blank line: nothing but spaces and tabs} */
    boolean isBlank() {
      return cells.size() == 1 && !cells.get(0).quoted() && cells.get(0).text().isEmpty();
    }
  }

  /**
   * Where and why the text cannot be split.
   *
   * @param line the line
   * @param column the column
   * @param message what is wrong and how to fix it
   */
  record Mistake(int line, int column, String message) {}

  /**
   * Decodes a CSV file's bytes as UTF-8, strictly.
   *
   * @param bytes the file's content
   * @return the text, or the mistake at the first byte that is not UTF-8 (its line and column)
   */
  static Decoded decode(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      out.flip();
      String before = out.toString();
      int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
      String last = before.substring(before.lastIndexOf('\n') + 1);
      return new Decoded(
          Optional.empty(),
          Optional.of(new Mistake(line, last.codePointCount(0, last.length()) + 1,
              String.format(Locale.ROOT, "byte 0x%02X is not UTF-8: save the file as UTF-8 text", bytes[in.position()] & 0xFF))));
    }
    decoder.flush(out);
    out.flip();
    return new Decoded(Optional.of(out.toString()), Optional.empty());
  }

  /**
   * A file's bytes decoded: its text, or why it is not UTF-8.
   *
   * @param text the text, when every byte was UTF-8
   * @param mistake where and why not, otherwise
   */
  record Decoded(Optional<String> text, Optional<Mistake> mistake) {}

  private final String text;
  private int at;
  private int line = 1;
  private int column = 1;
  private Mistake mistake;

  CsvRecords(String text) {
    this.text = text;
    this.at = text.startsWith("\uFEFF") ? 1 : 0;
  }

  /** {@return the mistake that ended the splitting, or null while there is none} */
  Mistake mistake() {
    return mistake;
  }

  /**
   * Reads the next record.
   *
   * @return the record, or null at the end of the text or at a mistake
   */
  Row next() {
    if (at >= text.length() || mistake != null) {
      return null;
    }
    int startLine = line;
    List<Cell> cells = new ArrayList<>();
    while (true) {
      while (isSpace(peek())) {
        advance();
      }
      Cell cell = peek() == '"' ? quoted() : unquoted();
      if (cell == null) {
        return null;
      }
      cells.add(cell);
      int endLine = line;
      int endColumn = column;
      int c = peek();
      if (c == ',') {
        advance();
        continue;
      }
      if (c == '\r' || c == '\n') {
        at++;
        if (c == '\r' && peek() == '\n') {
          at++;
        }
        newLine();
      }
      return new Row(List.copyOf(cells), startLine, endLine, endColumn);
    }
  }

  private Cell quoted() {
    int startLine = line;
    int startColumn = column;
    advance();
    StringBuilder b = new StringBuilder();
    while (true) {
      int c = peek();
      if (c == -1) {
        mistake = new Mistake(startLine, startColumn, "the quote that opens this cell is never closed: close it with \"");
        return null;
      }
      if (c == '"') {
        advance();
        if (peek() != '"') {
          break;
        }
        advance();
        b.append('"');
      } else if (c == '\r' || c == '\n') {
        b.append((char) c);
        at++;
        if (c == '\r' && peek() == '\n') {
          b.append('\n');
          at++;
        }
        newLine();
      } else {
        b.appendCodePoint(c);
        advance();
      }
    }
    while (isSpace(peek())) {
      advance();
    }
    int c = peek();
    if (c != -1 && c != ',' && c != '\n' && c != '\r') {
      mistake = new Mistake(
          line, column, "text after the closing quote of a cell: end the cell at the quote, or write a quote inside it as \"\"");
      return null;
    }
    return new Cell(b.toString(), true, startLine, startColumn);
  }

  private Cell unquoted() {
    int startLine = line;
    int startColumn = column;
    int start = at;
    int end = at;
    while (peek() != -1 && peek() != ',' && peek() != '\n' && peek() != '\r') {
      boolean space = isSpace(peek());
      advance();
      if (!space) {
        end = at;
      }
    }
    return new Cell(text.substring(start, end), false, startLine, startColumn);
  }

  private static boolean isSpace(int c) {
    return c == ' ' || c == '\t';
  }

  private int peek() {
    return at < text.length() ? text.codePointAt(at) : -1;
  }

  private void advance() {
    at += Character.charCount(text.codePointAt(at));
    column++;
  }

  private void newLine() {
    line++;
    column = 1;
  }
}
