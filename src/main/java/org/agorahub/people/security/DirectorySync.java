package org.agorahub.people.security;

import java.util.List;
import org.agorahub.people.domain.ExternalAccounts;
import org.agorahub.people.domain.ExternalProfile;
import org.agorahub.shared.OncePerCluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps directory people in step between their sign-ins ({@code agora.auth.ldap.sync.cron}, off by default):
 * departments, job titles and roles follow the directory, and people it no longer lists are deactivated. One app
 * node syncs at a time ({@link OncePerCluster}); another node's run meanwhile is skipped before it asks the directory.
 */
public class DirectorySync {

    private static final Logger log = LoggerFactory.getLogger(DirectorySync.class);

    private final LdapDirectory directory;
    private final ExternalAccounts accounts;
    private final LdapProperties properties;
    private final OncePerCluster once;

    DirectorySync(LdapDirectory directory, ExternalAccounts accounts, LdapProperties properties, OncePerCluster once) {
        this.directory = directory;
        this.accounts = accounts;
        this.properties = properties;
        this.once = once;
    }

    @Scheduled(cron = "${agora.auth.ldap.sync.cron:-}")
    public void scheduled() {
        try {
            run();
        } catch (RuntimeException e) {
            log.warn("Directory sync failed, nothing changed: {}", e.toString());
        }
    }

    /**
     * One sync. A directory that lists nobody is taken for a mistake (a wrong filter, an empty replica), not as
     * everyone having left: nothing is deactivated then.
     *
     * @throws LdapDirectory.UnreachableException when the directory does not answer in full; nothing changes then
     */
    public ExternalAccounts.SyncOutcome run() {
        return once.call("people.directory-sync", this::sync).orElse(new ExternalAccounts.SyncOutcome(0, 0, 0, true));
    }

    private ExternalAccounts.SyncOutcome sync() {
        List<ExternalProfile> everyone = directory.everyone();
        if (everyone.isEmpty()) {
            log.warn(
                    "Directory sync found nobody with {}: nothing changed",
                    properties.sync().filter());
            return new ExternalAccounts.SyncOutcome(0, 0, 0, true);
        }
        ExternalAccounts.SyncOutcome outcome = accounts.sync(LdapDirectory.SOURCE, everyone, properties.rules());
        log.info(
                "Directory sync: {} listed, {} updated, {} deactivated, {} left unchanged",
                everyone.size(),
                outcome.updated(),
                outcome.deactivated(),
                outcome.unchanged());
        return outcome;
    }
}
