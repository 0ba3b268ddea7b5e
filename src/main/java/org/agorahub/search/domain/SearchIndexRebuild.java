package org.agorahub.search.domain;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.agorahub.shared.audit.AuditLog;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorContext;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorCreateContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the search index from PostgreSQL with Hibernate Search's mass indexer, one rebuild at a time, and
 * reports its progress while it runs. Used by the admin page and by the start-up check of an empty index, so a
 * rebuild started either way shows on the page. Each rebuild is audited twice: when it starts (by whom, why) and
 * when it ends (documents indexed, or the failure).
 *
 * <p>The Lucene index lives on each node's disk, so "one at a time" is per node, which is what this guards. (With
 * a shared Elasticsearch/OpenSearch index this would need a cluster-wide lock.)
 */
@Component
public class SearchIndexRebuild {

    static final String AUDIT_TARGET = "search-index";
    static final String AUDIT_STARTED = "search.index.rebuild.started";
    static final String AUDIT_FINISHED = "search.index.rebuild.finished";
    static final String AUDIT_FAILED = "search.index.rebuild.failed";

    /**
     * Kept low on purpose: the mass indexer holds one database connection per loading thread plus one for reading
     * ids, and the Hikari pool has 10 connections (Spring Boot's default; we do not change it). One loading thread
     * and small batches take two connections, leaving eight for people using the site while the rebuild runs. A
     * larger batch would also hold the loading transaction (and the current version texts it reads) longer.
     */
    static final int LOADING_THREADS = 1;

    static final int BATCH_SIZE = 25;

    private static final Logger log = LoggerFactory.getLogger(SearchIndexRebuild.class);

    private final EntityManagerFactory entityManagerFactory;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final AtomicReference<Run> current = new AtomicReference<>();

    private final Path indexRoot;

    SearchIndexRebuild(
            EntityManagerFactory entityManagerFactory,
            AuditLog audit,
            PlatformTransactionManager transactionManager,
            @Value("${agora.search.index-dir}") String indexDirectory) {
        this.indexRoot = Path.of(indexDirectory);
        this.entityManagerFactory = entityManagerFactory;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Starts a rebuild in the background unless one is already running. The index is emptied first, so until the
     * rebuild ends searches find only what it has indexed so far.
     *
     * @param actorId who asked for it, or null when the application itself did (at start-up)
     * @param reason a few words for the audit log
     * @return false, and nothing happens, when a rebuild is already running; true when this call started one
     *     (even if it failed at once: that failure is recorded like any other)
     */
    public boolean start(Long actorId, String reason) {
        Run run = new Run(actorId, Instant.now());
        if (!current.compareAndSet(null, run)) {
            return false;
        }
        try {
            transactions.executeWithoutResult(
                    status -> audit.record(actorId, AUDIT_STARTED, AUDIT_TARGET, null, reason));
            log.info("Rebuilding the search index ({})", reason);
            IndexDirectoryCheck.clearMarker(indexRoot); // a crash before the end makes the next start rebuild again
            Search.mapping(entityManagerFactory)
                    .scope(Object.class, SearchService.INDEXED_ENTITIES)
                    .massIndexer()
                    .threadsToLoadObjects(LOADING_THREADS)
                    .batchSizeToLoadObjects(BATCH_SIZE)
                    .monitor(run)
                    .start()
                    .whenComplete((done, failure) -> finish(run, failure));
        } catch (RuntimeException e) {
            finish(run, e); // recorded as a failed rebuild, which the admin page shows
        }
        return true;
    }

    /** The rebuild running now and how far it got, or empty when none is running. */
    public Optional<RebuildProgress> progress() {
        Run run = current.get();
        return run == null ? Optional.empty() : Optional.of(run.progress(Instant.now()));
    }

    public boolean isRunning() {
        return current.get() != null;
    }

    private void finish(Run run, Throwable failure) {
        try {
            long indexed = run.indexed.sum();
            Duration took = Duration.between(run.startedAt, Instant.now());
            if (failure == null) {
                log.info("Search index rebuilt: {} documents in {} ms", indexed, took.toMillis());
                markComplete();
                recordEnd(run, AUDIT_FINISHED, indexed + " documents");
            } else {
                log.error("Rebuilding the search index failed after {} documents", indexed, failure);
                recordEnd(run, AUDIT_FAILED, describe(failure));
            }
        } finally {
            current.compareAndSet(run, null);
        }
    }

    /**
     * Marks the index complete for the current mapping ({@link IndexDirectoryCheck}): after a rebuild, or when the
     * index is found consistent with the database at start-up.
     */
    void markComplete() {
        try {
            IndexDirectoryCheck.writeMarker(indexRoot);
        } catch (IOException e) {
            log.warn("Could not mark the search index complete; it will be rebuilt at the next start", e);
        }
    }

    private void recordEnd(Run run, String action, String detail) {
        try {
            transactions.executeWithoutResult(status -> audit.record(run.actorId, action, AUDIT_TARGET, null, detail));
        } catch (RuntimeException e) {
            log.error("Could not record the end of a search index rebuild in the audit log", e);
        }
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /**
     * One rebuild, and the mass indexing monitor that counts its progress. Hibernate Search calls it from its
     * indexing threads, so every counter is thread-safe.
     */
    private static final class Run implements MassIndexingMonitor {

        private final Long actorId;
        private final Instant startedAt;
        private final LongAdder total = new LongAdder();
        private final LongAdder indexed = new LongAdder();

        Run(Long actorId, Instant startedAt) {
            this.actorId = actorId;
            this.startedAt = startedAt;
        }

        RebuildProgress progress(Instant now) {
            long done = indexed.sum();
            long all = total.sum();
            Duration elapsed = Duration.between(startedAt, now);
            Duration left = null;
            if (done > 0 && all >= done) {
                // the rate so far, applied to what is left: rough, but honest about being an estimate
                left = Duration.ofMillis(Math.round((double) elapsed.toMillis() * (all - done) / done));
            }
            return new RebuildProgress(actorId, startedAt, done, all, elapsed, left);
        }

        @Override
        public MassIndexingTypeGroupMonitor typeGroupMonitor(MassIndexingTypeGroupMonitorCreateContext context) {
            return new MassIndexingTypeGroupMonitor() {
                @Override
                public void indexingStarted(MassIndexingTypeGroupMonitorContext context) {
                    OptionalLong count = context.totalCount();
                    count.ifPresent(total::add);
                }

                @Override
                public void documentsIndexed(long increment) {
                    // counted once, in documentsAdded
                }

                @Override
                public void indexingCompleted(MassIndexingTypeGroupMonitorContext context) {}
            };
        }

        @Override
        public void documentsAdded(long increment) {
            indexed.add(increment);
        }

        @Override
        public void documentsBuilt(long increment) {}

        @Override
        public void entitiesLoaded(long increment) {}

        @Override
        public void indexingCompleted() {}
    }
}
