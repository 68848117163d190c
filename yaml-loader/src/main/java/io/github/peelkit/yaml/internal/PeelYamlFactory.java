package io.github.peelkit.yaml.internal;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;

/** The YAML factory of the loader: Jackson's, making {@link PeelYamlParser}s with the loader's limits. */
final class PeelYamlFactory extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  private PeelYamlFactory(YAMLFactoryBuilder builder) {
    super(builder);
  }

  /**
   * Creates a factory whose parser-side limits sit just beyond the loader's own, so that the loader's
   * checks, which locate and word their problems, are the ones that fire.
   *
   * @param maxChars the most characters a file may hold
   * @param maxDepth the deepest nesting the loader accepts
   * @return the factory
   */
  static PeelYamlFactory create(long maxChars, int maxDepth) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxChars + 1));
    options.setProcessComments(false);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(maxDepth + 2);
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(maxDepth + 2)
            .maxDocumentLength(-1)
            .maxStringLength(Integer.MAX_VALUE)
            .build();
    YAMLFactoryBuilder builder = YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints);
    return new PeelYamlFactory(builder);
  }

  @Override
  protected YAMLParser _createParser(Reader reader, IOContext context) throws IOException {
    return new PeelYamlParser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, reader);
  }
}
