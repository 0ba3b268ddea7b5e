package org.agorahub.enrichment.domain;

import java.util.List;

/**
 * A text embedding model running inside the application. One implementation today ({@link MiniLmEmbedder}); a
 * different model is another implementation of this interface selected by configuration.
 */
public interface Embedder {

    /** Shown on the AI page and stored with each vector, so a model change is noticed. */
    String modelName();

    int dimensions();

    /** The most word pieces the model reads of one passage; longer passages are cut. */
    int maxTokens();

    /** Word pieces in a text, as the model's tokenizer counts them. */
    int countTokens(String text);

    /** One unit-length vector per text, in order. */
    List<float[]> embedAll(List<String> texts);
}
