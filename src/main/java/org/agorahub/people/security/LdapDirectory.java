package org.agorahub.people.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import org.agorahub.people.domain.ExternalProfile;
import org.springframework.ldap.core.ContextMapper;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.ldap.core.support.LdapContextSource;
import org.springframework.ldap.query.LdapQueryBuilder;
import org.springframework.ldap.query.SearchScope;
import org.springframework.ldap.support.LdapUtils;

/**
 * The organisation's LDAP directory or Active Directory, as Agora reads it: finds a person by what they typed
 * (always as an escaped filter parameter, never pasted into the filter), checks their password by binding as
 * them, reads their groups and lists everyone for the sync.
 */
class LdapDirectory {

    static final String SOURCE = "ldap";

    /** Thrown when no server answered (or one failed in a way a retry may cure). */
    static class UnreachableException extends RuntimeException {
        UnreachableException(Throwable cause) {
            super("The directory did not answer", cause);
        }
    }

    /** A person's entry: its full DN and what Agora reads from it. */
    record Entry(String dn, ExternalProfile profile, String managerDn) {}

    private static final int PAGE_SIZE = 500;

    private final LdapProperties properties;
    private final LdapContextSource contextSource;
    private final LdapTemplate ldap;

    LdapDirectory(LdapProperties properties) {
        if (properties.urls() == null || properties.urls().isEmpty()) {
            throw new IllegalStateException("agora.auth.ldap.urls is required when agora.auth.ldap.enabled=true");
        }
        this.properties = properties;
        contextSource = new LdapContextSource();
        contextSource.setUrls(properties.urls().toArray(String[]::new));
        // no base here: every DN Agora handles is a full one, as the directory returns them in attributes
        if (properties.bindDn() == null || properties.bindDn().isBlank()) {
            contextSource.setAnonymousReadOnly(true);
        } else {
            contextSource.setUserDn(properties.bindDn());
            contextSource.setPassword(properties.bindPassword() == null ? "" : properties.bindPassword());
        }
        String millis = Long.toString(properties.timeout().toMillis());
        contextSource.setBaseEnvironmentProperties(Map.of(
                "com.sun.jndi.ldap.connect.timeout", millis,
                "com.sun.jndi.ldap.read.timeout", millis,
                "java.naming.ldap.attributes.binary", "objectGUID objectSid"));
        contextSource.afterPropertiesSet();
        ldap = new LdapTemplate(contextSource);
        // a truncated list must fail the sync rather than deactivate everyone past the server's size limit
        ldap.setIgnoreSizeLimitExceededException(false);
        ldap.setIgnorePartialResultException(true);
    }

    /**
     * The one entry the user search filter finds for this name, if exactly one.
     *
     * @throws UnreachableException when the directory does not answer
     */
    Optional<Entry> find(String name) {
        List<DirContextOperations> found = directory(() -> ldap.search(
                LdapQueryBuilder.query()
                        .base(dn(properties.userSearchBase()))
                        .searchScope(SearchScope.SUBTREE)
                        .countLimit(2)
                        .attributes(attributeNames())
                        .filter(properties.userSearchFilter(), name),
                (ContextMapper<DirContextOperations>) ctx -> (DirContextOperations) ctx));
        if (found.size() != 1) {
            return Optional.empty();
        }
        DirContextOperations entry = found.get(0);
        return Optional.of(entry(entry, groups(entry.getNameInNamespace())));
    }

    /**
     * Whether the password is the person's: a bind as them. Blank passwords are refused before asking, as many
     * servers treat a bind without one as an anonymous bind that succeeds.
     *
     * @throws UnreachableException when the directory does not answer
     */
    boolean passwordMatches(String dn, String password) {
        if (password == null || password.isEmpty()) {
            return false;
        }
        DirContext context = null;
        try {
            context = contextSource.getContext(dn, password);
            return true;
        } catch (org.springframework.ldap.AuthenticationException e) {
            return false;
        } catch (org.springframework.ldap.NamingException e) {
            throw new UnreachableException(e);
        } finally {
            if (context != null) {
                LdapUtils.closeContext(context);
            }
        }
    }

    /** Everyone the sync filter finds, with their groups and managers' ids, read page by page. */
    List<ExternalProfile> everyone() {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningAttributes(attributeNames());
        List<DirContextOperations> all = new ArrayList<>();
        directory(() -> org.springframework.ldap.core.support.SingleContextSource.doWithSingleContext(
                contextSource, operations -> {
                    var processor = new org.springframework.ldap.control.PagedResultsDirContextProcessor(PAGE_SIZE);
                    do {
                        all.addAll(operations.search(
                                dn(properties.userSearchBase()),
                                properties.sync().filter(),
                                controls,
                                (ContextMapper<DirContextOperations>) ctx -> (DirContextOperations) ctx,
                                processor));
                    } while (processor.hasMore());
                    return null;
                }));
        Map<String, String> idByDn = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (DirContextOperations found : all) {
            Entry entry = entry(found, groups(found.getNameInNamespace()));
            entries.add(entry);
            idByDn.put(normalised(entry.dn()), entry.profile().externalId());
        }
        return entries.stream()
                .map(e -> withManager(e, idByDn.get(normalised(e.managerDn()))))
                .toList();
    }

    /** The person's profile with their manager's id, looked up in the directory. */
    ExternalProfile profile(Entry entry) {
        if (entry.managerDn() == null) {
            return entry.profile();
        }
        String managerId;
        try {
            managerId = ldap.lookup(
                    entry.managerDn(), new String[] {properties.attributes().id()}, (ContextMapper<String>)
                            ctx -> id((DirContextOperations) ctx));
        } catch (org.springframework.ldap.NameNotFoundException e) {
            managerId = null;
        } catch (org.springframework.ldap.NamingException e) {
            throw new UnreachableException(e);
        }
        return withManager(entry, managerId);
    }

    private static ExternalProfile withManager(Entry entry, String managerId) {
        ExternalProfile p = entry.profile();
        return new ExternalProfile(
                p.source(),
                p.externalId(),
                p.email(),
                p.displayName(),
                p.jobTitle(),
                p.department(),
                managerId,
                null,
                p.groups());
    }

    private Set<String> groups(String userDn) {
        if (properties.groupSearchFilter() == null
                || properties.groupSearchFilter().isBlank()) {
            return Set.of();
        }
        String nameAttribute = properties.groupNameAttribute();
        List<String> names = directory(() -> ldap.search(
                LdapQueryBuilder.query()
                        .base(dn(properties.groupSearchBase()))
                        .searchScope(SearchScope.SUBTREE)
                        .attributes(nameAttribute)
                        .filter(properties.groupSearchFilter(), userDn),
                (ContextMapper<String>) ctx -> ((DirContextOperations) ctx).getStringAttribute(nameAttribute)));
        Set<String> groups = new LinkedHashSet<>();
        names.stream().filter(n -> n != null && !n.isBlank()).forEach(groups::add);
        return groups;
    }

    private Entry entry(DirContextOperations entry, Set<String> groups) {
        LdapProperties.Attributes a = properties.attributes();
        String dn = entry.getNameInNamespace();
        String name = entry.getStringAttribute(a.name());
        if (name == null) {
            name = entry.getStringAttribute("cn");
        }
        ExternalProfile profile = new ExternalProfile(
                SOURCE,
                id(entry),
                entry.getStringAttribute(a.email()),
                name,
                entry.getStringAttribute(a.jobTitle()),
                entry.getStringAttribute(a.department()),
                null,
                null,
                Set.copyOf(new HashSet<>(groups)));
        return new Entry(dn, profile, entry.getStringAttribute(a.manager()));
    }

    /** The stable id: text as it comes, binary (Active Directory's objectGUID) as hex; the DN when there is none. */
    private String id(DirContextOperations entry) {
        Object value = entry.getObjectAttribute(properties.attributes().id());
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        if (value != null && !value.toString().isBlank()) {
            return value.toString().strip().toLowerCase(java.util.Locale.ROOT);
        }
        return "dn:" + normalised(entry.getNameInNamespace());
    }

    private String[] attributeNames() {
        LdapProperties.Attributes a = properties.attributes();
        return new String[] {a.id(), a.email(), a.name(), "cn", a.department(), a.jobTitle(), a.manager()};
    }

    private String dn(String relative) {
        String base = properties.baseDn() == null ? "" : properties.baseDn().strip();
        if (relative == null || relative.isBlank()) {
            return base;
        }
        return base.isEmpty() ? relative.strip() : relative.strip() + "," + base;
    }

    private static String normalised(String dn) {
        if (dn == null) {
            return null;
        }
        try {
            return new javax.naming.ldap.LdapName(dn)
                    .getRdns().stream()
                            .map(Object::toString)
                            .collect(java.util.stream.Collectors.joining(","))
                            .toLowerCase(java.util.Locale.ROOT);
        } catch (javax.naming.InvalidNameException e) {
            return dn.toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static <T> T directory(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (org.springframework.ldap.NamingException e) {
            throw new UnreachableException(e);
        }
    }
}
