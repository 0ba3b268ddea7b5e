package org.agorahub.search.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search by meaning, under {@code agora.search.meaning}: how the k nearest items to the query's vector join the
 * items found by the words (see {@link SearchService}). The defaults were the best of the blends measured on the
 * Cranfield collection ({@code bench/search-quality.sh}): k 30 or 100, weight 3, 10 or 30, cosine from 0.30 to 0.60.
 *
 * @param neighbours how many items closest in meaning a search adds (k of the k-nearest-neighbours query), among
 *     those the person may open and the chosen filters allow
 * @param minimumSimilarity the least cosine similarity (−1 to 1) an item must have to the query to be added: below
 *     it an item is not close in meaning, only the least far
 * @param weight how much closeness in meaning counts beside the words' score (BM25): each added item scores
 *     {@code weight × (1 + cosine) / 2} on top of whatever its words score
 */
@ConfigurationProperties("agora.search.meaning")
public record MeaningSearchSettings(
        @DefaultValue("30") int neighbours,

        @DefaultValue(MeaningSearchSettings.DEFAULT_MINIMUM_SIMILARITY)
        float minimumSimilarity,

        @DefaultValue("10") float weight) {

    /**
     * With the quantised all-MiniLM-L6-v2, a paraphrase of a document sharing none of its words scored 0.36 to 0.53
     * in our checks, unrelated texts 0.0 to 0.27; made-up words (codes, test tokens) score 0.4 to 0.6 among each
     * other, which is why the keyword tests run with a stricter value.
     */
    public static final String DEFAULT_MINIMUM_SIMILARITY = "0.3";

    public MeaningSearchSettings {
        if (neighbours < 1 || neighbours > 1000) {
            throw new IllegalArgumentException("agora.search.meaning.neighbours must be between 1 and 1000");
        }
        if (minimumSimilarity < -1 || minimumSimilarity > 1) {
            throw new IllegalArgumentException("agora.search.meaning.minimum-similarity must be between -1 and 1");
        }
        if (weight < 0) {
            throw new IllegalArgumentException("agora.search.meaning.weight must not be negative");
        }
    }
}
