package io.github.peelkit.yaml;

import java.util.List;

/** Test helpers: read a text and look at what came back. */
final class Yaml {
  private Yaml() {}

  /** The header of a document of a kind. */
  static String doc(String kind, String id) {
    return "apiVersion: peelkit/v1\nkind: " + kind + "\nid: " + id + "\n";
  }

  /** An assessment of Essex Police against the built-in PEEL 2021/22 framework, with the judgments given. */
  static String essex(String judgments) {
    return doc("Assessment", "essex-peel-2021-22")
        + "subject: {id: essex, name: Essex Police}\n"
        + "framework: peel-2021-22\n"
        + "title: PEEL 2021/22 – An inspection of Essex Police\n"
        + "published: 2022-10-14\n"
        + "judgments:\n"
        + judgments;
  }

  /** A two-grade scale with the extensions given (or none). */
  static String scale(String id, String extra) {
    return doc("GradeScale", id) + "name: Pass or fail\ngrades: [{id: pass, label: Pass}, {id: fail, label: Fail}]\n" + extra;
  }

  static LoadResult read(String text) {
    return YamlReader.standard().read("t.yaml", text);
  }

  static List<String> lines(String text) {
    return read(text).problems().stream().map(Problem::toText).toList();
  }

  static List<String> lines(LoadResult result) {
    return result.problems().stream().map(Problem::toText).toList();
  }
}
