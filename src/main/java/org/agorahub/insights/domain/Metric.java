package org.agorahub.insights.domain;

/** What a row of {@code insight_daily} counts, for the department of the person who did it. */
public enum Metric {
    DOCUMENTS_PUBLISHED,
    DOCUMENTS_UPDATED,
    QUESTIONS,
    DISCUSSIONS,
    REPLIES,
    ACCEPTED_ANSWERS
}
