package org.agorahub.people.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.agorahub.people.domain.Account;
import org.agorahub.people.domain.ExternalAccounts;
import org.agorahub.people.domain.ExternalProfile;
import org.agorahub.people.domain.SignInRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * After the provider's ID token has been checked (signature, issuer, audience, expiry, nonce): creates or brings in
 * step the person's Agora account from its claims.
 */
class OidcSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(OidcSignIn.class);

    /** The provider's user, carrying the Agora account it was signed in as. */
    static final class SignedIn extends DefaultOidcUser {
        private final transient Account account;

        SignedIn(OidcUser user, Account account) {
            super(AgoraUserDetails.authorities(account.roles()), user.getIdToken(), user.getUserInfo());
            this.account = account;
        }

        Account account() {
            return account;
        }
    }

    private final OidcUserService claims = new OidcUserService();
    private final ExternalAccounts accounts;
    private final OidcProperties properties;

    OidcSignIn(ExternalAccounts accounts, OidcProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = claims.loadUser(request);
        OidcProperties.Claims names = properties.claims();
        ExternalProfile profile = new ExternalProfile(
                properties.source(),
                user.getSubject(),
                text(user.getClaims().get(names.email())),
                text(user.getClaims().get(names.name())),
                text(user.getClaims().get(names.jobTitle())),
                text(user.getClaims().get(names.department())),
                null,
                text(user.getClaims().get(names.managerEmail())),
                groups(user.getClaims().get(names.groups())));
        try {
            return new SignedIn(user, accounts.signIn(profile, properties.rules()));
        } catch (SignInRefusedException e) {
            log.info("OpenID Connect sign-in refused: {}", e.getMessage());
            throw SignInProblem.refused(e);
        }
    }

    private static String text(Object claim) {
        return claim == null ? null : claim.toString();
    }

    private static Set<String> groups(Object claim) {
        Set<String> groups = new LinkedHashSet<>();
        if (claim instanceof Collection<?> values) {
            values.stream().filter(v -> v != null).map(Object::toString).forEach(groups::add);
        } else if (claim instanceof String value) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    groups.add(part.strip());
                }
            }
        }
        return groups;
    }
}
