package org.agorahub.library.domain;

/**
 * An upload that passed inspection and may be stored, with the text read from it.
 *
 * @param fileName the name to store and offer on download: the last part of what the browser sent, without
 *     control characters, at most 200 characters and always with an extension
 * @param kind what the content is
 * @param size bytes
 * @param sha256 lower-case hex digest of the bytes
 * @param extraction how reading the text went
 * @param text the text for search, whitespace tidied; empty when there is none, never {@code null}
 * @param preview the start of the text on one line, cut after a word with "…" when longer; empty when there is no
 *     text
 * @param extractionProblem with {@link ExtractionStatus#FAILED}, the message key of the reason ({@code
 *     extraction.encrypted}, {@code extraction.corrupt}, {@code extraction.timeout}, {@code
 *     extraction.tooComplex}); otherwise {@code null}
 */
public record InspectedFile(
        String fileName,
        FileKind kind,
        long size,
        String sha256,
        ExtractionStatus extraction,
        String text,
        String preview,
        String extractionProblem) {}
