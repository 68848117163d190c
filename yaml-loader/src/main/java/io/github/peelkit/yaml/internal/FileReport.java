package io.github.peelkit.yaml.internal;

import io.github.peelkit.check.Code;
import io.github.peelkit.check.Suggestions;
import io.github.peelkit.check.Violation;
import io.github.peelkit.yaml.Location;
import io.github.peelkit.yaml.Problem;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where the problems of one file go: while its text is parsed, each problem is located at a line and
 * column of the text; while its documents are bound, at a node of the file, or at the node a
 * violation of the model's rules names. A problem without a rejected value is taken by a method
 * without that parameter: nothing here takes null for absent.
 */
final class FileReport {
  private final String file;
  private final Sink sink;

  FileReport(String file, Sink sink) {
    this.file = file;
    this.sink = sink;
  }

  /** {@return the file} */
  String file() {
    return file;
  }

  /**
   * Starts a problem at a node; add the rejected value and help, then {@linkplain #add(Problem.Builder) add} it.
   *
   * @param code the code
   * @param at the node the problem is about
   * @param path the path of the node in its document
   * @param message the message
   * @return the problem to complete
   */
  Problem.Builder problem(Code code, Node at, DocumentPath path, String message) {
    return problem(code, at.line(), at.column(), path.toString(), message);
  }

  /**
   * Starts a problem at a line and column, such as a key's, which is no node of its own.
   *
   * @param code the code
   * @param line the line
   * @param column the column
   * @param path the path in the document
   * @param message the message
   * @return the problem to complete
   */
  Problem.Builder problem(Code code, int line, int column, String path, String message) {
    return Problem.builder(code, Location.of(file, line, column), message).path(path);
  }

  /** {@return whether the file (or the load) has had the most problems it may have, so that reading it should stop} */
  boolean isFull() {
    return sink.isFull(file) || sink.isLoadFull();
  }

  /**
   * The "did you mean" of a problem about to be reported: none when the report is full, since the
   * problem will not be reported and the search would be spent for nothing.
   *
   * @param input what the file wrote
   * @param candidates the valid values
   * @return the value probably meant, or empty
   */
  Optional<String> suggestion(String input, Collection<String> candidates) {
    return isFull() ? Optional.empty() : Suggestions.closest(input, candidates);
  }

  /**
   * Takes a problem.
   *
   * @param problem the problem, complete
   */
  void add(Problem.Builder problem) {
    sink.add(problem.build());
  }

  /**
   * Takes a problem that has no rejected value.
   *
   * @param code the code
   * @param at the node
   * @param path its path
   * @param message the message
   */
  void report(Code code, Node at, DocumentPath path, String message) {
    add(problem(code, at, path, message));
  }

  /**
   * Takes a problem with its rejected value.
   *
   * @param code the code
   * @param at the node
   * @param path its path
   * @param message the message
   * @param value the rejected value
   */
  void report(Code code, Node at, DocumentPath path, String message, String value) {
    add(problem(code, at, path, message).value(value));
  }

  /**
   * Takes a problem at a line and column of the text, with no rejected value, as the parser reports
   * what it refuses.
   *
   * @param code the code
   * @param line the line
   * @param column the column
   * @param path the path in the document, empty at the top
   * @param message the message
   */
  void report(Code code, int line, int column, String path, String message) {
    add(problem(code, line, column, path, message));
  }

  /**
   * Takes a problem at a line and column of the text, with its rejected value.
   *
   * @param code the code
   * @param line the line
   * @param column the column
   * @param path the path in the document, empty at the top
   * @param message the message
   * @param value the rejected value
   */
  void report(Code code, int line, int column, String path, String message, String value) {
    add(problem(code, line, column, path, message).value(value));
  }

  /**
   * Takes every violation of the model's rules found in a value read from an object, each at the
   * node its path names under the object's node.
   *
   * @param violations the violations, with paths relative to the object
   * @param object the object's node
   * @param path the object's path
   */
  void violations(List<Violation> violations, Node object, DocumentPath path) {
    for (Violation v : violations) {
      violation(v, Locator.find(object, v.path()), v.under(path.toString()).path());
    }
  }

  /**
   * Takes one violation of the model's rules at a node.
   *
   * @param v the violation
   * @param at the node it is about
   * @param path its full path in the document
   */
  void violation(Violation v, Node at, String path) {
    Problem.Builder problem =
        problem(v.code(), at.line(), at.column(), path, v.message()).value(v.value()).validValues(v.validValues()).rule(v.rule());
    v.suggestion().ifPresent(problem::suggestion);
    add(problem);
  }
}
