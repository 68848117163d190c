/**
 * peelkit YAML loader: reads and writes the {@code peelkit/v1} YAML format with located, collected
 * problems, ships the built-in frameworks and the JSON Schema of the format. The public API is the
 * package {@code io.github.peelkit.yaml}; everything under {@code internal} may change without notice.
 */
module io.github.peelkit.yaml {
  requires transitive io.github.peelkit.core;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;

  exports io.github.peelkit.yaml;
}
