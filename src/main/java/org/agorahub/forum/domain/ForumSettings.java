package org.agorahub.forum.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Forum limits, under {@code agora.forum}.
 *
 * @param maxPostLength the most characters a post may have (line breaks count as one)
 */
@ConfigurationProperties("agora.forum")
public record ForumSettings(@DefaultValue("20000") int maxPostLength) {

    public ForumSettings {
        if (maxPostLength <= 0) {
            throw new IllegalArgumentException("agora.forum.max-post-length must be positive");
        }
    }
}
