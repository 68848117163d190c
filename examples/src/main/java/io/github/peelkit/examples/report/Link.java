package io.github.peelkit.examples.report;

/**
 * A link from one page of the report to another, by a path relative to the linking page.
 *
 * @param text what the link says
 * @param href where it goes, a relative path the report made (never text from input)
 */
public record Link(String text, String href) {}
