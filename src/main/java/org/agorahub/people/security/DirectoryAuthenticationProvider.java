package org.agorahub.people.security;

import java.util.Optional;
import org.agorahub.people.domain.Account;
import org.agorahub.people.domain.ExternalAccounts;
import org.agorahub.people.domain.SignInRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The sign-in form checked against the directory: the person is found by what they typed, their password is
 * checked by binding as them, and their Agora account is created or brought in step with their entry.
 */
class DirectoryAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(DirectoryAuthenticationProvider.class);

    /** Nobody of that name in the directory: the form may still be a local account's. */
    static class NotInDirectoryException extends BadCredentialsException {
        NotInDirectoryException() {
            super("Not in the directory");
        }
    }

    private final LdapDirectory directory;
    private final ExternalAccounts accounts;
    private final LdapProperties properties;

    DirectoryAuthenticationProvider(LdapDirectory directory, ExternalAccounts accounts, LdapProperties properties) {
        this.directory = directory;
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name =
                authentication.getName() == null ? "" : authentication.getName().strip();
        Object credentials = authentication.getCredentials();
        String password = credentials == null ? "" : credentials.toString();
        if (name.isEmpty() || name.length() > 254) {
            throw new NotInDirectoryException();
        }
        try {
            Optional<LdapDirectory.Entry> entry = directory.find(name);
            if (entry.isEmpty()) {
                throw new NotInDirectoryException();
            }
            if (!directory.passwordMatches(entry.get().dn(), password)) {
                throw new BadCredentialsException("Wrong directory password");
            }
            Account account = accounts.signIn(directory.profile(entry.get()), properties.rules());
            AgoraUserDetails details = new AgoraUserDetails(account);
            return UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
        } catch (LdapDirectory.UnreachableException e) {
            log.warn(
                    "Directory sign-in failed: {}",
                    e.getCause() == null ? e : e.getCause().toString());
            throw SignInProblem.unreachable(e);
        } catch (SignInRefusedException e) {
            log.info("Directory sign-in refused: {}", e.getMessage());
            throw SignInProblem.refused(e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
