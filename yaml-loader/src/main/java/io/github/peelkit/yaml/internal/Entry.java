package io.github.peelkit.yaml.internal;

import io.github.peelkit.yaml.Origin;

/**
 * An item of a catalogue with where it was defined.
 *
 * @param value the item
 * @param origin where it was defined
 * @param <T> the kind of item
 */
public record Entry<T>(T value, Origin origin) {}
