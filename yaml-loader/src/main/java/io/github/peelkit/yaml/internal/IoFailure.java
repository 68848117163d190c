package io.github.peelkit.yaml.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * A file that cannot be read or written, worded with the reason: the JDK's {@code
 * NoSuchFileException} says only the path, which a message that already names the path repeats.
 */
public final class IoFailure {
  private IoFailure() {}

  /**
   * The exception for a file or folder that cannot be read.
   *
   * @param name the path, as the user gave it
   * @param e what the JDK threw
   * @return {@code cannot read essex.yaml: no such file or folder}, with the cause
   */
  public static UncheckedIOException reading(Object name, IOException e) {
    return new UncheckedIOException("cannot read " + name + ": " + reason(e), e);
  }

  /**
   * The exception for a file that cannot be written.
   *
   * @param name the path, as the user gave it
   * @param e what the JDK threw
   * @return {@code cannot write out.yaml: permission denied}, with the cause
   */
  public static UncheckedIOException writing(Object name, IOException e) {
    return new UncheckedIOException("cannot write " + name + ": " + reason(e), e);
  }

  /**
   * The reason of an I/O failure in a few words.
   *
   * @param e what the JDK threw
   * @return such as {@code no such file or folder}, {@code permission denied}, {@code not a regular file}
   */
  public static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "a part of the path is not a folder";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "a file of that name is in the way";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      // The operating system's own words, such as "Is a directory".
      return f.getReason().toLowerCase(Locale.ROOT);
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
