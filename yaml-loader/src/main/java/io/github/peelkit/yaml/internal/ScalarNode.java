package io.github.peelkit.yaml.internal;

/** A scalar: its text as written (after YAML's own unescaping and folding) and whether it was plain. */
public final class ScalarNode extends Node {
  private final String text;
  private final boolean plain;
  private ScalarType type;

  ScalarNode(int line, int column, String text, boolean plain) {
    super(line, column);
    this.text = text;
    this.plain = plain;
  }

  /** {@return the text} */
  public String text() {
    return text;
  }

  /** {@return whether the scalar was written without quotes or block indicator} */
  public boolean plain() {
    return plain;
  }

  /** {@return the scalar's YAML 1.2 core type, worked out once when first asked} */
  public ScalarType type() {
    ScalarType t = type;
    if (t == null) {
      t = ScalarType.of(text, plain);
      type = t;
    }
    return t;
  }

  @Override
  public String describe() {
    switch (type()) {
      case NULL:
        return "null";
      case BOOL:
        return "the boolean " + text;
      case INT:
      case FLOAT:
      case NOT_FINITE:
        return "the number " + text;
      default:
        return "text '" + Texts.abbreviate(text) + "'";
    }
  }
}
