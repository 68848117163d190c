package io.github.peelkit.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.examples.bench.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report of many assessments keeps an index a reader can use: a row per subject, and a link where the rows would be too many. */
class LargeReportTest {
  /** Fewer than the benchmark corpus' 43 forces and 4 rounds, which the README's figures are of: the same shape, in less time. */
  private static final int FORCES = 12;
  private static final int ROUNDS = 3;

  @Test
  void aCorpusOfRoundsHasARowPerForceAndItsEarlierRoundsLinked(@TempDir Path folder) throws IOException {
    Path data = Files.createDirectories(folder.resolve("corpus"));
    Corpus.write(data, Corpus.SEED, FORCES, ROUNDS);
    ReportPages report = ReportPages.write(data, folder.resolve("site"));
    assertEquals(1 + 1 + FORCES * ROUNDS, report.pages().size());
    Document index = report.page("index.html");
    Element section = index.selectFirst("section.framework");
    assertEquals(FORCES, section.select("table.grades tbody tr").size());
    assertEquals(FORCES, section.select("ul.earlier > li").size());
    assertEquals(FORCES * (ROUNDS - 1), section.select("ul.earlier a").size());
    assertEquals(FORCES, report.page("frameworks/peel-2021-22.html").select("table.grades tbody tr").size());
  }

  @Test
  void aFrameworkWithMoreSubjectsThanTheIndexListsIsLinkedToItsPage(@TempDir Path folder) throws IOException {
    int forces = IndexPage.TABLE_ROWS + 1;
    Path data = Files.createDirectories(folder.resolve("corpus"));
    Corpus.write(data, Corpus.SEED, forces, 1);
    ReportPages report = ReportPages.write(data, folder.resolve("site"));
    Element section = report.page("index.html").selectFirst("section.framework");
    assertTrue(section.select("table").isEmpty(), "no table of " + forces + " rows on the index");
    assertEquals("frameworks/peel-2021-22.html", section.select("p a").attr("href"));
    assertEquals(forces, report.page("frameworks/peel-2021-22.html").select("table.grades tbody tr").size());
  }
}
