package org.agorahub.forum;

import java.time.Instant;

/**
 * A question (not deleted) with its response times, for aggregates such as the KM dashboards: never for display.
 *
 * @param firstReplyAt the first reply by someone other than the asker, or null
 * @param firstReplierId who wrote it, or null
 * @param acceptedAt when an answer was accepted, or null
 */
public record QuestionActivity(
        long threadId, long askerId, Instant askedAt, Instant firstReplyAt, Long firstReplierId, Instant acceptedAt) {}
