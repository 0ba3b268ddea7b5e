package org.agorahub.enrichment.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Key phrases of a text, for tag suggestions: runs of one to three content words (RAKE's idea: stop words and
 * punctuation split the text into candidate phrases) that come back at least twice, the more often and the longer the
 * better. No model, no dictionary beyond a stop-word list, so it costs microseconds and works offline. Bounded: only
 * the first {@link #MAX_CHARS} characters are read, and words that are not words (numbers, hashes, binary junk from a
 * bad extraction) end a phrase instead of joining it.
 */
final class KeyPhrases {

    static final int MAX_CHARS = 30_000;
    private static final int MAX_WORDS = 3;
    private static final int MIN_COUNT = 2;
    private static final int MIN_LETTERS = 3;
    private static final int MAX_LETTERS = 25;

    /** A word, or a break: anything that is not a letter, apostrophe or hyphen inside a word. */
    private static final Pattern TOKEN = Pattern.compile("\\p{L}+(?:['’-]\\p{L}+)*|[^\\p{L}\\s]+");

    private static final Set<String> STOP_WORDS = Set.of(
            "a",
            "about",
            "above",
            "after",
            "again",
            "against",
            "all",
            "also",
            "am",
            "an",
            "and",
            "any",
            "are",
            "aren't",
            "as",
            "at",
            "be",
            "because",
            "been",
            "before",
            "being",
            "below",
            "between",
            "both",
            "but",
            "by",
            "can",
            "cannot",
            "could",
            "did",
            "do",
            "does",
            "doing",
            "done",
            "down",
            "during",
            "each",
            "either",
            "else",
            "etc",
            "ever",
            "every",
            "few",
            "for",
            "from",
            "further",
            "get",
            "gets",
            "given",
            "got",
            "had",
            "has",
            "have",
            "having",
            "he",
            "her",
            "here",
            "hers",
            "herself",
            "him",
            "himself",
            "his",
            "how",
            "however",
            "i",
            "if",
            "in",
            "into",
            "is",
            "isn't",
            "it",
            "it's",
            "its",
            "itself",
            "just",
            "least",
            "less",
            "let",
            "like",
            "made",
            "make",
            "makes",
            "many",
            "may",
            "me",
            "might",
            "more",
            "most",
            "much",
            "must",
            "my",
            "myself",
            "need",
            "needs",
            "new",
            "no",
            "nor",
            "not",
            "now",
            "of",
            "off",
            "often",
            "on",
            "once",
            "one",
            "only",
            "or",
            "other",
            "others",
            "our",
            "ours",
            "ourselves",
            "out",
            "over",
            "own",
            "per",
            "please",
            "same",
            "see",
            "shall",
            "she",
            "should",
            "since",
            "so",
            "some",
            "such",
            "than",
            "that",
            "the",
            "their",
            "theirs",
            "them",
            "themselves",
            "then",
            "there",
            "these",
            "they",
            "this",
            "those",
            "through",
            "to",
            "too",
            "two",
            "under",
            "until",
            "up",
            "upon",
            "us",
            "use",
            "used",
            "using",
            "very",
            "via",
            "was",
            "we",
            "well",
            "were",
            "what",
            "when",
            "where",
            "whether",
            "which",
            "while",
            "who",
            "whom",
            "whose",
            "why",
            "will",
            "with",
            "within",
            "without",
            "would",
            "yes",
            "yet",
            "you",
            "your",
            "yours",
            "yourself",
            "yourselves",
            "first",
            "second",
            "next",
            "last",
            "three",
            "four",
            "five",
            "year",
            "years",
            "day",
            "days",
            "week",
            "weeks",
            "month",
            "months",
            "time",
            "times",
            "way",
            "ways",
            "thing",
            "things",
            "lot",
            "lots",
            "still",
            "even",
            "already",
            "always",
            "never",
            "sure",
            "take",
            "takes",
            "keep",
            "keeps",
            "put",
            "go",
            "goes",
            "come",
            "say",
            "says",
            "said",
            "know",
            "want",
            "think",
            "page",
            "document",
            "documents",
            "section",
            "example");

    private KeyPhrases() {}

    /** Up to {@code limit} key phrases of the text, best first, in lower case. */
    static List<String> of(String text, int limit) {
        if (text == null || text.isBlank() || limit <= 0) {
            return List.of();
        }
        String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        Map<String, Integer> counts = new HashMap<>();
        List<String> run = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(cut.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            String token = matcher.group();
            if (isContentWord(token)) {
                run.add(token.replace('’', '\''));
            } else {
                count(run, counts);
                run.clear();
            }
        }
        count(run, counts);
        Map<String, Double> scores = new LinkedHashMap<>();
        counts.forEach((phrase, count) -> {
            if (count >= MIN_COUNT) {
                int words = phrase.split(" ").length;
                scores.put(phrase, count * (1 + 0.5 * (words - 1)));
            }
        });
        List<String> ranked = scores.keySet().stream()
                .sorted(Comparator.comparingDouble((String p) -> -scores.get(p)).thenComparing(p -> p))
                .toList();
        List<String> chosen = new ArrayList<>();
        for (String phrase : ranked) {
            // a word or phrase that only ever appears inside a longer chosen phrase adds nothing
            boolean covered = chosen.stream()
                    .anyMatch(c -> (" " + c + " ").contains(" " + phrase + " ")
                            && counts.get(c).intValue() == counts.get(phrase).intValue());
            if (!covered) {
                chosen.add(phrase);
                if (chosen.size() == limit) {
                    break;
                }
            }
        }
        return chosen;
    }

    /** Counts every phrase of one to three consecutive words of a run of content words. */
    private static void count(List<String> run, Map<String, Integer> counts) {
        for (int start = 0; start < run.size(); start++) {
            StringBuilder phrase = new StringBuilder();
            for (int end = start; end < Math.min(run.size(), start + MAX_WORDS); end++) {
                if (end > start) {
                    phrase.append(' ');
                }
                phrase.append(run.get(end));
                counts.merge(phrase.toString(), 1, Integer::sum);
            }
        }
    }

    private static boolean isContentWord(String token) {
        if (!Character.isLetter(token.codePointAt(0))) {
            return false;
        }
        int letters = token.codePointCount(0, token.length());
        return letters >= MIN_LETTERS && letters <= MAX_LETTERS && !STOP_WORDS.contains(token);
    }
}
