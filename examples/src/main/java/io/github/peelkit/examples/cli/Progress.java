package io.github.peelkit.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A progress line on a terminal while a long task runs: it appears only after a short while (quick
 * runs show nothing), is redrawn in place with the time taken, and is erased when the task ends, so
 * that what is printed afterwards starts on a clean line. It draws nothing when not enabled, as when
 * standard error is a file or a pipe.
 */
final class Progress implements AutoCloseable {
  /** How long a task runs before the line appears. */
  static final long DELAY_MILLIS = 500;

  private static final long REDRAW_MILLIS = 250;

  private final PrintWriter err;
  private final Supplier<String> task;
  private final Thread thread;
  private final long start = System.nanoTime();
  private volatile boolean done;
  private int drawn;

  private Progress(PrintWriter err, Supplier<String> task, boolean enabled) {
    this.err = err;
    this.task = task;
    if (enabled) {
      thread = new Thread(this::draw, "peel-progress");
      thread.setDaemon(true);
      thread.start();
    } else {
      thread = null;
    }
  }

  /**
   * Starts showing the progress of a task.
   *
   * @param err where to draw
   * @param task what is being done, such as {@code validating 1,204 files}
   * @param enabled whether to draw at all
   * @return the progress, to close when the task ends
   */
  static Progress start(PrintWriter err, String task, boolean enabled) {
    return new Progress(err, () -> task, enabled);
  }

  /**
   * Starts showing the progress of a task whose words change as it goes, such as how many files of
   * how many are done.
   *
   * @param err where to draw
   * @param task what is being done, asked anew at every redraw
   * @param enabled whether to draw at all
   * @return the progress, to close when the task ends
   */
  static Progress start(PrintWriter err, Supplier<String> task, boolean enabled) {
    return new Progress(err, task, enabled);
  }

  /** {@return what {@code peel validate} draws: {@code validating: 40 of 1204 files}} */
  static String files(int done, int total) {
    return "validating: " + done + " of " + Words.count(total, "file", "files");
  }

  /** {@return the line drawn after a time: {@code validating 1,204 files… 2.5 s}} */
  static String line(String task, long elapsedMillis) {
    return String.format(Locale.ROOT, "%s… %.1f s", task, elapsedMillis / 1000.0);
  }

  private void draw() {
    try {
      Thread.sleep(DELAY_MILLIS);
      while (!done) {
        synchronized (this) {
          if (done) {
            return;
          }
          String line = line(task.get(), (System.nanoTime() - start) / 1_000_000);
          err.print("\r" + line + " ".repeat(Math.max(0, drawn - Wrap.width(line))));
          err.flush();
          drawn = Math.max(drawn, Wrap.width(line));
        }
        Thread.sleep(REDRAW_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops drawing and erases the line. */
  @Override
  public void close() {
    if (thread == null) {
      return;
    }
    synchronized (this) {
      done = true;
      if (drawn > 0) {
        err.print("\r" + " ".repeat(drawn) + "\r");
        err.flush();
      }
    }
    thread.interrupt();
  }
}
