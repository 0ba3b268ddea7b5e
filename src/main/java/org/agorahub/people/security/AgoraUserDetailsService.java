package org.agorahub.people.security;

import org.agorahub.people.domain.PersonService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class AgoraUserDetailsService implements UserDetailsService {

    private final PersonService people;

    AgoraUserDetailsService(PersonService people) {
        this.people = people;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return people.account(email)
                .map(AgoraUserDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
    }
}
