package io.github.peelkit.grading;

/**
 * How grading rules turn inputs into a grade: by {@link Points} (score each input, band the total or
 * the percentage of the maximum) or by {@link OrderedRules} (the first rule whose condition holds
 * gives the grade). A rules document writes one of them, under {@code points} or {@code rules}.
 */
public sealed interface GradingMethod permits Points, OrderedRules {}
