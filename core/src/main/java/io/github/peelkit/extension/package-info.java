/**
 * Free-form data that users keep beside the model: the {@code extensions:} of every object in the
 * YAML format, kept exactly on load and write.
 */
package io.github.peelkit.extension;
