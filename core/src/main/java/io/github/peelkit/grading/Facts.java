package io.github.peelkit.grading;

import io.github.peelkit.scale.Grade;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts about a combination of inputs that decide a condition, in words a reader can check
 * against the inputs: {@code 2 of 5 inputs are inadequate}, {@code safe is good, not inadequate}.
 * For a condition that holds they say why it holds; for one that does not, why not.
 */
final class Facts {
  private final Inputs inputs;
  private final List<Grade> grades;

  Facts(Inputs inputs, List<Grade> grades) {
    this.inputs = inputs;
    this.grades = grades;
  }

  /** Whether a condition holds for the inputs. */
  boolean holds(Condition condition) {
    if (condition instanceof CountCondition c) {
      return c.accepts(selected(c.selector()));
    }
    if (condition instanceof InputCondition c) {
      return c.is().matches(grades.get(inputs.indexOf(c.input()).getAsInt()));
    }
    if (condition instanceof AllCondition c) {
      return c.conditions().stream().allMatch(this::holds);
    }
    if (condition instanceof AnyCondition c) {
      return c.conditions().stream().anyMatch(this::holds);
    }
    return !holds(((NotCondition) condition).condition());
  }

  /** The facts that make a condition hold, or fail, as it does for the inputs. */
  String of(Condition condition) {
    boolean holds = holds(condition);
    if (condition instanceof CountCondition c) {
      int n = selected(c.selector());
      String fact = n + " of " + grades.size() + " input" + (grades.size() == 1 ? " " : "s ") + (n == 1 ? "is " : "are ") + c.selector().words();
      if (holds) {
        return fact;
      }
      return c.atLeast().isPresent() && n < c.atLeast().getAsInt()
          ? fact + ", fewer than " + c.atLeast().getAsInt()
          : fact + ", more than " + c.atMost().getAsInt();
    }
    if (condition instanceof InputCondition c) {
      Grade grade = grades.get(inputs.indexOf(c.input()).getAsInt());
      String fact = c.input() + " is " + grade.id();
      if (c.is().direction() == Selector.Direction.EXACTLY) {
        return holds ? fact : fact + ", not " + c.is().words();
      }
      return fact + (holds ? ", " : ", not ") + c.is().words();
    }
    if (condition instanceof NotCondition c) {
      return of(c.condition());
    }
    List<Condition> parts = condition instanceof AllCondition all ? all.conditions() : ((AnyCondition) condition).conditions();
    // All holds, or any fails, because of every part; all fails, or any holds, because of the first that does.
    boolean every = condition instanceof AllCondition == holds;
    List<String> facts = new ArrayList<>();
    for (Condition part : parts) {
      if (every) {
        facts.add(of(part));
      } else if (holds(part) == holds) {
        return of(part);
      }
    }
    return String.join(" and ", facts);
  }

  private int selected(Selector selector) {
    int n = 0;
    for (Grade g : grades) {
      if (selector.matches(g)) {
        n++;
      }
    }
    return n;
  }
}
