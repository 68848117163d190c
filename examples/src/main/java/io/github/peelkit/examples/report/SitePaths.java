package io.github.peelkit.examples.report;

import java.util.regex.Pattern;

/**
 * Where each page of a report is, relative to the report's folder: stable names made from ids, so
 * that a page keeps its address from one run to the next and links to it from elsewhere keep working.
 *
 * <pre>
 * index.html                       the subject × area grades of everything loaded
 * peel.css                         the one style sheet
 * assessments/essex-peel-2021-22.html   a grade card, by assessment id
 * frameworks/peel-2021-22.html     a framework's grade distributions, by framework id
 * </pre>
 */
final class SitePaths {
  /** The ids of the YAML format: only these make a file name that is the same on every file system. */
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  static final String INDEX = "index.html";
  static final String STYLE = "peel.css";
  static final String ASSESSMENTS = "assessments";
  static final String FRAMEWORKS = "frameworks";

  private SitePaths() {}

  /** {@return the path of an assessment's grade card} */
  static String card(String assessmentId) {
    return ASSESSMENTS + "/" + slug(assessmentId) + ".html";
  }

  /** {@return the path of an assessment's grade card from another grade card, which is in the same folder} */
  static String cardBeside(String assessmentId) {
    return slug(assessmentId) + ".html";
  }

  /** {@return the path of a framework's page} */
  static String framework(String frameworkId) {
    return FRAMEWORKS + "/" + slug(frameworkId) + ".html";
  }

  private static String slug(String id) {
    if (!SLUG.matcher(id).matches()) {
      throw new IllegalArgumentException("an id that names a page is a slug ([a-z0-9]+(-[a-z0-9]+)*), not '" + Texts.line(id) + "'");
    }
    return id;
  }
}
