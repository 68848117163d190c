package io.github.peelkit.yaml;

import io.github.peelkit.check.Code;
import io.github.peelkit.check.Severity;

/**
 * The codes of what only a YAML file can break, before any rule of the model applies: malformed
 * YAML, a safety limit, an unknown apiVersion or kind, an unknown key, a YAML feature the format
 * refuses. The model's own codes are {@link io.github.peelkit.check.ModelCode}s; {@link
 * YamlReader#codes()} lists both. A code never changes meaning.
 */
public enum FileCode implements Code {
  /** PK001: malformed YAML, or a file that is not UTF-8. */
  MALFORMED_YAML("PK001", "malformed YAML"),
  /** PK002: a safety limit exceeded: size, depth, scalar or key length, documents, files. */
  LIMIT_EXCEEDED("PK002", "safety limit exceeded"),
  /** PK003: an unknown {@code apiVersion} or {@code kind}. */
  UNKNOWN_API_VERSION_OR_KIND("PK003", "unknown apiVersion or kind"),
  /** PK004: an unknown key. */
  UNKNOWN_KEY("PK004", "unknown key"),
  /** PK016: an unsupported YAML feature: anchor, alias, merge key, tag. */
  UNSUPPORTED_YAML_FEATURE("PK016", "unsupported YAML feature");

  private final String id;
  private final String title;

  FileCode(String id, String title) {
    this.id = id;
    this.title = title;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String title() {
    return title;
  }

  /** {@return {@link Severity#ERROR}: a file that breaks one of these cannot be used} */
  @Override
  public Severity severity() {
    return Severity.ERROR;
  }
}
