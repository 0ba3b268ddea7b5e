package org.agorahub.bench.latency;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * English-like documents and queries for the latency benchmark, the same for the same seed on any machine.
 *
 * <p>The words follow Zipf's law (exponent 1) over about 40,000 words: the 100 commonest are real English function
 * words (Lucene's stop words among them), so they make up about half of the running text as in real prose; the rest
 * are pronounceable made-up words, shorter the commoner, each seen in inflected forms (-s, -ed, -ing, -ly, -ment) so
 * that stemming has work to do. Each document is about one of 60 topics, and about one word in eight comes from its
 * topic's 150 words, so the words of a query co-occur as they do in real documents. Lengths are log-normal with a
 * median of about 4 KB and a mean of about 5 KB; titles have 4 to 10 words, 0 to 4 tags, two in five documents a
 * one-sentence description, one in fifty numbers.
 *
 * <p>Made-up words rather than a real dictionary keep the benchmark self-contained and reproducible; what latency
 * depends on (document lengths, how many documents each term is in, how the words of a query co-occur) is what the
 * generator controls.
 */
final class SyntheticCorpus {

    static final long SEED = 20_261_123L;

    static final int TOPICS = 60;
    private static final int CONTENT_WORDS = 40_000;
    private static final int TOPIC_WORDS = 150;
    private static final int TAGS_PER_TOPIC = 10;
    private static final double TOPIC_SHARE = 0.12;
    private static final double NUMBER_SHARE = 0.02;
    private static final double MEDIAN_CHARACTERS = 4_100;
    private static final double LENGTH_SIGMA = 0.6;

    private static final List<String> FUNCTION_WORDS = List.of(
            "the", "of", "and", "to", "a", "in", "is", "for", "that", "on", "with", "as", "be", "by", "this", "are",
            "it", "from", "at", "or", "will", "an", "we", "our", "which", "have", "not", "should", "can", "all",
            "their", "has", "been", "any", "more", "they", "these", "its", "may", "must", "when", "where", "who",
            "also", "there", "each", "into", "if", "but", "than", "other", "such", "about", "was", "would", "new",
            "one", "two", "up", "out", "only", "how", "what", "so", "no", "them", "then", "those", "both", "after",
            "before", "under", "between", "through", "over", "within", "during", "without", "per", "while", "us", "you",
            "your", "he", "she", "his", "her", "most", "some", "very", "same", "own", "further", "whether", "against",
            "because", "until", "again", "do", "does");

    private static final String[] ONSETS = {
        "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "b", "c", "d", "l", "m",
        "n", "p", "r", "s", "t", "br", "cr", "dr", "fr", "gr", "pr", "tr", "st", "sp", "pl", "cl", "ch", "sh", "th"
    };
    private static final String[] VOWELS = {
        "a", "e", "i", "o", "u", "a", "e", "i", "o", "a", "e", "i", "o", "u", "ai", "ea", "ee", "oo", "ou"
    };
    private static final String[] CODAS = {"n", "r", "l", "s", "t", "m", "nd", "nt", "st", "rt", "ck", "ng", "x"};

    /** Words by rank: function words, then content lemmas (shorter first). */
    private final String[] words;

    private final int functionWords;
    /** Cumulative Zipf probabilities over {@link #words}. */
    private final double[] cumulative;

    /** Per topic: indexes into {@link #words} of its topic words, commonest first. */
    private final int[][] topicWords;

    private final double[] topicCumulative;
    private final List<List<String>> topicTags;

    SyntheticCorpus() {
        Random random = new Random(SEED);
        Set<String> seen = new HashSet<>(FUNCTION_WORDS);
        List<String> all = new ArrayList<>(FUNCTION_WORDS);
        for (int rank = 0; rank < CONTENT_WORDS; rank++) {
            int syllables = rank < 300 ? 1 + random.nextInt(2) : 2 + (random.nextInt(5) == 0 ? 1 : 0);
            String word;
            do {
                word = lemma(random, syllables);
            } while (word.length() < 3 || !seen.add(word));
            all.add(word);
        }
        words = all.toArray(String[]::new);
        functionWords = FUNCTION_WORDS.size();
        cumulative = zipf(words.length, 1.0);

        topicWords = new int[TOPICS][TOPIC_WORDS];
        topicTags = new ArrayList<>();
        for (int t = 0; t < TOPICS; t++) {
            Set<Integer> chosen = new LinkedHashSet<>();
            while (chosen.size() < TOPIC_WORDS) {
                // mid-frequency content words: not the very common ones, not the long tail
                chosen.add(functionWords + 200 + random.nextInt(6_000));
            }
            int i = 0;
            for (int index : chosen) {
                topicWords[t][i++] = index;
            }
            List<String> tags = new ArrayList<>();
            for (int k = 0; k < TAGS_PER_TOPIC; k++) {
                tags.add(words[topicWords[t][k]]);
            }
            topicTags.add(List.copyOf(tags));
        }
        topicCumulative = zipf(TOPIC_WORDS, 0.8);
    }

    /** The tags documents of this topic carry. */
    List<String> topicTags(int topic) {
        return topicTags.get(topic);
    }

    /** The words and fields of one generated document, without its text (cheap). */
    record Details(String title, String description, List<String> tags) {}

    /** Title, description, tags and topic of document {@code index}; its text comes from {@link #text}. */
    Details details(long index, int topic) {
        Random random = new Random(mix(SEED * 1_000_003L + index));
        int titleWords = 4 + random.nextInt(7);
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < titleWords; i++) {
            if (i > 0) {
                title.append(' ');
            }
            if (i > 0 && i < titleWords - 1 && random.nextInt(6) == 0) {
                title.append(pick(random, "of", "and", "for", "in", "on", "the"));
            } else {
                int word = random.nextInt(3) < 2 ? topicWord(random, topic) : contentWord(random, 100, 8_000);
                title.append(capitalise(inflect(random, words[word])));
            }
        }
        String description = random.nextInt(5) < 2 ? sentence(random, topic) : null;
        int tagCount = random.nextInt(5);
        Set<String> tags = new LinkedHashSet<>();
        for (int i = 0; i < tagCount; i++) {
            tags.add(topicTags.get(topic).get(random.nextInt(TAGS_PER_TOPIC)));
        }
        return new Details(title.toString(), description, List.copyOf(tags));
    }

    /** The text of document {@code index}, a few kilobytes of paragraphs. */
    String text(long index, int topic) {
        Random random = new Random(mix(SEED * 7_919L + index));
        double length = Math.exp(Math.log(MEDIAN_CHARACTERS) + LENGTH_SIGMA * random.nextGaussian());
        int target = (int) Math.max(400, Math.min(60_000, length));
        StringBuilder text = new StringBuilder(target + 400);
        while (text.length() < target) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            int sentences = 3 + random.nextInt(6);
            for (int s = 0; s < sentences && text.length() < target; s++) {
                if (s > 0) {
                    text.append(' ');
                }
                text.append(sentence(random, topic));
            }
        }
        return text.toString();
    }

    /**
     * {@code count} search-box queries: mostly one to three words of one topic (30% one word, 50% two, 20% three),
     * a fifth of them mid-frequency words from anywhere; mostly base forms, sometimes inflected.
     */
    List<String> queries(int count, long seed) {
        Random random = new Random(seed);
        List<String> queries = new ArrayList<>(count);
        while (queries.size() < count) {
            int n = random.nextInt(10) < 3 ? 1 : random.nextInt(7) < 5 ? 2 : 3;
            int topic = random.nextInt(TOPICS);
            boolean topical = random.nextInt(5) > 0;
            Set<String> terms = new LinkedHashSet<>();
            while (terms.size() < n) {
                int word = topical ? topicWord(random, topic) : contentWord(random, 200, 3_000);
                String form = random.nextInt(5) == 0 ? inflect(random, words[word]) : words[word];
                terms.add(form);
            }
            queries.add(String.join(" ", terms));
        }
        return queries;
    }

    private String sentence(Random random, int topic) {
        int length = 6 + random.nextInt(23);
        StringBuilder sentence = new StringBuilder(length * 7);
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                sentence.append(random.nextInt(14) == 0 ? ", " : " ");
            }
            String word;
            double r = random.nextDouble();
            if (r < NUMBER_SHARE) {
                word = number(random);
            } else if (r < NUMBER_SHARE + TOPIC_SHARE) {
                word = inflect(random, words[topicWord(random, topic)]);
            } else {
                int index = sample(random, cumulative);
                word = index < functionWords ? words[index] : inflect(random, words[index]);
            }
            sentence.append(i == 0 ? capitalise(word) : word);
        }
        return sentence.append(random.nextInt(25) == 0 ? '?' : '.').toString();
    }

    private int topicWord(Random random, int topic) {
        return topicWords[topic][sample(random, topicCumulative)];
    }

    /** A content word with its content rank between {@code from} and {@code to}, uniformly. */
    private int contentWord(Random random, int from, int to) {
        return functionWords + from + random.nextInt(to - from);
    }

    /** Base form mostly; otherwise a regular English inflection of the made-up lemma. */
    private static String inflect(Random random, String lemma) {
        int r = random.nextInt(100);
        if (r < 66) {
            return lemma;
        }
        String stem = lemma.endsWith("e") ? lemma.substring(0, lemma.length() - 1) : lemma;
        if (r < 82) {
            return lemma.endsWith("s") ? lemma + "es" : lemma + "s";
        }
        if (r < 89) {
            return stem + "ed";
        }
        if (r < 96) {
            return stem + "ing";
        }
        return r < 98 ? lemma + "ly" : lemma + "ment";
    }

    private static String number(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> String.valueOf(2000 + random.nextInt(27));
            case 1 -> String.valueOf(1 + random.nextInt(100));
            case 2 -> String.format(Locale.ROOT, "%d.%d", random.nextInt(100), random.nextInt(10));
            default -> String.valueOf(random.nextInt(100_000));
        };
    }

    private static String lemma(Random random, int syllables) {
        StringBuilder word = new StringBuilder();
        for (int s = 0; s < syllables; s++) {
            if (s > 0 || random.nextInt(10) >= 3) {
                word.append(ONSETS[random.nextInt(ONSETS.length)]);
            }
            word.append(VOWELS[random.nextInt(VOWELS.length)]);
            if (random.nextInt(10) < (s == syllables - 1 ? 6 : 2)) {
                word.append(CODAS[random.nextInt(CODAS.length)]);
            }
        }
        return word.toString();
    }

    /** Spreads neighbouring seeds apart (the SplitMix64 finaliser): {@link Random} would start them alike. */
    static long mix(long seed) {
        long z = seed + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static double[] zipf(int n, double exponent) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / Math.pow(i + 1, exponent);
            cumulative[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= sum;
        }
        return cumulative;
    }

    private static int sample(Random random, double[] cumulative) {
        double u = random.nextDouble();
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] < u) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }
}
