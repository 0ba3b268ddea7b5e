package org.agorahub.insights.domain;

/** What a row of {@code insight_daily} counts, for the department of the person who did it. */
public enum Metric {
    DOCUMENTS_PUBLISHED(true),
    DOCUMENTS_UPDATED(true),
    QUESTIONS(true),
    DISCUSSIONS(true),
    REPLIES(true),
    ACCEPTED_ANSWERS(true),
    /** Searches from the search page (first page, no filters). */
    SEARCHES(false),
    /** Of those, the ones followed by opening a hit. */
    SEARCHES_OPENED(false),
    /** Of those, the ones that found nothing. */
    SEARCHES_FAILED(false),
    /** Openings of the department's library documents by people of other departments (counted for the library's). */
    DOCUMENTS_USED_BY_OTHERS(false);

    private final boolean contribution;

    Metric(boolean contribution) {
        this.contribution = contribution;
    }

    /** Whether it is something people contributed (else something they used). */
    public boolean contribution() {
        return contribution;
    }
}
