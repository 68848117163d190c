package io.github.peelkit.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page of the report of the Essex example, rendered by a real headless Chromium: the page
 * loads offline, its main content is in the DOM the browser built, and a screenshot shows it drawn.
 */
class ChromiumRenderTest {
  @TempDir static Path folder;
  private static ReportPages report;

  @BeforeAll
  static void writeTheReport() throws IOException {
    report = ReportPages.write(ReportPages.DATA.resolve("essex"), Files.createDirectories(folder.resolve("site")));
  }

  @Test
  void chromiumRendersEveryPageWithItsMainContent() {
    Chromium chromium = Chromium.find(folder);
    assertEquals(13, report.pages().size(), report.pages().toString());
    for (String path : report.pages()) {
      Path page = report.folder().resolve(path);
      Chromium.Run run = chromium.dumpDom(page);
      assertEquals(0, run.exitCode(), path + ": " + run.err());
      Document rendered = Jsoup.parse(run.out());
      Document written = report.page(path);
      assertFalse(rendered.select("main#main h1").text().isBlank(), path + ": no heading rendered\n" + run.out());
      assertEquals(written.select("main h1").text(), rendered.select("main#main h1").text(), path);
      assertEquals(written.select("main svg").size(), rendered.select("main svg").size(), path + ": charts");
      assertEquals(written.select("main .chip").eachText(), rendered.select("main .chip").eachText(), path + ": chips");
      assertEquals(written.select("main table").size(), rendered.select("main table").size(), path + ": tables");
    }
  }

  @Test
  void aGradeCardPrintsOnA4() throws IOException {
    Chromium chromium = Chromium.find(folder);
    Path pdf = folder.resolve("card.pdf");
    Chromium.Run run = chromium.printToPdf(report.folder().resolve("assessments/essex-peel-2021-22.html"), pdf);
    assertEquals(0, run.exitCode(), run.err());
    // Every page's media box is A4, 595.28 x 841.89 points, as the print style sheet's @page asks.
    String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
    Matcher box = Pattern.compile("/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*\\]").matcher(text);
    int pages = 0;
    while (box.find()) {
      pages++;
      assertEquals(595.28, Double.parseDouble(box.group(1)), 1.0, box.group());
      assertEquals(841.89, Double.parseDouble(box.group(2)), 1.0, box.group());
    }
    assertTrue(pages >= 2, "pages printed: " + pages);
  }

  @Test
  void aScreenshotOfAGradeCardShowsTheCardDrawn() throws IOException {
    Chromium chromium = Chromium.find(folder);
    Path png = folder.resolve("card.png");
    Chromium.Run run = chromium.screenshot(report.folder().resolve("assessments/essex-peel-2021-22.html"), png, 1280, 1600);
    assertEquals(0, run.exitCode(), run.err());
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(1280, image.getWidth());
    assertEquals(1600, image.getHeight());
    // Drawn, not blank: dark text on the white page, and the colours of the grade chips.
    int dark = 0;
    int tinted = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        if (r + g + b < 150) {
          dark++;
        }
        if (Math.abs(r - b) > 30 || Math.abs(g - b) > 30) {
          tinted++;
        }
      }
    }
    assertTrue(dark > 5_000, "dark pixels (text): " + dark);
    assertTrue(tinted > 1_000, "tinted pixels (chips): " + tinted);
  }
}
