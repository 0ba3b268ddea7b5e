package org.agorahub.search.domain;

import jakarta.persistence.EntityManagerFactory;
import org.agorahub.shared.OncePerCluster;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.outboxpolling.OutboxPollingExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * With OpenSearch and outbox-polling coordination, a change that cannot be indexed (OpenSearch down or unreachable)
 * is retried by Hibernate Search a few times, about a minute in all, and then marked aborted and left. So that a
 * change saved during a longer outage is still indexed once OpenSearch is back, one node at a time puts aborted
 * changes back in the queue every {@code agora.search.outbox.retry-aborted-every} (15 s): while OpenSearch is still
 * down they are aborted again, and once it answers they are indexed. Nothing is lost: the outbox lives in
 * PostgreSQL.
 */
@Component
@ConditionalOnExpression("'${agora.search.backend:lucene}'.trim().equalsIgnoreCase('opensearch')"
        + " and '${agora.search.coordination:outbox-polling}' != 'none'")
class AbortedIndexingRetry {

    private static final Logger log = LoggerFactory.getLogger(AbortedIndexingRetry.class);
    private static final String JOB = "search.outbox.retry-aborted";

    private final EntityManagerFactory entityManagerFactory;
    private final OncePerCluster once;

    AbortedIndexingRetry(EntityManagerFactory entityManagerFactory, OncePerCluster once) {
        this.entityManagerFactory = entityManagerFactory;
        this.once = once;
    }

    @Scheduled(
            fixedDelayString = "${agora.search.outbox.retry-aborted-every:15s}",
            initialDelayString = "${agora.search.outbox.retry-aborted-every:15s}")
    void retryAborted() {
        try {
            once.run(JOB, this::requeue);
        } catch (RuntimeException e) {
            log.warn("Could not put aborted indexing work back in the queue: {}", e.getMessage());
        }
    }

    /** Puts every aborted change back in the queue; returns how many. */
    int requeue() {
        var outbox = Search.mapping(entityManagerFactory).extension(OutboxPollingExtension.get());
        if (outbox.countAbortedEvents() == 0) {
            return 0;
        }
        int requeued = outbox.reprocessAbortedEvents();
        log.info("Put {} changes whose indexing had been given up on back in the queue", requeued);
        return requeued;
    }
}
