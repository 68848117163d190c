package io.github.peelkit.yaml.internal;

import java.io.Reader;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.io.IOContext;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLFactoryBuilder;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * The YAML factory of the loader: Jackson's, reading through SnakeYAML Engine (YAML 1.2), making
 * {@link PeelYamlParser}s with the loader's limits.
 */
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
    LoadSettings settings =
        LoadSettings.builder()
            .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxChars + 1))
            .setAllowRecursiveKeys(false)
            .build();
    // Jackson 3 checks the length of every scalar and key against these itself; the loader's own
    // limits are lower and say where, so Jackson's are set out of the way.
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(maxDepth + 2)
            .maxDocumentLength(-1)
            .maxStringLength(Integer.MAX_VALUE)
            .maxNameLength(Integer.MAX_VALUE)
            .build();
    // Jackson 3 detects duplicate keys by default; the reader does, and says where the first one is.
    return new PeelYamlFactory(
        YAMLFactory.builder()
            .loadSettings(settings)
            .streamReadConstraints(constraints)
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION));
  }

  @Override
  protected YAMLParser _createParser(ObjectReadContext readContext, IOContext context, Reader reader) {
    return new PeelYamlParser(
        readContext,
        context,
        _getBufferRecycler(),
        readContext.getStreamReadFeatures(_streamReadFeatures),
        readContext.getFormatReadFeatures(_formatReadFeatures),
        _loadSettings,
        reader);
  }
}
