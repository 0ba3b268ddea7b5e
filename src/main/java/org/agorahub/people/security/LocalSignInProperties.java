package org.agorahub.people.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in with an Agora password, under {@code agora.auth.local}: on by default (first run, break-glass admin);
 * switch it off once everyone signs in through the directory or the provider.
 */
@ConfigurationProperties("agora.auth.local")
public record LocalSignInProperties(@DefaultValue("true") boolean enabled) {}
