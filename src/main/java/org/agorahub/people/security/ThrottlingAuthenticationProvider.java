package org.agorahub.people.security;

import org.agorahub.people.domain.LoginThrottle;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Password sign-in with a pause after repeated failures. Names without an account are counted too, so the
 * pause tells an attacker nothing about which accounts exist.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottlingAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName();
        if (throttle.isLocked(name)) {
            throw new LockedException("Sign-in paused after repeated failures");
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.recordSuccess(name);
            return result;
        } catch (BadCredentialsException e) {
            throttle.recordFailure(name);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
