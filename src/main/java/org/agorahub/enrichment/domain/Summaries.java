package org.agorahub.enrichment.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Extractive summaries: the two to four sentences closest in meaning to the text as a whole (the most "central"
 * ones), in the order the text has them. Nothing is written that the author did not write.
 */
final class Summaries {

    /** Fewer candidate sentences than this and the text is its own summary: none is made. */
    static final int MIN_SENTENCES = 4;

    private static final int MIN_WORDS = 5;
    private static final int MAX_WORDS = 60;

    private Summaries() {}

    /** Sentences worth considering: whole sentences of ordinary length, at most {@link Passages#MAX_SENTENCES}. */
    static List<String> candidates(List<String> sentences) {
        List<String> candidates = new ArrayList<>();
        for (String sentence : sentences) {
            int words = sentence.split(" ").length;
            if (words >= MIN_WORDS && words <= MAX_WORDS && Character.isLetter(sentence.codePointAt(0))) {
                candidates.add(sentence);
                if (candidates.size() == Passages.MAX_SENTENCES) {
                    break;
                }
            }
        }
        return candidates;
    }

    static int length(int candidates) {
        return candidates < 10 ? 2 : candidates < 40 ? 3 : 4;
    }

    /** The summary of candidates whose vectors are given, or empty when there are too few sentences. */
    static Optional<String> choose(List<String> candidates, List<float[]> vectors) {
        if (candidates.size() < MIN_SENTENCES) {
            return Optional.empty();
        }
        int[] ones = new int[vectors.size()];
        java.util.Arrays.fill(ones, 1);
        float[] centre = Vectors.mean(vectors, ones);
        double[] scores = vectors.stream()
                .mapToDouble(v -> org.agorahub.shared.ai.Enrichments.similarity(v, centre))
                .toArray();
        List<String> chosen = IntStream.range(0, candidates.size())
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -scores[i]))
                .limit(length(candidates.size()))
                .sorted()
                .map(candidates::get)
                .toList();
        return Optional.of(String.join(" ", chosen));
    }
}
