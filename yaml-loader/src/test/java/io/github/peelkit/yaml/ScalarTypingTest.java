package io.github.peelkit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.peelkit.extension.ExtensionValue;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Plain scalars are typed by YAML 1.2 core rules, seen through extensions, which keep any type. */
class ScalarTypingTest {
  private static ExtensionValue read(String scalar) {
    return Yaml.read(Yaml.scale("typed", "extensions:\n  v: " + scalar + "\n")).orThrow().scales().get("typed")
        .extensions().get("v").orElseThrow();
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '^',
      value = {
        "null|null", "Null|null", "NULL|null", "~|null", "''|text:", "nULL|text:nULL",
        "true|bool:true", "True|bool:true", "TRUE|bool:true", "false|bool:false", "FALSE|bool:false",
        "yes|text:yes", "no|text:no", "on|text:on", "off|text:off", "y|text:y", "tRUE|text:tRUE",
        "0|number:0", "-12|number:-12", "+12|number:12", "007|number:7", "0o17|number:15", "0x1F|number:31",
        "0b101|text:0b101", "1_000|text:1_000", "1:20|text:1:20", "0x|text:0x", "0o8|text:0o8",
        "1.50|number:1.50", ".5|number:0.5", "1.|number:1", "-1.5e3|number:-1.5E+3", "1e3|number:1E+3",
        "1E-2|number:0.01", "+.5|number:0.5", ".|text:.", "1e|text:1e", "e3|text:e3", "1.2.3|text:1.2.3",
        "2022-10-14|text:2022-10-14", "'12'|text:12", "\"true\"|text:true", "12 apples|text:12 apples"
      })
  void typesPlainScalarsByYaml12CoreRules(String scalar, String expected) {
    ExtensionValue value = read(scalar);
    String actual =
        value instanceof ExtensionValue.Text t ? "text:" + t.value()
            : value instanceof ExtensionValue.Bool b ? "bool:" + b.value()
            : value instanceof ExtensionValue.Decimal d ? "number:" + d.value()
            : "null";
    assertEquals(expected, actual);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({".inf", "-.Inf", "+.INF", ".nan", ".NaN"})
  void refusesNotFiniteNumbers(String scalar) {
    assertEquals(
        java.util.List.of(
            "t.yaml:7:6: error[PK006]: extensions.v: " + scalar + " is not a finite number: write '" + scalar
                + "' in quotes to keep it as text"),
        Yaml.lines(Yaml.scale("typed", "extensions:\n  v: " + scalar + "\n")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"1.50", "0.857", "1E+3", "-0.000"})
  void keepsNumbersExactlyAsWritten(String scalar) {
    assertEquals(ExtensionValue.of(new BigDecimal(scalar)), read(scalar));
  }
}
