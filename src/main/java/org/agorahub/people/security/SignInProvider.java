package org.agorahub.people.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * The sign-in form: the directory first (when configured), then local accounts (unless switched off). A person
 * the directory refuses is not tried locally; while the directory is unreachable a local account still works, and
 * otherwise the person is told the directory did not answer.
 */
class SignInProvider implements AuthenticationProvider {

    private final AuthenticationProvider directory;
    private final AuthenticationProvider local;

    /** Either may be null: not configured, or switched off. */
    SignInProvider(AuthenticationProvider directory, AuthenticationProvider local) {
        this.directory = directory;
        this.local = local;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        SignInProblem unreachable = null;
        if (directory != null) {
            try {
                return directory.authenticate(authentication);
            } catch (DirectoryAuthenticationProvider.NotInDirectoryException e) {
                // perhaps a local account; a wrong directory password is not caught: no second chance locally
            } catch (SignInProblem e) {
                if (!"unreachable".equals(e.code())) {
                    throw e;
                }
                unreachable = e;
            }
        }
        if (local != null) {
            try {
                return local.authenticate(authentication);
            } catch (AuthenticationException e) {
                throw unreachable != null ? unreachable : e;
            }
        }
        if (unreachable != null) {
            throw unreachable;
        }
        throw new BadCredentialsException("No sign-in accepts this name");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
