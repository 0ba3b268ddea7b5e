package org.agorahub.forum.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Forum limits, under {@code agora.forum}.
 *
 * @param maxPostLength the most characters a post may have (line breaks count as one)
 * @param postsPerMinute the most posts (new threads and replies) one person may write through the pages in any
 *     minute; 0 for no limit
 * @param postsPerHour the same over any hour; 0 for no limit
 */
@ConfigurationProperties("agora.forum")
public record ForumSettings(
        @DefaultValue("20000") int maxPostLength,
        @DefaultValue("6") int postsPerMinute,
        @DefaultValue("60") int postsPerHour) {

    public ForumSettings {
        if (maxPostLength <= 0) {
            throw new IllegalArgumentException("agora.forum.max-post-length must be positive");
        }
        if (postsPerMinute < 0 || postsPerHour < 0) {
            throw new IllegalArgumentException("agora.forum.posts-per-minute and posts-per-hour must not be negative");
        }
    }
}
