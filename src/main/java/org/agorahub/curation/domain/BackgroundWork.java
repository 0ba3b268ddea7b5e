package org.agorahub.curation.domain;

import java.time.Instant;
import java.util.List;
import org.agorahub.people.CurrentUser;
import org.agorahub.shared.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed background work: event publications (work a commit triggered in another module, such as reindexing or
 * notifying) that have not completed well after they were published. Spring Modulith's registry keeps them in
 * {@code event_publication}; resubmitting hands them to their listeners again.
 */
@Service
@Transactional(readOnly = true)
public class BackgroundWork {

    private static final String STUCK = "from event_publication where completion_date is null and publication_date < ?";

    private final JdbcClient jdbc;
    private final IncompleteEventPublications incomplete;
    private final CurationSettings settings;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    BackgroundWork(
            JdbcClient jdbc,
            IncompleteEventPublications incomplete,
            CurationSettings settings,
            AuditLog audit,
            TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.incomplete = incomplete;
        this.settings = settings;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** Publications unfinished for longer than {@link CurationSettings#stuckAfter()}. */
    public long stuckCount() {
        return jdbc.sql("select count(*) " + STUCK)
                .param(java.sql.Timestamp.from(threshold()))
                .query(Long.class)
                .single();
    }

    /** The oldest stuck publications: what kind of event, which listener, since when, how often tried. */
    public List<StuckWork> oldest(int limit) {
        return jdbc.sql(
                        "select event_type, listener_id, publication_date, coalesce(completion_attempts, 0) as attempts "
                                + STUCK + " order by publication_date limit ?")
                .params(java.sql.Timestamp.from(threshold()), limit)
                .query(StuckWork.class)
                .list();
    }

    /**
     * Hands the stuck publications to their listeners again (they run in the background, as at first) and records
     * who asked. Returns how many there were.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public long retry(CurrentUser user) {
        long stuck = stuckCount();
        transactions.executeWithoutResult(
                status -> audit.record(user.id(), "background.retried", "event_publication", null, stuck + " stuck"));
        incomplete.resubmitIncompletePublicationsOlderThan(settings.stuckAfter());
        return stuck;
    }

    private Instant threshold() {
        return Instant.now().minus(settings.stuckAfter());
    }

    /** One unfinished piece of background work. */
    public record StuckWork(String eventType, String listenerId, Instant publicationDate, int attempts) {

        /** The event's simple name, e.g. DocumentVerified. */
        public String eventName() {
            int dot = Math.max(eventType.lastIndexOf('.'), eventType.lastIndexOf('$'));
            return eventType.substring(dot + 1);
        }
    }
}
