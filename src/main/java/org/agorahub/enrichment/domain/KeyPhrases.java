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
import org.agorahub.shared.StopWords;

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

    /** {@link StopWords#ENGLISH} and words that say nothing about a document's subject. */
    private static final Set<String> STOP_WORDS = union(
            StopWords.ENGLISH,
            Set.of(
                    "aren't",
                    "cannot",
                    "done",
                    "either",
                    "else",
                    "etc",
                    "ever",
                    "every",
                    "gets",
                    "given",
                    "got",
                    "however",
                    "isn't",
                    "it's",
                    "least",
                    "less",
                    "let",
                    "made",
                    "make",
                    "makes",
                    "many",
                    "may",
                    "might",
                    "much",
                    "must",
                    "needs",
                    "new",
                    "often",
                    "one",
                    "others",
                    "per",
                    "please",
                    "see",
                    "shall",
                    "since",
                    "two",
                    "upon",
                    "us",
                    "use",
                    "used",
                    "using",
                    "via",
                    "well",
                    "whether",
                    "whose",
                    "within",
                    "without",
                    "yes",
                    "yet",
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
                    "think",
                    "page",
                    "document",
                    "documents",
                    "section",
                    "example"));

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

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
