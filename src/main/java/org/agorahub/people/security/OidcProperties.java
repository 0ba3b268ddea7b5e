package org.agorahub.people.security;

import java.util.List;
import java.util.Map;
import org.agorahub.people.Role;
import org.agorahub.people.domain.ExternalRules;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in with an OpenID Connect provider (Entra ID, Keycloak, …), under {@code agora.auth.oidc}. The provider is
 * found from its issuer at the first sign-in, so Agora starts even while the provider is down.
 *
 * @param enabled off by default
 * @param registrationId names the provider in Agora's addresses: {@code /login/oauth2/code/<id>} is the redirect URI
 *     to register with it
 * @param providerName shown on the button "Sign in with …"
 * @param issuerUri the provider's issuer, e.g. {@code https://login.microsoftonline.com/<tenant>/v2.0}
 * @param clientId Agora's client id there; ID tokens must name it as their audience
 * @param clientSecret Agora's client secret there
 * @param scopes asked for at sign-in
 * @param claims which claims hold what Agora needs
 * @param groupRoles group (as the groups claim names it) → the Agora role it gives
 * @param requiredGroup when set, only members of this group may use Agora
 * @param defaultDepartment when set, people without a department claim go here instead of being refused
 */
@ConfigurationProperties("agora.auth.oidc")
public record OidcProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("oidc") String registrationId,
        @DefaultValue("your organisation account") String providerName,
        String issuerUri,
        String clientId,
        String clientSecret,
        @DefaultValue({"openid", "profile", "email"}) List<String> scopes,
        @DefaultValue Claims claims,
        Map<String, Role> groupRoles,
        String requiredGroup,
        String defaultDepartment) {

    /** Claim names; Entra ID needs optional claims (or a claims mapping) for department and job title. */
    public record Claims(
            @DefaultValue("email") String email,
            @DefaultValue("name") String name,
            @DefaultValue("department") String department,
            @DefaultValue("job_title") String jobTitle,
            @DefaultValue("manager_email") String managerEmail,
            @DefaultValue("groups") String groups) {}

    ExternalRules rules() {
        return new ExternalRules(groupRoles, requiredGroup, defaultDepartment);
    }

    String source() {
        return "oidc:" + registrationId;
    }
}
