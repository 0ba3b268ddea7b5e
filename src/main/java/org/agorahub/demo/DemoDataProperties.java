package org.agorahub.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo data ({@code agora.demo-data.*}, e.g. {@code AGORA_DEMO_DATA_ENABLED}).
 *
 * @param enabled seed the demo organisation when the database has no people yet
 * @param password the one password every demo account gets
 */
@ConfigurationProperties("agora.demo-data")
record DemoDataProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue(DemoAccounts.PASSWORD_DEFAULT) String password) {

    DemoDataProperties {
        // An empty value (e.g. an unset environment variable passed through) would create accounts nobody can
        // sign in to.
        if (password == null || password.isBlank()) {
            password = DemoAccounts.PASSWORD_DEFAULT;
        }
    }
}
