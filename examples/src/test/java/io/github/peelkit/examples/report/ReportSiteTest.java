package io.github.peelkit.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages of the report of the example data, checked by their DOM: every page kind, every chart, every link. */
class ReportSiteTest {
  @TempDir static Path folder;
  private static ReportPages report;

  @BeforeAll
  static void writeTheReport() {
    report = ReportPages.write(ReportPages.DATA, folder);
  }

  @Test
  void namesEveryFileByItsIdSoThatAddressesStayTheSame() {
    List<String> written = report.written();
    assertEquals("index.html", written.get(0));
    for (String path : List.of("peel.css", "assessments/essex-peel-2021-22.html", "assessments/essex-hmic-2007.html",
        "assessments/dorset-combined-yjs-2023.html", "assessments/croft-dene-2018.html", "frameworks/peel-2021-22.html",
        "frameworks/hmic-2007.html", "frameworks/cqc-adult-social-care.html")) {
      assertTrue(written.contains(path), path + " in " + written);
      assertTrue(Files.isRegularFile(folder.resolve(path)), path);
    }
    // Nine files of example data: eleven assessments of nine frameworks, and the index.
    assertEquals(1 + 9 + 11, report.pages().size(), written.toString());
  }

  @Test
  void theIndexTabulatesEachFrameworkWithAChipPerArea() {
    Document index = report.page("index.html");
    assertEquals("Grades of the assessments loaded", index.selectFirst("main h1").text());
    Elements sections = index.select("main section.framework");
    assertEquals(9, sections.size());
    Element peel = index.getElementById("framework-peel-2021-22");
    assertEquals("PEEL Assessment Framework 2021/22", peel.selectFirst("h2").text());
    assertEquals("frameworks/peel-2021-22.html", peel.selectFirst("h2 a").attr("href"));
    Element row = peel.selectFirst("table.grades tbody tr");
    assertEquals("Essex Police", row.selectFirst("th a").text());
    assertEquals("2022-10-14", row.selectFirst("th .date").text());
    assertEquals("assessments/essex-peel-2021-22.html", row.selectFirst("th a").attr("href"));
    assertEquals(List.of("not graded", "Outstanding", "Good", "Adequate", "Requires improvement", "Adequate", "Adequate",
        "Adequate", "Good", "Good", "graded separately", "Good"), row.select("span.chip").eachText());
    // Short area labels keep the table narrow; the full name is there for screen readers.
    List<String> headers = peel.select("thead th").eachText();
    assertTrue(headers.contains("Treatment of the public (Engaging with and treating the public with fairness and respect)"), headers.toString());
  }

  @Test
  void everyChipSaysItsGradeInWordsAndTiersFollowTheScale() {
    for (String path : report.pages()) {
      for (Element chip : report.page(path).select(".chip")) {
        assertFalse(chip.text().isBlank(), path + ": a chip without words: " + chip);
      }
    }
    Element row = report.page("index.html").getElementById("framework-peel-2021-22").selectFirst("tbody tr");
    assertTrue(row.select(".chip").get(1).hasClass("tier-0"), "Outstanding is the best tier");
    assertTrue(row.select(".chip").get(4).hasClass("tier-3"), "Requires improvement is the fourth of five");
    assertTrue(row.select(".chip").get(0).hasClass("no-grade"));
  }

  @Test
  void aGradeCardHasEveryAreaWithItsGradeStatementAndFindings() {
    Document card = report.page("assessments/essex-peel-2021-22.html");
    assertEquals("PEEL 2021/22 – An inspection of Essex Police", card.selectFirst("main h1").text());
    assertEquals("PEEL 2021/22 – An inspection of Essex Police – peel report", card.title());
    Elements rows = card.select("#grades table tbody tr");
    assertEquals(12, rows.size());
    Element responding = rows.get(4);
    assertEquals("Responding to the public", responding.selectFirst("th").text());
    assertEquals("Requires improvement", responding.selectFirst(".chip").text());
    assertEquals("Essex Police requires improvement at responding to the public.", responding.select("td").get(1).text());
    assertEquals("3 strengths, 4 areas for improvement", responding.select("td").get(2).text());
    assertEquals("Crime data integrity published 2019-10-08", rows.get(1).selectFirst("th").text());
    assertEquals("Findings: 35 strengths, 10 areas for improvement, 6 observations.", card.selectFirst("#grades > p").text());
    assertEquals(6, card.select("#findings li").size());
    assertEquals("../frameworks/peel-2021-22.html", card.select("dl.facts a").first().attr("href"));
  }

  @Test
  void evidenceHasErrorBarsWithThePublishedFiguresBesideTheComputed() {
    Document card = report.page("assessments/essex-peel-2021-22.html");
    Element first = card.selectFirst("#evidence figure.evidence");
    assertEquals("Stop and search records with reasonable grounds recorded, 1 January to 31 December 2021: "
        + "168 of 196 = 85.7% (95% Wald: 80.8%–90.6%), published 85.7% ± 4.9%", first.selectFirst("figcaption").text());
    Element svg = first.selectFirst("svg.interval");
    assertEquals("Stop and search records with reasonable grounds recorded, 1 January to 31 December 2021", svg.selectFirst("title").text());
    assertEquals("Error bars on a scale of 0% to 100%: 95% Wald interval; computed 85.7% (80.8%–90.6%); published 85.7% ± 4.9%.",
        svg.selectFirst("desc").text());
    assertEquals(1, svg.select("g.computed circle").size());
    assertEquals(1, svg.select("g.published polygon").size());
    // 80.8% to 90.6% of the plot's 448 pixels from x = 96: the bar is where the interval is.
    Element range = svg.selectFirst("g.computed line.range");
    assertEquals(96 + 0.808 * 448, Double.parseDouble(range.attr("x1")), 0.6);
    assertEquals(96 + 0.906 * 448, Double.parseDouble(range.attr("x2")), 0.6);
    assertEquals(List.of("● Computed: 85.7% (80.8%–90.6%)", "◆ Published: 85.7% ± 4.9%"), first.select("ul.legend li").eachText());
    // A review whose size was not published has only the published bar.
    Element second = card.select("#evidence figure.evidence").get(1);
    assertEquals(List.of("Published"), second.select("svg text.label").eachText());
  }

  @Test
  void aProportionHeldToAStandardIsDrawnAgainstTheValuesTheStandardAccepts() {
    Document card = report.page("assessments/essex-peel-2021-22.html");
    Element calls = card.select("#evidence figure.evidence").stream()
        .filter(f -> f.selectFirst("figcaption").text().startsWith("999 calls answered within ten seconds, year ending 31 March 2022"))
        .findFirst().orElseThrow();
    Element svg = calls.selectFirst("svg.interval");
    assertEquals(List.of("Value", "Standard"), svg.select("text.label").eachText());
    assertEquals("Markers on a scale of 0% to 100%: value 85%; standard national standard: 90 percent of emergency calls answered"
        + " within 10 seconds: at least 90%, not met.", svg.selectFirst("desc").text());
    Element band = svg.selectFirst("g.standard line.range");
    assertEquals(96 + 0.90 * 448, Double.parseDouble(band.attr("x1")), 0.6);
    assertEquals(96 + 1.00 * 448, Double.parseDouble(band.attr("x2")), 0.6);
    assertEquals(1, svg.select("g.value circle").size());
    assertTrue(svg.select("g.standard circle, g.standard polygon").isEmpty(), "a band has no point");
  }

  @Test
  void theDirectionOfTravelComesFromTheSubjectsPreviousAssessment() {
    Document card = report.page("assessments/essex-peel-2017.html");
    Element direction = card.getElementById("direction");
    assertEquals("essex-peel-2016.html", direction.selectFirst("p a").attr("href"));
    Elements rows = direction.select("tbody tr");
    assertEquals(List.of("Effectiveness", "Efficiency", "Legitimacy"), rows.stream().map(r -> r.selectFirst("th").text()).toList());
    for (Element row : rows) {
      assertEquals("= stable", row.selectFirst("td.direction-word").text());
    }
    assertTrue(direction.text().contains("1 areas were judged only before"), direction.text());
    // Across the change of scale the inspectorate's caveat replaces any arrow.
    Element across = report.page("assessments/essex-peel-2021-22.html").getElementById("direction");
    assertTrue(across.selectFirst(".caveat").text().startsWith("Not directly comparable:"), across.text());
    assertEquals("No earlier assessment of this subject was loaded.",
        report.page("assessments/essex-hmic-2007.html").getElementById("direction").selectFirst("p").text());
  }

  @Test
  void peerDistributionsAreBarsThatNameTheSubjectsGrade() {
    Element peers = report.page("assessments/essex-hmic-2007.html").getElementById("peers");
    Element first = peers.selectFirst("figure");
    Element svg = first.selectFirst("svg.bars");
    assertEquals(List.of("Excellent", "Good", "Fair", "Poor"), svg.select("text.label").eachText());
    Element own = svg.selectFirst("g.own");
    assertTrue(own.selectFirst("text.count").text().endsWith(", including Essex Police"), own.text());
    assertTrue(svg.selectFirst("desc").text().contains("43 in all"), svg.selectFirst("desc").text());
  }

  @Test
  void derivedGradesShowTheirDerivation() {
    Element derived = report.page("assessments/dorset-combined-yjs-2023.html").getElementById("derived");
    assertEquals("Overall rating", derived.selectFirst("h3").text());
    assertEquals("Published Good, the rules derive Good – the same grade.", derived.selectFirst("div.derived p").text());
    Elements facts = derived.select("dl.facts dd");
    assertTrue(facts.get(0).text().startsWith("hmip-youth-justice-2018 (HMI Probation"), facts.text());
    assertTrue(facts.get(1).text().startsWith("1.1 Governance and leadership, 1.2 Staff"), facts.text());
    assertTrue(facts.get(2).text().endsWith("score 24 of 36 points: band 2 gives good (19 or more)"), facts.text());
  }

  @Test
  void aFrameworkPageDrawsTheDistributionOfEveryGradedArea() {
    Document page = report.page("frameworks/hmic-2007.html");
    Elements areas = page.select("section.area");
    assertEquals(7, areas.size());
    Element neighbourhood = page.getElementById("area-neighbourhood-policing");
    assertEquals(List.of("Excellent", "Good", "Fair", "Poor"), neighbourhood.select("svg text.label").eachText());
    assertEquals(List.of("0", "0", "1", "0"), neighbourhood.select("svg text.count").eachText());
    assertEquals("1 graded, 0 judged without a grade, 0 not judged.", neighbourhood.selectFirst("p.note").text());
    Element overview = page.getElementById("area-protecting-vulnerable-people");
    assertTrue(overview.select("svg").isEmpty(), "an ungraded area has no chart");
    assertEquals("Essex Police 2007-10-01", page.selectFirst("table.grades tbody th").text());
  }

  @Test
  void everyChartHasATitleAndADescriptionAndIsAnImageToAssistiveTechnology() {
    int charts = 0;
    for (String path : report.pages()) {
      for (Element svg : report.page(path).select("svg")) {
        charts++;
        assertEquals("title", svg.child(0).tagName(), path);
        assertEquals("desc", svg.child(1).tagName(), path);
        assertFalse(svg.child(0).text().isBlank(), path);
        assertFalse(svg.child(1).text().isBlank(), path);
        assertEquals("img", svg.attr("role"), path);
        for (String id : svg.attr("aria-labelledby").split(" ")) {
          assertTrue(svg.getElementById(id) != null, path + ": " + id);
        }
      }
    }
    assertTrue(charts > 40, "charts drawn: " + charts);
  }

  @Test
  void noPageRunsScriptOrFetchesAnythingAndEveryLinkWithinTheReportResolves() {
    for (String path : report.pages()) {
      Document page = report.page(path);
      assertTrue(page.select("script, iframe, object, embed, img, video, audio").isEmpty(), path);
      assertEquals("en", page.selectFirst("html").attr("lang"), path);
      assertEquals(1, page.select("main#main").size(), path);
      for (Element element : page.getAllElements()) {
        element.attributes().forEach(a -> assertFalse(a.getKey().startsWith("on"), path + ": " + a));
      }
      Elements styles = page.select("link");
      assertEquals(1, styles.size(), path);
      assertTrue(Files.isRegularFile(folder.resolve(path).resolveSibling(styles.attr("href")).normalize()), path);
      for (Element a : page.select("a[href]")) {
        String href = a.attr("href");
        if (href.startsWith("https://") || href.startsWith("http://")) {
          continue;   // a source's address: a link out, never loaded by the page
        }
        String file = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
        if (!file.isEmpty()) {
          assertTrue(Files.isRegularFile(folder.resolve(path).resolveSibling(file).normalize()), path + ": " + href);
        } else {
          assertTrue(page.getElementById(href.substring(1)) != null, path + ": " + href);
        }
      }
    }
  }
}
