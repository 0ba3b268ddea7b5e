package org.agorahub.people.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings under {@code agora.security}.
 *
 * @param maxFailedLogins failed attempts in a row before sign-in for that name pauses
 * @param lockout how long it pauses
 * @param rememberMeKey secret that signs "remember me" cookies; set it (the same on every node) to keep them
 *     valid across restarts, otherwise a random one is used
 */
@ConfigurationProperties("agora.security")
public record SecurityProperties(
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration lockout,
        String rememberMeKey) {}
