package org.agorahub.people.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.agorahub.people.Role;
import org.agorahub.people.domain.ExternalRules;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in against the organisation's LDAP directory or Active Directory, under {@code agora.auth.ldap}: people
 * are found with a search (as the service account, or anonymously) and signed in by binding as themselves.
 *
 * @param enabled off by default
 * @param urls one or more servers, tried in turn, e.g. {@code ldaps://dc1.example.org:636}
 * @param baseDn the naming context every other DN here is under, e.g. {@code dc=example,dc=org}
 * @param bindDn the service account that searches (none: anonymous search)
 * @param bindPassword its password
 * @param userSearchBase where people are, relative to the base DN (empty: the whole base)
 * @param userSearchFilter finds the one entry for what was typed as {0}; the value is escaped. Active Directory:
 *     {@code (&(objectClass=user)(|(sAMAccountName={0})(userPrincipalName={0})(mail={0})))}
 * @param groupSearchBase where groups are, relative to the base DN
 * @param groupSearchFilter finds a person's groups, {0} being their full DN
 * @param groupNameAttribute the group attribute whose value names the group in {@link #groupRoles}
 * @param attributes which entry attributes hold what Agora needs
 * @param groupRoles group name → the Agora role it gives (everyone is a member besides)
 * @param requiredGroup when set, only members of this group may use Agora
 * @param defaultDepartment when set, people whose entry names no department go here instead of being refused
 * @param timeout connect and read timeout per server
 * @param sync the optional scheduled sync
 */
@ConfigurationProperties("agora.auth.ldap")
public record LdapProperties(
        @DefaultValue("false") boolean enabled,
        List<String> urls,
        @DefaultValue("") String baseDn,
        String bindDn,
        String bindPassword,
        @DefaultValue("") String userSearchBase,
        @DefaultValue("(uid={0})") String userSearchFilter,
        @DefaultValue("") String groupSearchBase,
        @DefaultValue("(member={0})") String groupSearchFilter,
        @DefaultValue("cn") String groupNameAttribute,
        @DefaultValue Attributes attributes,
        Map<String, Role> groupRoles,
        String requiredGroup,
        String defaultDepartment,
        @DefaultValue("5s") Duration timeout,
        @DefaultValue Sync sync) {

    /**
     * Attribute names. Active Directory: id {@code objectGUID}, department {@code department}.
     *
     * @param id the stable id (LDAP {@code entryUUID}, Active Directory {@code objectGUID}); without it the DN is used
     * @param manager holds the manager's DN
     */
    public record Attributes(
            @DefaultValue("entryUUID") String id,
            @DefaultValue("mail") String email,
            @DefaultValue("displayName") String name,
            @DefaultValue("ou") String department,
            @DefaultValue("title") String jobTitle,
            @DefaultValue("manager") String manager) {}

    /**
     * @param cron when to sync, e.g. {@code 0 0 4 * * *}; "-" (the default) never
     * @param filter which entries are people, for listing them all
     */
    public record Sync(
            @DefaultValue("-") String cron,
            @DefaultValue("(objectClass=person)") String filter) {}

    ExternalRules rules() {
        return new ExternalRules(groupRoles, requiredGroup, defaultDepartment);
    }
}
