package io.github.peelkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Runs each runnable example on the bundled data and checks what it prints, so that the examples the
 * README shows cannot rot. Tests run in the module folder, so the data is at {@code data/...}.
 */
class RunnableExamplesTest {
  /** A main method's standard output and error. */
  private record Printed(String out, String err) {}

  private interface Main {
    void run(String[] args) throws Exception;
  }

  private static Printed run(Main main, String... args) throws Exception {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
    ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
      main.run(args);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    return new Printed(
        capturedOut.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"),
        capturedErr.toString(StandardCharsets.UTF_8));
  }

  @Test
  void loadAndPrintListsEveryAssessmentWithItsGrades() throws Exception {
    Printed printed = run(LoadAndPrint::main, "data");
    assertEquals("", printed.err());
    assertEquals(
        """
        Croft Dene Care Home inspection report (2018-01-12)
          Safe: Inadequate
          Effective: Requires improvement
          Caring: Requires improvement
          Responsive: Requires improvement
          Well-led: Inadequate
          Overall rating: Inadequate
        Earls Lodge inspection report (2019-07-19)
          Safe: Good
          Effective: Good
          Caring: Good
          Responsive: Good
          Well-led: Good
          Overall rating: Good
        Hertfordshire County Council local authority assessment (2024-05-17)
          Assessing needs: Good standard
          Supporting people to live healthier lives: Good standard
          Equity in experience and outcomes: Good standard
          Care provision, integration and continuity: Good standard
          Partnerships and communities: Exceptional standard
          Safe pathways, systems and transitions: Good standard
          Safeguarding: Good standard
          Governance, management and sustainability: Good standard
          Learning, improvement and innovation: Good standard
        London Borough of Camden local authority assessment (2025-02-28)
          Assessing needs: Good standard
          Supporting people to live healthier lives: Good standard
          Equity in experience and outcomes: Exceptional standard
          Care provision, integration and continuity: Good standard
          Partnerships and communities: Exceptional standard
          Safe pathways, systems and transitions: Exceptional standard
          Safeguarding: Good standard
          Governance, management and sustainability: Exceptional standard
          Learning, improvement and innovation: Exceptional standard
        Core business: An inspection of crime prevention, police attendance and use of police time (2014-09-03)
          Preventing crime: not graded: narrative
          Attending crimes and incidents: not graded: narrative
          Freeing up time: not graded: narrative
        Essex Police – HMIC Inspection Report (2007-10-01)
          Neighbourhood Policing: Fair
          Performance management: Good
          Protecting vulnerable people: not graded: not-graded
          Child abuse: Good
          Domestic violence: Poor
          Public protection: Fair
          Missing persons: Fair
        Essex Police HMICFRS Grades: PEEL 2016 (2017-03-02)
          Effectiveness: Good
          Efficiency: Good
          Legitimacy: Good
          Leadership: not graded: narrative
        Essex PEEL 2017 (2018-03-22)
          Effectiveness: Good
          Efficiency: Good
          Legitimacy: Good
        PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Essex Police (2019-05-02)
          Effectiveness: Good
          Efficiency: Good
          Legitimacy: Good
        PEEL 2021/22 – An inspection of Essex Police (2022-10-14)
          Providing a service to the victims of crime: not graded: not-graded
          Crime data integrity: Outstanding
          Engaging with and treating the public with fairness and respect: Good
          Preventing crime and anti-social behaviour: Adequate
          Responding to the public: Requires improvement
          Investigating crime: Adequate
          Protecting vulnerable people: Adequate
          Managing offenders and suspects: Adequate
          Disrupting serious organised crime: Good
          Building, supporting and protecting the workforce: Good
          Vetting and counter corruption: not graded: graded-separately
          Strategic planning, organisational management and value for money: Good
        Joint inspection of Dorset Combined Youth Justice Service (2023-01-17)
          1.1 Governance and leadership: Good
          1.2 Staff: Good
          1.3 Partnerships and services: Good
          1.4 Information and facilities: Good
          2.1 Assessment (court disposals): Good
          2.2 Planning (court disposals): Good
          2.3 Implementation and delivery (court disposals): Good
          2.4 Reviewing (court disposals): Good
          3.1 Assessment (out-of-court disposals): Requires improvement
          3.2 Planning (out-of-court disposals): Outstanding
          3.3 Implementation and delivery (out-of-court disposals): Good
          3.4 Out-of-court disposal policy and provision: Good
          4.1 Resettlement policy and provision: Good
          Overall rating: Good
        """,
        printed.out());
  }

  @Test
  void convertGradesKeepsTheRangeAndTheCaveat() throws Exception {
    Printed printed = run(ConvertGrades::main, "data/essex/peel-2016.yaml");
    assertEquals(
        """
        Effectiveness: Good -> [Good, Adequate] (many-to-many), worst Adequate
        Efficiency: Good -> [Good, Adequate] (many-to-many), worst Adequate
        Legitimacy: Good -> [Good, Adequate] (many-to-many), worst Adequate
        Comparable: false. Grades of the four-tier PEEL scale (2014 to 2018/19) and of the five-tier scale \
        (from 2021/22) are not directly comparable. In the inspectorate's words: "These changes mean that it \
        isn't possible to make direct comparisons between the grades awarded this year with those from previous \
        PEEL inspections. A reduction in grade, particularly from good to adequate, doesn't necessarily mean that \
        there has been a reduction in performance, unless we say so in the report."
        """,
        printed.out());
  }

  @Test
  void computeIntervalReproducesThePublishedFigures() throws Exception {
    Printed printed = run(ComputeInterval::main, "data/essex/peel-2021-22.yaml");
    assertEquals(
        """
        published 0.857 ± 0.049 fits 168 of 196 (wald, 95%): estimate 0.857143, margin 0.048989
        wald             0.8082 to 0.9061
        wilson           0.8013 to 0.8993
        wilson-cc        0.7984 to 0.9014
        agresti-coull    0.8008 to 0.8997
        clopper-pearson  0.8002 to 0.9029
        jeffreys         0.8031 to 0.9008
        2019 sample sizes that fit: [200]
        """,
        printed.out());
  }

  @Test
  void compareAssessmentsPrintsEssexsDirectionsAndTheCaveat() throws Exception {
    Printed printed = run(CompareAssessments::main, "data");
    assertEquals("", printed.err());
    assertEquals(
        """
        essex-hmic-2007 -> essex-core-business-2014: no area judged in both
        essex-core-business-2014 -> essex-peel-2016: no area judged in both
        essex-peel-2016 -> essex-peel-2017: effectiveness: stable (good both times); efficiency: stable (good both times); \
        legitimacy: stable (good both times)
        essex-peel-2017 -> essex-peel-2018-19: effectiveness: stable (good both times); efficiency: stable (good both times); \
        legitimacy: stable (good both times)
        essex-peel-2018-19 -> essex-peel-2021-22: no area judged in both
          not directly comparable: Grades of the four-tier PEEL scale (2014 to 2018/19) and of the five-tier scale (from \
        2021/22) are not directly comparable. In the inspectorate's words: "These changes mean that it isn't possible to make \
        direct comparisons between the grades awarded this year with those from previous PEEL inspections. A reduction in \
        grade, particularly from good to adequate, doesn't necessarily mean that there has been a reduction in performance, \
        unless we say so in the report."
        crime-data-integrity: 1 outstanding
        fairness-and-respect: 1 good
        preventing-crime: 1 adequate
        responding-to-the-public: 1 requires-improvement
        investigating-crime: 1 adequate
        protecting-vulnerable-people: 1 adequate
        managing-offenders: 1 adequate
        serious-organised-crime: 1 good
        workforce: 1 good
        value-for-money: 1 good
        """,
        printed.out());
  }

  @Test
  void findOutliersSetsEssexAmongItsSyntheticPeers() throws Exception {
    Printed printed = run(FindOutliers::main, "data/essex/peel-2021-22.yaml", "synthetic/peers-peel-2021-22.yaml");
    assertEquals("", printed.err());
    assertEquals(
        """
        43 subjects, log scale: the logs pass the Shapiro–Wilk test (p ≥ α)
        band 0.0020 to 0.0053
        essex 0.009: z = 2.10, well-above
        """,
        printed.out());
  }
}
