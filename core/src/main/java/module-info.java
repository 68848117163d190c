/**
 * peelkit core: the immutable domain model of graded inspection assessments, their evidence
 * statistics and law-checked grade mappings. Knows nothing of YAML or the command line.
 */
module io.github.peelkit.core {
  requires static org.immutables.value.annotations;
  requires org.apache.commons.numbers.gamma;
  requires org.apache.commons.statistics.distribution;
  requires org.apache.commons.statistics.interval;

  exports io.github.peelkit.assessment;
  exports io.github.peelkit.check;
  exports io.github.peelkit.compare;
  exports io.github.peelkit.evidence;
  exports io.github.peelkit.extension;
  exports io.github.peelkit.framework;
  exports io.github.peelkit.grading;
  exports io.github.peelkit.interval;
  exports io.github.peelkit.mapping;
  exports io.github.peelkit.normality;
  exports io.github.peelkit.outlier;
  exports io.github.peelkit.scale;
  exports io.github.peelkit.testkit;
}
