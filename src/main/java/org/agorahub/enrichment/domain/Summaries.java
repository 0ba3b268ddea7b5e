package org.agorahub.enrichment.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.agorahub.shared.StopWords;

/**
 * Extractive summaries: the two to four sentences most central to the text, in the order the text has them. Nothing
 * is written that the author did not write.
 *
 * <p>Centrality is lexical (the centroid method): a sentence scores by the cosine between its content words and the
 * word frequencies of the whole text, so the sentences that say what the text keeps saying come first. It costs
 * microseconds, where embedding every sentence with the model would cost several times the document's own
 * embedding; measured on the backfill of 100,000 documents, that difference is hours.
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

    /** The summary of a text's sentences, or empty when there are too few to summarise. */
    static Optional<String> of(List<String> sentences) {
        List<String> candidates = candidates(sentences);
        if (candidates.size() < MIN_SENTENCES) {
            return Optional.empty();
        }
        Map<String, Integer> whole = new HashMap<>();
        for (String sentence : sentences) {
            words(sentence).forEach((word, count) -> whole.merge(word, count, Integer::sum));
        }
        double wholeNorm = norm(whole);
        double[] scores = candidates.stream()
                .mapToDouble(sentence -> {
                    Map<String, Integer> own = words(sentence);
                    double dot = 0;
                    for (Map.Entry<String, Integer> word : own.entrySet()) {
                        dot += word.getValue() * whole.getOrDefault(word.getKey(), 0);
                    }
                    double norms = norm(own) * wholeNorm;
                    return norms == 0 ? 0 : dot / norms;
                })
                .toArray();
        List<String> chosen = IntStream.range(0, candidates.size())
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i))
                .limit(length(candidates.size()))
                .sorted()
                .map(candidates::get)
                .toList();
        return Optional.of(String.join(" ", chosen));
    }

    /** Content words (lower case, no stop words, a plural "s" dropped) and how often each occurs. */
    private static Map<String, Integer> words(String sentence) {
        Map<String, Integer> words = new HashMap<>();
        for (String word : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() < 3 || StopWords.ENGLISH.contains(word)) {
                continue;
            }
            String stem = word.length() > 4 && word.endsWith("s") && !word.endsWith("ss")
                    ? word.substring(0, word.length() - 1)
                    : word;
            words.merge(stem, 1, Integer::sum);
        }
        return words;
    }

    private static double norm(Map<String, Integer> counts) {
        double sum = 0;
        for (int count : counts.values()) {
            sum += (double) count * count;
        }
        return Math.sqrt(sum);
    }
}
