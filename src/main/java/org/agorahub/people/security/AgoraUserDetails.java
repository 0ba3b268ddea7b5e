package org.agorahub.people.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.Role;
import org.agorahub.people.domain.Account;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The session's principal: an Agora account, without its password hash once signed in. Written to PostgreSQL with the
 * session (Spring Session JDBC), so it stays small and serializable.
 */
public final class AgoraUserDetails implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    private final CurrentUser user;
    private final boolean active;
    private String passwordHash;

    AgoraUserDetails(Account account) {
        this(
                new CurrentUser(
                        account.id(), account.email(), account.displayName(), account.departmentId(), account.roles()),
                account.active(),
                account.passwordHash());
    }

    /** For tests and tools that sign a known person in without a password. */
    public AgoraUserDetails(CurrentUser user) {
        this(user, true, "");
    }

    private AgoraUserDetails(CurrentUser user, boolean active, String passwordHash) {
        this.user = user;
        this.active = active;
        this.passwordHash = passwordHash;
    }

    public CurrentUser currentUser() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities(user.roles());
    }

    static List<GrantedAuthority> authorities(Set<Role> roles) {
        return roles.stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.email();
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
