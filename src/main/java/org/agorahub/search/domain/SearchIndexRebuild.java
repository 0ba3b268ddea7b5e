package org.agorahub.search.domain;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
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
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the search index from PostgreSQL with Hibernate Search's mass indexer, one rebuild at a time across every
 * node, and reports its progress while it runs. Used by the admin page and by the start-up check, so a rebuild
 * started either way shows on the page. Each rebuild is audited twice: when it starts (by whom, why) and when it ends
 * (documents indexed, or the failure).
 *
 * <p>The state lives in the one row of {@code search_index_rebuild}: a node claims it to start (refused while
 * another node's rebuild is alive), writes its counts there every second while it runs, and releases it at the end,
 * so the admin page of any node shows the same progress. A node that dies mid-rebuild stops writing; after {@link
 * #STALE} its claim lapses and a rebuild can be started again. With OpenSearch the row also records the mapping the
 * shared index was completely built with ({@link #mappingCurrent}).
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

    /** How often the rebuilding node writes its counts, and how long without them before its claim lapses. */
    static final Duration HEARTBEAT = Duration.ofSeconds(1);

    static final Duration STALE = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(SearchIndexRebuild.class);

    private final EntityManagerFactory entityManagerFactory;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final boolean openSearch;
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);
    private final AtomicReference<Run> current = new AtomicReference<>();
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "search-rebuild-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    private final Path indexRoot;

    SearchIndexRebuild(
            EntityManagerFactory entityManagerFactory,
            AuditLog audit,
            PlatformTransactionManager transactionManager,
            JdbcClient jdbc,
            Environment environment,
            @Value("${agora.search.index-dir}") String indexDirectory) {
        this.indexRoot = Path.of(indexDirectory);
        this.entityManagerFactory = entityManagerFactory;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
        this.openSearch = SearchBackendSettings.isOpenSearch(environment);
    }

    /**
     * Starts a rebuild in the background unless one is already running on any node. The index is emptied first, so
     * until the rebuild ends searches find only what it has indexed so far.
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
        if (!claim(actorId, reason)) {
            current.compareAndSet(run, null);
            return false;
        }
        run.heartbeat = heartbeats.scheduleWithFixedDelay(
                () -> beat(run), HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
        try {
            transactions.executeWithoutResult(
                    status -> audit.record(actorId, AUDIT_STARTED, AUDIT_TARGET, null, reason));
            log.info("Rebuilding the search index ({})", reason);
            if (!openSearch) {
                IndexDirectoryCheck.clearMarker(indexRoot); // a crash before the end makes the next start rebuild again
            }
            Search.mapping(entityManagerFactory)
                    .scope(Object.class, SearchService.INDEXED_ENTITIES)
                    .massIndexer()
                    .threadsToLoadObjects(LOADING_THREADS)
                    .batchSizeToLoadObjects(BATCH_SIZE)
                    // OpenSearch: new indexes with the current mapping (a mapping change needs them; the integ-test
                    // distribution has no delete-by-query either); Lucene: the existing index emptied
                    .dropAndCreateSchemaOnStart(openSearch)
                    .purgeAllOnStart(!openSearch)
                    .monitor(run)
                    .start()
                    .whenComplete((done, failure) -> finish(run, failure));
        } catch (RuntimeException e) {
            finish(run, e); // recorded as a failed rebuild, which the admin page shows
        }
        return true;
    }

    /** Takes the shared row for this node, unless another node's rebuild is alive. */
    private boolean claim(Long actorId, String reason) {
        return jdbc.sql("""
                update search_index_rebuild
                   set running_node = :node, actor_id = :actor, reason = :reason, started_at = now(),
                       heartbeat_at = now(), total = 0, indexed = 0
                 where id = 1
                   and (running_node is null or heartbeat_at < now() - make_interval(secs => :stale))
                """)
                        .param("node", node)
                        .param("actor", actorId)
                        .param("reason", reason)
                        .param("stale", STALE.toSeconds())
                        .update()
                == 1;
    }

    private void beat(Run run) {
        try {
            jdbc.sql("""
                    update search_index_rebuild set heartbeat_at = now(), total = :total, indexed = :indexed
                     where id = 1 and running_node = :node
                    """)
                    .param("total", run.total.sum())
                    .param("indexed", run.indexed.sum())
                    .param("node", node)
                    .update();
        } catch (RuntimeException e) {
            log.warn("Could not record the search index rebuild's progress", e);
        }
    }

    /** The rebuild running now on any node and how far it got, or empty when none is running. */
    public Optional<RebuildProgress> progress() {
        return jdbc.sql("""
                select actor_id, started_at, total, indexed from search_index_rebuild
                 where id = 1 and running_node is not null
                   and heartbeat_at >= now() - make_interval(secs => :stale)
                """)
                .param("stale", STALE.toSeconds())
                .query((row, n) -> RebuildProgress.of(
                        (Long) row.getObject("actor_id"),
                        row.getTimestamp("started_at").toInstant(),
                        row.getLong("indexed"),
                        row.getLong("total"),
                        Instant.now()))
                .optional();
    }

    public boolean isRunning() {
        return current.get() != null || progress().isPresent();
    }

    private void finish(Run run, Throwable failure) {
        try {
            if (run.heartbeat != null) {
                run.heartbeat.cancel(false);
            }
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
            release(run);
            current.compareAndSet(run, null);
        }
    }

    private void release(Run run) {
        try {
            jdbc.sql("""
                    update search_index_rebuild
                       set running_node = null, heartbeat_at = now(), total = :total, indexed = :indexed
                     where id = 1 and running_node = :node
                    """)
                    .param("total", run.total.sum())
                    .param("indexed", run.indexed.sum())
                    .param("node", node)
                    .update();
        } catch (RuntimeException e) {
            log.error("Could not release the search index rebuild; it lapses after {}", STALE, e);
        }
    }

    /**
     * Marks the index complete for the current mapping: after a rebuild, or when the index is found consistent with
     * the database at start-up. Lucene: the marker file of {@link IndexDirectoryCheck} in this node's index
     * directory; OpenSearch: the shared row.
     */
    void markComplete() {
        if (openSearch) {
            jdbc.sql("update search_index_rebuild set mapping_version = :version where id = 1")
                    .param("version", IndexDirectoryCheck.MAPPING_VERSION)
                    .update();
            return;
        }
        try {
            IndexDirectoryCheck.writeMarker(indexRoot);
        } catch (IOException e) {
            log.warn("Could not mark the search index complete; it will be rebuilt at the next start", e);
        }
    }

    /**
     * Whether the index was completely built with the current mapping. Lucene: always, since {@link
     * IndexDirectoryCheck} deleted any other index before start-up; OpenSearch: what the shared row says, so the
     * first node of a new version to start rebuilds the shared index once.
     */
    boolean mappingCurrent() {
        if (!openSearch) {
            return true;
        }
        String built = jdbc.sql("select mapping_version from search_index_rebuild where id = 1")
                .query(String.class)
                .optional()
                .orElse(null);
        // never built (a new installation, or the first start on OpenSearch): the indexes Hibernate Search just
        // created have the current mapping, and the start-up check fills them if the database has content
        return built == null || Objects.equals(built, IndexDirectoryCheck.MAPPING_VERSION);
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
        private volatile ScheduledFuture<?> heartbeat;

        Run(Long actorId, Instant startedAt) {
            this.actorId = actorId;
            this.startedAt = startedAt;
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
