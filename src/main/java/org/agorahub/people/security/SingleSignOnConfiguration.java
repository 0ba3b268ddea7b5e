package org.agorahub.people.security;

import org.agorahub.people.domain.ExternalAccounts;
import org.agorahub.shared.OncePerCluster;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.SupplierClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.util.function.SingletonSupplier;

/** The directory and the OpenID Connect provider, each only when switched on. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LdapProperties.class, OidcProperties.class, LocalSignInProperties.class})
class SingleSignOnConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty("agora.auth.ldap.enabled")
    static class Ldap {

        @Bean
        LdapDirectory ldapDirectory(LdapProperties properties) {
            return new LdapDirectory(properties);
        }

        @Bean
        DirectorySync directorySync(
                LdapDirectory directory, ExternalAccounts accounts, LdapProperties properties, OncePerCluster once) {
            return new DirectorySync(directory, accounts, properties, once);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty("agora.auth.oidc.enabled")
    static class Oidc {

        /** Discovered from the issuer at the first sign-in (and again after a failure), not at start-up. */
        @Bean
        ClientRegistrationRepository oidcClientRegistrations(OidcProperties properties) {
            if (properties.issuerUri() == null || properties.clientId() == null) {
                throw new IllegalStateException(
                        "agora.auth.oidc.issuer-uri and client-id are required when agora.auth.oidc.enabled=true");
            }
            return new SupplierClientRegistrationRepository(SingletonSupplier.of(() -> {
                ClientRegistration registration = ClientRegistrations.fromIssuerLocation(properties.issuerUri())
                        .registrationId(properties.registrationId())
                        .clientName(properties.providerName())
                        .clientId(properties.clientId())
                        .clientSecret(properties.clientSecret())
                        .scope(properties.scopes())
                        .userNameAttributeName(IdTokenClaimNames.SUB)
                        .build();
                return new InMemoryClientRegistrationRepository(registration);
            }));
        }

        @Bean
        OidcSignIn oidcSignIn(ExternalAccounts accounts, OidcProperties properties) {
            return new OidcSignIn(accounts, properties);
        }
    }
}
