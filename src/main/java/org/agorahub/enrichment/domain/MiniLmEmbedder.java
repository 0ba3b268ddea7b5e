package org.agorahub.enrichment.domain;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * all-MiniLM-L6-v2, quantised: a sentence embedding model of 22 MB that ships inside its jar and runs on the CPU
 * with ONNX Runtime; 384 dimensions; trained on passages of up to 256 word pieces.
 */
final class MiniLmEmbedder implements Embedder {

    private final AllMiniLmL6V2QuantizedEmbeddingModel model;
    private final HuggingFaceTokenCountEstimator tokens;

    /** Loads the model and its native libraries: about a second and a half; throws when they cannot load. */
    MiniLmEmbedder(Executor executor) {
        this.model = new AllMiniLmL6V2QuantizedEmbeddingModel(executor);
        this.tokens = new HuggingFaceTokenCountEstimator();
    }

    @Override
    public String modelName() {
        return "all-MiniLM-L6-v2 (quantised, ONNX)";
    }

    @Override
    public int dimensions() {
        return 384;
    }

    @Override
    public int maxTokens() {
        return 256;
    }

    @Override
    public int countTokens(String text) {
        return tokens.estimateTokenCountInText(text);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return model.embedAll(segments).content().stream()
                .map(Embedding::vector)
                .map(Vectors::unit)
                .toList();
    }
}
