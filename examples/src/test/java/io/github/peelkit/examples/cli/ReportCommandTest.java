package io.github.peelkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code peel report}: what it writes and says, its usage errors, and text from input that tries to be HTML. */
class ReportCommandTest {
  /** A title that would be markup, quotes of both kinds, a bell, a terminal escape and a right-to-left override. */
  private static final String HOSTILE = "<script>alert('x')</script> \\\"quoted\\\" & 'single' \\a\\e[31m\\u202E end";

  private static final String ASSESSMENT = """
      apiVersion: peelkit/v1
      kind: Assessment
      id: hostile-peel-2021-22
      subject: {id: hostile, name: "<b>Bold</b> Police \\u0007"}
      framework: peel-2021-22
      title: "%s"
      published: 2022-10-14
      source: {title: "<i>Report</i>", url: "javascript:alert(1)"}
      judgments:
        - area: investigating-crime
          grade: adequate
          statement: "</td><script>alert(2)</script>"
          evidence:
            - id: files
              description: "<svg onload=alert(3)>"
              successes: 22
              size: 28
      """.formatted(HOSTILE);

  @Test
  void writesTheSiteAndSaysWhereToOpenIt(@TempDir Path out) {
    PeelRun run = PeelRun.of("report", "data/essex", "--out", out.toString());
    assertEquals(0, run.exitCode(), run.describe());
    assertEquals("peel report: wrote 13 pages to " + out + " (6 assessments); open " + out.resolve("index.html") + "\n", run.out());
    assertEquals("", run.err());
    assertTrue(Files.isRegularFile(out.resolve("assessments/essex-peel-2021-22.html")));
    assertTrue(Files.isRegularFile(out.resolve("peel.css")));
  }

  @Test
  void rendersHostileTextAsTextNeverAsMarkup(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("hostile.yaml");
    Files.writeString(file, ASSESSMENT, StandardCharsets.UTF_8);
    Path out = folder.resolve("site");
    PeelRun run = PeelRun.of("report", file.toString(), "--out", out.toString());
    assertEquals(0, run.exitCode(), run.describe());
    for (String page : new String[] {"index.html", "assessments/hostile-peel-2021-22.html", "frameworks/peel-2021-22.html"}) {
      String html = Files.readString(out.resolve(page));
      Document dom = Jsoup.parse(html);
      assertTrue(dom.select("script, b, i, svg[onload]").isEmpty(), page + ": markup from input became elements");
      assertFalse(html.contains("<script>"), page);
      assertTrue(html.chars().noneMatch(c -> c < 0x20 && c != '\n') && !html.contains("\u202E"), page + ": a control character reached the page");
    }
    Document card = Jsoup.parse(Files.readString(out.resolve("assessments/hostile-peel-2021-22.html")));
    String shown = "<script>alert('x')</script> \"quoted\" & 'single' \\u0007\\e[31m\\u202E end";
    assertEquals(shown, card.selectFirst("h1").text());
    assertEquals(shown + " – peel report", card.title());
    assertEquals("<b>Bold</b> Police \\u0007 (hostile)", card.select("dl.facts dd").get(0).text());
    assertEquals("</td><script>alert(2)</script>", card.select("#grades tbody td").get(1).text());
    Element source = card.select("dl.facts dd").last();
    assertEquals("<i>Report</i>", source.text());
    assertTrue(source.select("a").isEmpty(), "a javascript: address is never a link");
    assertEquals("<svg onload=alert(3)>", card.selectFirst("#evidence svg title").text());
    Document index = Jsoup.parse(Files.readString(out.resolve("index.html")));
    assertEquals("<b>Bold</b> Police \\u0007", index.selectFirst("table.grades tbody th a").text());
  }

  @Test
  void refusesAnOutputThatIsAFileAndInputWithoutAssessments(@TempDir Path folder) throws IOException {
    Path file = Files.writeString(folder.resolve("taken"), "x");
    PeelRun onFile = PeelRun.of("report", "data/essex", "--out", file.toString());
    assertEquals(ExitCodes.USAGE, onFile.exitCode(), onFile.describe());
    assertTrue(onFile.err().startsWith("peel report: --out: " + file + " is a file, not a folder\n"), onFile.describe());
    PeelRun noOut = PeelRun.of("report", "data/essex");
    assertEquals(ExitCodes.USAGE, noOut.exitCode(), noOut.describe());
    assertTrue(noOut.err().startsWith("peel report: Missing required option: '--out=DIR'\n"), noOut.describe());
    Path scale = Files.writeString(folder.resolve("scale.yaml"), """
        apiVersion: peelkit/v1
        kind: GradeScale
        id: two
        name: Two grades
        grades: [{id: yes-grade, label: Yes}, {id: no-grade, label: No}]
        """);
    PeelRun none = PeelRun.of("report", scale.toString(), "--out", folder.resolve("site").toString());
    assertEquals(ExitCodes.PROBLEMS, none.exitCode(), none.describe());
    assertEquals("peel report: the files read hold no assessment (no document of kind Assessment)\n", none.err());
    assertFalse(Files.exists(folder.resolve("site")));
  }
}
