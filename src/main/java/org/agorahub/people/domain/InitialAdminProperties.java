package org.agorahub.people.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first admin of a real deployment ({@code agora.initial-admin.*}, e.g. {@code AGORA_INITIAL_ADMIN_EMAIL}):
 * created at start-up when no admin exists yet, so a server without demo data can be signed in to.
 */
@ConfigurationProperties("agora.initial-admin")
public record InitialAdminProperties(
        String email,
        String password,
        @DefaultValue("Administrator") String name,
        @DefaultValue("Administration") String department) {

    boolean configured() {
        return email != null && !email.isBlank() && password != null && !password.isBlank();
    }
}
