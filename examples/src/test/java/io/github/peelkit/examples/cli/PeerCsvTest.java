package io.github.peelkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.yaml.FileCode;
import io.github.peelkit.yaml.Problem;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeerCsvTest {
  private static PeerCsv.Result read(String text) {
    return PeerCsv.read("peers.csv", text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> subjects(PeerMeasure measure) {
    return measure.values().stream().map(PeerMeasure.Value::subject).toList();
  }

  @Test
  void readsQuotedCellsLineEndingsBlankLinesAndSpacesAsWritten() {
    String text = "\uFEFFvalue , subject\r\n"
        + "0.81, kent\r\n"
        + "\r\n"
        + "  0.850 , \"Devon and Cornwall, \"\"South West\"\"\" \n"
        + "\t.79\t,\"Avon\nand Somerset\"\r"
        + "1e-3,essex\n";
    PeerCsv.Result result = read(text);
    assertEquals(List.of(), result.problems());
    PeerMeasure measure = result.measures().get(0);
    assertEquals(Optional.empty(), measure.name());
    assertEquals(List.of("kent", "Devon and Cornwall, \"South West\"", "Avon\nand Somerset", "essex"), subjects(measure));
    // Values are kept exactly as written: 0.850 keeps its last zero.
    assertEquals(new BigDecimal("0.850"), measure.values().get(1).written());
    assertEquals(0.001, measure.values().get(3).number());
    // Places: the quoted subject spans lines 5 and 6 (a lone \r ends a line too), so essex is on line 7.
    PeerMeasure.Value essex = measure.values().get(3);
    assertEquals(7, essex.place().line());
    assertEquals(1, essex.place().column());
    assertEquals(4, measure.values().get(1).place().line());
    assertEquals(3, measure.values().get(1).place().column());
  }

  @Test
  void keepsMeasuresInOrderOfTheirFirstRowAndAllowsASubjectInEach() {
    PeerCsv.Result result = read(
        "subject,measure,value\na,m2,1\na,m1,5\nb,m2,2\nb,m1,6\nc,m2,4\nc,m1,9\n");
    assertEquals(List.of(), result.problems());
    assertEquals(List.of(Optional.of("m2"), Optional.of("m1")), result.measures().stream().map(PeerMeasure::name).toList());
    assertEquals(List.of("a", "b", "c"), subjects(result.measures().get(1)));
  }

  @Test
  void columnsCountCodePoints() {
    PeerCsv.Result result = read("subject,value\n\uD83D\uDE93,x\n");
    Problem problem = result.problems().get(0);
    assertEquals(2, problem.line());
    assertEquals(3, problem.column());
  }

  @Test
  void stopsAfterTwoHundredProblems() {
    StringBuilder text = new StringBuilder("subject,value\n");
    for (int i = 0; i < 300; i++) {
      text.append("s").append(i).append(",x\n");
    }
    List<Problem> problems = read(text.toString()).problems();
    assertEquals(201, problems.size());
    Problem last = problems.get(200);
    assertEquals(FileCode.LIMIT_EXCEEDED, last.code());
    assertEquals("more than 200 problems: the rest of the file is not read", last.message());
    assertEquals(202, last.line());
  }

  @Test
  void refusesMoreThanFiveThousandSubjects() {
    StringBuilder text = new StringBuilder("subject,value\n");
    for (int i = 0; i < 5001; i++) {
      text.append("s").append(i).append(',').append(i % 17).append('\n');
    }
    List<Problem> problems = read(text.toString()).problems();
    assertEquals(1, problems.size());
    assertEquals(
        "peers.csv:2:1: error[PK006]: there are 5001 subjects: an outlier analysis takes at most 5000 (the range of the Shapiro–Wilk test)",
        problems.get(0).toText());
  }

  @Test
  void aQuotedEmptySubjectIsEmptyNotABlankLine() {
    List<Problem> problems = read("subject,value\n\"\",1\na,2\nb,3\nc,4\n").problems();
    assertEquals("peers.csv:2:1: error[PK005]: subject: the subject is empty", problems.get(0).toText());
  }

  @Test
  void refusesNumbersThatWouldBeReadAsSomethingElse() {
    for (String value : List.of("1d", "1f", "0x10", "1_000", "1e", "--1", "1.2.3", "Infinity", "nan", "\u0661")) {
      List<Problem> problems = read("subject,value\na," + value + "\nb,2\nc,3\n").problems();
      assertEquals(1, problems.size(), value);
      assertEquals(ModelCode.INVALID_VALUE, problems.get(0).code(), value);
    }
    for (String value : List.of("+1", "-0", ".5", "5.", "1E+3", "0.000")) {
      assertTrue(read("subject,value\na," + value + "\nb,2\nc,3\n").problems().isEmpty(), value);
    }
  }

  @Test
  void aMeasureCellIsRequiredWhenTheColumnIsThere() {
    List<Problem> problems = read("subject,value,measure\na,1,m\nb,2,\nc,3\n").problems();
    assertEquals(
        List.of(
            "peers.csv:3:5: error[PK005]: measure: the measure is empty",
            "peers.csv:4:4: error[PK005]: measure: the measure is missing: the row ends before the 'measure' column"),
        problems.stream().map(Problem::toText).toList());
  }

  @Test
  void aColumnNamedTwiceOrWithoutANameIsAHeaderProblem() {
    assertEquals(
        List.of(
            "peers.csv:1:15: error[PK007]: the column 'value' is named twice",
            "peers.csv:1:21: error[PK004]: a column without a name: the first row must name the columns subject,value and optionally measure"),
        read("subject,value,value,\na,1,2,\n").problems().stream().map(Problem::toText).toList());
    assertEquals(
        List.of("peers.csv:1:1: error[PK005]: the header has no 'value' column: the first row must name the columns subject,value and optionally measure"),
        read("subject,measure\na,m\n").problems().stream().map(Problem::toText).toList());
  }
}
