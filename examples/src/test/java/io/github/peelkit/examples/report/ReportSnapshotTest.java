package io.github.peelkit.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML of the report of the Essex example, byte for byte: an output format is API, so a change
 * to the pages shows in review as a diff of {@code src/test/resources/snapshots/report}. After a
 * deliberate change, regenerate them as {@code CommandSnapshotTest}'s are, with
 * {@code -Dpeel.snapshots.update=true -Dtest=ReportSnapshotTest}, and review the diff.
 */
class ReportSnapshotTest {
  private static final Path SNAPSHOTS = Path.of("src/test/resources/snapshots/report");
  private static final boolean UPDATE = Boolean.getBoolean("peel.snapshots.update");

  @Test
  void thePagesOfTheEssexReportAreAsReviewed(@TempDir Path folder) throws IOException {
    ReportPages report = ReportPages.write(ReportPages.DATA.resolve("essex"), folder);
    for (String page : List.of("index.html", "assessments/essex-peel-2021-22.html", "assessments/essex-peel-2017.html",
        "frameworks/hmic-2007.html", "peel.css")) {
      String written = Files.readString(folder.resolve(page), StandardCharsets.UTF_8);
      Path snapshot = SNAPSHOTS.resolve(page);
      if (UPDATE) {
        Files.createDirectories(snapshot.getParent());
        Files.writeString(snapshot, written, StandardCharsets.UTF_8);
      }
      assertEquals(Files.readString(snapshot, StandardCharsets.UTF_8), written, page);
    }
  }
}
