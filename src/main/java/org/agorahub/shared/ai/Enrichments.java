package org.agorahub.shared.ai;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the on-premises AI produced, for the modules that show it. Every method answers "nothing" rather than
 * failing when the AI is switched off or the model could not be loaded, so callers need no special case.
 */
public interface Enrichments {

    String KIND_DOCUMENT = "document";
    String KIND_THREAD = "thread";
    String KIND_PERSON = "person";

    /** Name of the vector field each enriched index entry carries. */
    String VECTOR_FIELD = "embedding";

    /** Length of the vectors, fixed by the model (the search index's schema is built with it). */
    int DIMENSIONS = 384;

    /** Whether a feature is on and the model is loaded. */
    boolean enabled(AiFeature feature);

    /**
     * The vector of a short text (a query, a goal, a title), computed now: a few milliseconds. Empty when the AI
     * is off or the text has no words. Longer texts are cut to what the model reads in one passage.
     */
    Optional<float[]> embed(String text);

    /** The stored vector of one piece of content, unit length; empty when it has none (yet). */
    Optional<float[]> vectorOf(String kind, long id);

    /** The stored vectors of several pieces of content of one kind; those without one are left out. */
    Map<Long, float[]> vectorsOf(String kind, Collection<Long> ids);

    /** The automatically generated summary of one piece of content, when it has one and summaries are on. */
    Optional<String> summaryOf(String kind, long id);

    /** Summaries of several pieces of content of one kind (for search results); those without one are left out. */
    Map<Long, String> summariesOf(String kind, Collection<Long> ids);

    /**
     * Up to {@code limit} key phrases of a text (words and short phrases it keeps coming back to), best first, in
     * lower case: one source of suggested tags. Empty when suggested tags are off. Reads a bounded prefix of the text.
     */
    List<String> keyPhrases(String text, int limit);

    /**
     * The cosine similarity of a k-nearest-neighbours hit on the {@link #VECTOR_FIELD} from its score (for a
     * cosine field Lucene, and Elasticsearch or OpenSearch alike, score {@code (1 + cosine) / 2}).
     */
    static double similarityOfScore(float score) {
        return 2.0 * score - 1.0;
    }

    /**
     * The score of a k-nearest-neighbours hit whose cosine similarity is {@code similarity}, the inverse of {@link
     * #similarityOfScore}: what a floor on similarity is given to the search backend as. A score rather than a
     * similarity, because OpenSearch reads "minimum similarity" as a maximum distance; a score means the same to
     * both backends. On OpenSearch a floor makes the k-NN clause a radial search: every item above it, not only the
     * k nearest.
     */
    static float scoreOfSimilarity(double similarity) {
        return (float) ((1.0 + similarity) / 2.0);
    }

    /** Cosine similarity of two unit vectors. */
    static double similarity(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
