package org.agorahub.search.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * What a person typed in the search box, read leniently: any text is a query and nothing in it is an error.
 *
 * <ul>
 *   <li>words: each counts unless it is a stop word ("the") or has no letters or digits; Lucene's own syntax
 *       ({@code AND(}, {@code *}, {@code ~}, {@code \}) has no special meaning and is dropped with the punctuation;
 *   <li>{@code "a phrase"} in double quotes: those words next to each other; an unclosed quote is ignored;
 *   <li>{@code -word} or {@code -"a phrase"}: leave out what contains it.
 * </ul>
 *
 * Synonym groups ({@link Synonyms}) turn a word or run of words into {@link AnyOf} its alternatives.
 */
record ParsedQuery(List<Part> required, List<Part> excluded) {

    private static final Analyzer WORDS = AgoraAnalysisConfigurer.queryWords();

    ParsedQuery {
        required = List.copyOf(required);
        excluded = List.copyOf(excluded);
    }

    /** Something the query looks for; {@link #text()} is how it reads back in a spelling suggestion. */
    sealed interface Part {
        String text();
    }

    /** One word, lower-cased and folded to ASCII. */
    record Word(String text) implements Part {}

    /** Words in quotes, as analysed (stop words dropped for display; the index query keeps their positions). */
    record Phrase(String text) implements Part {}

    /** A synonym group matched by the words in {@code text}: any of the alternatives will do. */
    record AnyOf(String text, List<String> alternatives) implements Part {
        AnyOf {
            alternatives = List.copyOf(alternatives);
        }
    }

    boolean isEmpty() {
        return required.isEmpty();
    }

    /** Whether the person put words in quotes: they want those words exactly, not what means the same. */
    boolean hasPhrase() {
        return required.stream().anyMatch(Phrase.class::isInstance);
    }

    /** The query as it reads back, words in order, phrases in quotes, exclusions with their minus. */
    String display() {
        List<String> out = new ArrayList<>();
        required.forEach(part -> out.add(show(part)));
        excluded.forEach(part -> out.add("-" + show(part)));
        return String.join(" ", out);
    }

    private static String show(Part part) {
        return part instanceof Phrase phrase ? '"' + phrase.text() + '"' : part.text();
    }

    static ParsedQuery parse(String text, Synonyms synonyms) {
        List<Part> required = new ArrayList<>();
        List<Part> excluded = new ArrayList<>();
        List<String> run = new ArrayList<>(); // plain words in a row, where synonyms may match
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean minus = c == '-' && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1));
            int start = minus ? i + 1 : i;
            if (text.charAt(start) == '"') {
                int close = text.indexOf('"', start + 1);
                if (close > start) {
                    List<String> words = words(text.substring(start + 1, close));
                    if (!words.isEmpty()) {
                        if (!minus) {
                            flush(run, required, synonyms);
                        }
                        (minus ? excluded : required).add(new Phrase(String.join(" ", words)));
                    }
                    i = close + 1;
                    continue;
                }
                start++; // an unclosed quote: the words after it are plain words
            }
            int end = start;
            while (end < n && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                end++;
            }
            List<String> words = words(text.substring(start, end));
            if (minus) {
                words.forEach(word -> excluded.add(new Word(word)));
            } else {
                run.addAll(words);
            }
            i = Math.max(end, start + 1);
        }
        flush(run, required, synonyms);
        return new ParsedQuery(required, excluded);
    }

    private static void flush(List<String> run, List<Part> required, Synonyms synonyms) {
        int i = 0;
        while (i < run.size()) {
            Synonyms.Match match = synonyms.longestMatch(run, i);
            if (match != null) {
                required.add(new AnyOf(String.join(" ", run.subList(i, i + match.length())), match.alternatives()));
                i += match.length();
            } else {
                required.add(new Word(run.get(i)));
                i++;
            }
        }
        run.clear();
    }

    /** The words of a text that count, lower-cased and folded: stop words and punctuation dropped. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = WORDS.tokenStream("q", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    @Override
    public String toString() {
        return required.stream().map(Part::toString).collect(Collectors.joining(", ", "[", "]")) + " -" + excluded;
    }
}
