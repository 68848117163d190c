/** A program that uses peelkit as a library, as a named module. */
module io.github.peelkit.consumer {
  requires io.github.peelkit.yaml;
}
