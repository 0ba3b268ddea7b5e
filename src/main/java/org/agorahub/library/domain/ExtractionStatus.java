package org.agorahub.library.domain;

/** How reading an upload's text went. Whatever the outcome, the file itself is kept. */
public enum ExtractionStatus {
    /** All the text was read. */
    EXTRACTED,
    /** The text was longer than the limit; it is kept up to the limit. */
    TRUNCATED,
    /** The file was read but holds no text, e.g. a scanned PDF or an empty sheet. */
    NO_TEXT,
    /** The text could not be read: the file is damaged, password-protected, too slow or built to overwhelm. */
    FAILED
}
