package io.github.peelkit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.PeelkitException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Look-ups in a catalogue say what was meant; a path that cannot be read says why; bad input is a PeelkitException. */
class LookupAndIoMessagesTest {
  private static final Catalog BUILT_IN = Catalog.builtIn();

  @Test
  void aCatalogueLookUpThatMissesSaysWhatWasMeant() {
    assertEquals(
        "unknown framework 'peel-2021-2' in the catalogue; did you mean 'peel-2021-22'?",
        assertThrows(InvariantException.class, () -> BUILT_IN.framework("peel-2021-2")).getMessage());
    InvariantException scale = assertThrows(InvariantException.class, () -> BUILT_IN.scale("peel-202"));
    assertEquals("unknown scale 'peel-202' in the catalogue; did you mean 'peel-2021'?", scale.getMessage());
    assertEquals(ModelCode.UNRESOLVED_REFERENCE, scale.code());
    assertEquals(List.copyOf(BUILT_IN.scales().keySet()), scale.violations().get(0).validValues());
    assertEquals(
        "unknown mapping 'peel-2014-to-peel-2012' in the catalogue; did you mean 'peel-2014-to-peel-2021'?",
        assertThrows(InvariantException.class, () -> BUILT_IN.mapping("peel-2014-to-peel-2012")).getMessage());
    assertEquals(
        "unknown grading rules 'cqc-adult-social-care-2023' in the catalogue; did you mean 'cqc-adult-social-care-2022'?",
        assertThrows(InvariantException.class, () -> BUILT_IN.gradingRules("cqc-adult-social-care-2023")).getMessage());
    assertEquals(
        "unknown assessment 'essex' in the catalogue",
        assertThrows(InvariantException.class, () -> BUILT_IN.assessment("essex")).getMessage());
    assertEquals("peel-2021-22", BUILT_IN.framework("PEEL Assessment Framework 2021/22").id());
  }

  @Test
  void inputWithErrorsIsAPeelkitException() {
    LoadException e = assertThrows(
        LoadException.class, () -> YamlReader.standard().read("empty.yaml", "").orThrow());
    assertEquals(PeelkitException.class, e.getClass().getSuperclass());
  }

  @Test
  void aMissingFileSaysItIsMissing(@TempDir Path dir) {
    Path missing = dir.resolve("missing.yaml");
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> YamlReader.standard().read(missing));
    assertEquals("cannot read " + missing + ": no such file or folder", e.getMessage());
  }

  @Test
  void aFileThatCannotBeWrittenSaysWhy(@TempDir Path dir) throws Exception {
    Path inTheWay = dir.resolve("in-the-way");
    Files.writeString(inTheWay, "a file, not a folder");
    UncheckedIOException e = assertThrows(
        UncheckedIOException.class,
        () -> YamlWriter.standard().write(inTheWay.resolve("out.yaml"), List.of(io.github.peelkit.scale.GradeScales.PEEL_2021)));
    assertEquals("cannot write " + inTheWay.resolve("out.yaml") + ": not a directory", e.getMessage());
  }
}
