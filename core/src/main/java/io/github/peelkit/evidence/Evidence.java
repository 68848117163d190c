package io.github.peelkit.evidence;

import io.github.peelkit.extension.Extensions;
import io.github.peelkit.internal.Checks;
import io.github.peelkit.internal.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One piece of evidence behind a judgment: either a {@link Sample} or a {@link Measure}.
 *
 * <p>Findings link to evidence by {@linkplain #id() id}. All implementations are immutable,
 * thread-safe value types.
 */
public abstract sealed class Evidence permits Sample, Measure {
  Evidence() {}

  /** {@return the id that findings link to, a slug unique within its assessment, when given} */
  public abstract Optional<String> id();

  /** {@return what was sampled or measured, over which period, in the report's words} */
  public abstract String description();

  /** {@return a remark on the evidence, such as where the figure was published, when given} */
  public abstract Optional<String> note();

  /** {@return the free-form data kept with this value, empty when there is none} */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /** Checks shared by every kind of evidence. */
  void checkCommon(Violations found) {
    if (id().isPresent()) {
      Checks.id(found, "id", id().get());
    }
    Checks.notBlank(found, "description", description());
  }
}
