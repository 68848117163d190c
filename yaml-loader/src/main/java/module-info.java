/**
 * peelkit YAML loader: reads and writes the {@code peelkit/v1} YAML format with located, collected
 * problems, ships the built-in frameworks and the JSON Schema of the format. The public API is the
 * package {@code io.github.peelkit.yaml}; everything under {@code internal} may change without notice.
 */
module io.github.peelkit.yaml {
  requires transitive io.github.peelkit.core;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;

  exports io.github.peelkit.yaml;
}
