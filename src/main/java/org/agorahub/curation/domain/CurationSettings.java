package org.agorahub.curation.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Curation settings, under {@code agora.curation}.
 *
 * @param stuckAfter how long background work (an event publication) may stay unfinished before the admin home shows
 *     it as failed and offers to retry it; short enough to notice, long enough not to catch work still running
 * @param unansweredAfter how old an unanswered question must be to count on the admin home
 */
@ConfigurationProperties("agora.curation")
public record CurationSettings(
        @DefaultValue("5m") Duration stuckAfter,
        @DefaultValue("7d") Duration unansweredAfter) {

    public CurationSettings {
        if (stuckAfter.isNegative() || unansweredAfter.isNegative()) {
            throw new IllegalArgumentException("agora.curation durations must not be negative");
        }
    }
}
