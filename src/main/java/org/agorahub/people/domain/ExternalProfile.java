package org.agorahub.people.domain;

import java.util.Set;

/**
 * A person as the organisation's directory or OpenID Connect provider describes them at sign-in or sync.
 *
 * @param source where they sign in: "ldap" or "oidc:" and the provider's registration id
 * @param externalId the identity's stable id there (never the email, which can change)
 * @param email may be null or blank when the directory has none: sign-in is then refused
 * @param department the department's name; may be null or blank (refused, or the configured fallback)
 * @param managerExternalId the manager's id at the same source, or null
 * @param managerEmail the manager's email, used when there is no id, or null
 * @param groups the directory groups they belong to, by name
 */
public record ExternalProfile(
        String source,
        String externalId,
        String email,
        String displayName,
        String jobTitle,
        String department,
        String managerExternalId,
        String managerEmail,
        Set<String> groups) {}
