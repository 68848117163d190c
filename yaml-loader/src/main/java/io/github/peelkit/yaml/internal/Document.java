package io.github.peelkit.yaml.internal;

/**
 * One YAML document read from a file: its root node and where it starts.
 *
 * @param file the file it was read from
 * @param index its position in the file, from 0
 * @param root the root node
 * @param line the line of its first node
 * @param column the column of its first node
 */
record Document(String file, int index, Node root, int line, int column) {}
