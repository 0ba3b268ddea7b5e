package org.agorahub.people.security;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Agora signing in against the test directory and the test provider, both started once for the JVM. Test classes
 * extending this (and annotated {@code @AgoraTest}) share one Spring context.
 */
abstract class SingleSignOnTestSupport {

    static final String USERS = "Agora Users";

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry registry) {
        TestDirectory directory = TestDirectory.get();
        registry.add("agora.auth.ldap.enabled", () -> "true");
        registry.add("agora.auth.ldap.urls", directory::url);
        registry.add("agora.auth.ldap.base-dn", () -> TestDirectory.BASE);
        registry.add("agora.auth.ldap.bind-dn", () -> TestDirectory.SERVICE_DN);
        registry.add("agora.auth.ldap.bind-password", () -> TestDirectory.SERVICE_PASSWORD);
        registry.add("agora.auth.ldap.user-search-base", () -> "ou=people");
        registry.add("agora.auth.ldap.group-search-base", () -> "ou=groups");
        registry.add("agora.auth.ldap.group-roles[Agora Curators]", () -> "CURATOR");
        registry.add("agora.auth.ldap.group-roles[Department Leads]", () -> "DEPARTMENT_LEAD");
        registry.add("agora.auth.ldap.group-roles[Agora Admins]", () -> "ADMIN");
        registry.add("agora.auth.ldap.required-group", () -> USERS);
        registry.add("agora.auth.ldap.timeout", () -> "2s");

        TestIdentityProvider provider = TestIdentityProvider.get();
        registry.add("agora.auth.oidc.enabled", () -> "true");
        registry.add("agora.auth.oidc.registration-id", () -> TestIdentityProvider.REGISTRATION_ID);
        registry.add("agora.auth.oidc.provider-name", () -> "your Northshire account");
        registry.add("agora.auth.oidc.issuer-uri", provider::issuer);
        registry.add("agora.auth.oidc.client-id", () -> TestIdentityProvider.CLIENT_ID);
        registry.add("agora.auth.oidc.client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
        registry.add("agora.auth.oidc.group-roles[curators]", () -> "CURATOR");
        registry.add("agora.auth.oidc.group-roles[admins]", () -> "ADMIN");
        registry.add("agora.auth.oidc.required-group", () -> "agora");
    }
}
