package io.github.peelkit.examples.report;

import io.github.peelkit.compare.MappingChoice;
import io.github.peelkit.yaml.Catalog;
import io.github.peelkit.yaml.LoadResult;
import io.github.peelkit.yaml.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A report written for a test, and its pages read back with jsoup. */
final class ReportPages {
  /** The example data of the build: examples/data, relative to the module (surefire's working folder). */
  static final Path DATA = Path.of("data");

  private final Path folder;
  private final List<String> written;

  private ReportPages(Path folder, List<String> written) {
    this.folder = folder;
    this.written = written;
  }

  /** {@return the report of what a path holds, written into a folder} */
  static ReportPages write(Path data, Path folder) {
    LoadResult result = YamlReader.standard().read(data);
    if (result.hasErrors()) {
      throw new IllegalStateException("the test data has errors: " + result.errors());
    }
    Catalog catalog = result.catalog();
    List<io.github.peelkit.assessment.Assessment> loaded = catalog.assessments().values().stream()
        .filter(a -> !Catalog.builtIn().assessments().containsKey(a.id()))
        .toList();
    ReportSite site = ReportSite.of(loaded, catalog.gradingRules(), MappingChoice.of(catalog.mappings().values()));
    return new ReportPages(folder, site.write(folder));
  }

  Path folder() {
    return folder;
  }

  /** {@return the files written, relative to the folder} */
  List<String> written() {
    return written;
  }

  /** {@return the HTML pages written, relative to the folder} */
  List<String> pages() {
    return written.stream().filter(p -> p.endsWith(".html")).toList();
  }

  /** {@return a page, parsed} */
  Document page(String path) {
    try {
      Path file = folder.resolve(path);
      return Jsoup.parse(Files.readString(file), file.toUri().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
