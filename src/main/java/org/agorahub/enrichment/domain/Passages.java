package org.agorahub.enrichment.domain;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * Cuts text into what the model can read: sentences packed into passages of at most a model's word-piece limit.
 * Bounded on purpose, whatever arrives (10 MB of text, binary junk from a bad extraction): only the first {@link
 * #MAX_CHARS} characters are read and at most {@link #MAX_PASSAGES} passages made (about 3,000 words; a passage
 * takes 20–40 ms on one of this machine's cores), so enriching one item costs well under a second.
 */
final class Passages {

    static final int MAX_CHARS = 60_000;
    static final int MAX_PASSAGES = 16;

    /** Summaries choose among the first sentences only. */
    static final int MAX_SENTENCES = 120;

    private Passages() {}

    /** Printable text: control characters and stray replacement characters become spaces, runs of space one. */
    static String clean(String text) {
        String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        StringBuilder out = new StringBuilder(cut.length());
        boolean space = false;
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            boolean blank = Character.isWhitespace(c) || Character.isISOControl(c) || c == '\uFFFD';
            if (blank) {
                if (!space && out.length() > 0) {
                    out.append(' ');
                }
                space = true;
            } else {
                out.append(c);
                space = false;
            }
        }
        return out.toString().strip();
    }

    static List<String> sentences(String cleanText) {
        List<String> sentences = new ArrayList<>();
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ROOT);
        iterator.setText(cleanText);
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            String sentence = cleanText.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    /**
     * Packs sentences into passages of at most {@code limit} word pieces, cutting any sentence longer than that at
     * spaces (or anywhere, for text without spaces).
     */
    static List<String> pack(List<String> sentences, int limit, ToIntFunction<String> tokens) {
        List<String> passages = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int used = 0;
        for (String sentence : sentences) {
            int count = tokens.applyAsInt(sentence);
            for (String piece : count > limit ? split(sentence, count, limit) : List.of(sentence)) {
                int pieceTokens = piece == sentence ? count : tokens.applyAsInt(piece);
                // one more for the space joining it to the passage: word pieces do not quite add up
                if (used > 0 && used + 1 + pieceTokens > limit) {
                    passages.add(current.toString());
                    current.setLength(0);
                    used = 0;
                    if (passages.size() == MAX_PASSAGES) {
                        return passages;
                    }
                }
                if (current.length() > 0) {
                    current.append(' ');
                }
                current.append(piece);
                used += pieceTokens + 1;
            }
        }
        if (current.length() > 0 && passages.size() < MAX_PASSAGES) {
            passages.add(current.toString());
        }
        return passages;
    }

    /** Cuts a long sentence into pieces of about {@code limit} word pieces each, preferring spaces. */
    private static List<String> split(String sentence, int tokens, int limit) {
        int pieces = (tokens + limit - 1) / limit + 1;
        int size = Math.max(1, sentence.length() / pieces);
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < sentence.length()) {
            int end = Math.min(sentence.length(), start + size);
            if (end < sentence.length()) {
                int space = sentence.lastIndexOf(' ', end);
                if (space > start + size / 2) {
                    end = space;
                }
            }
            String piece = sentence.substring(start, end).strip();
            if (!piece.isEmpty()) {
                out.add(piece);
            }
            start = end;
        }
        return out;
    }
}
