package org.agorahub.search.domain;

/** Text typed into a search box, made safe to use: the one cleaning that queries, suggestions and the log share. */
final class QueryText {

    private QueryText() {}

    /** Control characters and lone surrogates become spaces, surrounding space goes, and text over {@code max} is cut (never inside a
     * surrogate pair, so an emoji at the cut is dropped whole). Null reads as empty. */
    static String clean(String text, int max) {
        if (text == null) {
            return "";
        }
        // a lone half of a surrogate pair (\p{Cs}: a pair is one code point of another category) is not text: the
        // OpenSearch client cannot even encode it
        String clean = text.replaceAll("[\\p{Cntrl}\\p{Cs}]", " ").strip();
        if (clean.length() > max) {
            int end = max;
            if (Character.isHighSurrogate(clean.charAt(end - 1))) {
                end--;
            }
            clean = clean.substring(0, end).strip();
        }
        return clean;
    }
}
