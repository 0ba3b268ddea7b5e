package org.agorahub.enrichment.domain;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.agorahub.shared.OncePerCluster;
import org.agorahub.shared.ai.EnrichableContent;
import org.agorahub.shared.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enriches everything that already exists: content made before the AI was switched on, or before a model change.
 * Runs in one background thread, item by item, skipping items whose text is already enriched. Its progress (and
 * where it got to, per kind) is written to PostgreSQL after every batch, so every node shows the same progress bar
 * and a run cut short by a restart carries on from where it was at the next start. One run at a time across all
 * nodes: the running one holds a lock ({@link OncePerCluster#hold}) that goes when it ends or its node stops, so a
 * node starting meanwhile neither resumes it nor starts another.
 */
@Component
public class Backfill {

    static final String AUDIT_TARGET = "ai-backfill";
    static final int BATCH = 50;
    static final String JOB = "enrichment.backfill";

    private static final Logger log = LoggerFactory.getLogger(Backfill.class);

    private final EnrichmentService enrichment;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    /** A run started on this node is going (the cluster-wide guard is the lock). */
    private final AtomicBoolean running = new AtomicBoolean();

    private final boolean onStart;
    private final OncePerCluster once;

    Backfill(
            EnrichmentService enrichment,
            JdbcTemplate jdbc,
            AuditLog audit,
            PlatformTransactionManager transactionManager,
            @Value("${agora.ai.backfill-on-start:true}") boolean onStart,
            OncePerCluster once) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.enrichment = enrichment;
        this.jdbc = jdbc;
        this.audit = audit;
        this.onStart = onStart;
        this.once = once;
    }

    /** The newest run, for the progress bar. */
    public Optional<Progress> latest() {
        return jdbc
                .query(
                        "select id, started_at, total, done, finished_at, failure from enrichment_backfill"
                                + " order by id desc limit 1",
                        (rs, row) -> new Progress(
                                rs.getLong(1),
                                rs.getTimestamp(2).toInstant(),
                                rs.getLong(3),
                                rs.getLong(4),
                                rs.getTimestamp(5) == null
                                        ? null
                                        : rs.getTimestamp(5).toInstant(),
                                rs.getString(6)))
                .stream()
                .findFirst();
    }

    /**
     * Starts a run in the background unless one is running (on any node); audited. Returns false when one was
     * already running or the AI is off.
     */
    public boolean start(Long actorId) {
        if (!enrichment.active() || !running.compareAndSet(false, true)) {
            return false;
        }
        Optional<OncePerCluster.Lease> lease = once.hold(JOB);
        if (lease.isEmpty()) {
            running.set(false);
            return false;
        }
        try {
            long total = enrichment.sources().stream()
                    .mapToLong(EnrichableContent::count)
                    .sum();
            Long id = transactions.execute(status -> {
                Long run = jdbc.queryForObject(
                        "insert into enrichment_backfill (started_by, total) values (?, ?) returning id",
                        Long.class,
                        actorId,
                        total);
                audit.record(actorId, "ai.backfill.started", AUDIT_TARGET, run, total + " items");
                return run;
            });
            launch(id, new HashMap<>(), 0, lease.get());
        } catch (RuntimeException e) {
            lease.get().close();
            running.set(false);
            throw e;
        }
        return true;
    }

    /** At start-up: carries on with a run that a restart cut short, or starts one if some content has no vector. */
    @EventListener(ApplicationReadyEvent.class)
    void resumeOrStartInBackground() {
        if (onStart) {
            // checking loads the model (a second or two) and counts content: not on the thread that starts Agora
            Thread thread = new Thread(this::resumeOrStart, "ai-backfill-check");
            thread.setDaemon(true);
            thread.start();
        }
    }

    void resumeOrStart() {
        if (!onStart || !enrichment.active()) {
            return;
        }
        Optional<Progress> last = latest();
        if (last.isPresent() && last.get().finishedAt() == null) {
            if (running.compareAndSet(false, true)) {
                resume(last.get().id());
            }
            return;
        }
        long content = enrichment.sources().stream()
                .mapToLong(EnrichableContent::count)
                .sum();
        Long vectors = jdbc.queryForObject("select count(*) from enrichment_vector", Long.class);
        if (vectors != null && vectors < content) {
            start(null);
        }
    }

    /** Carries on with a run a restart cut short, unless another node is running it (then it is not cut short). */
    private void resume(long runId) {
        Optional<OncePerCluster.Lease> lease = once.hold(JOB);
        if (lease.isEmpty()) {
            running.set(false);
            return;
        }
        try {
            // read again under the lock: the node that ran it may have finished it meanwhile
            List<Progress> unfinished = jdbc.query(
                    "select id, started_at, total, done, finished_at, failure from enrichment_backfill"
                            + " where id = ? and finished_at is null",
                    (rs, row) -> new Progress(
                            rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getLong(3), rs.getLong(4), null, null),
                    runId);
            if (unfinished.isEmpty()) {
                lease.get().close();
                running.set(false);
                return;
            }
            Map<String, Long> positions = jdbc.queryForObject(
                    "select position from enrichment_backfill where id = ?", (rs, row) -> read(rs.getString(1)), runId);
            Progress run = unfinished.get(0);
            log.info("Resuming the AI backfill {} at {} of {}", runId, run.done(), run.total());
            launch(runId, positions, run.done(), lease.get());
        } catch (RuntimeException e) {
            lease.get().close();
            running.set(false);
            throw e;
        }
    }

    /** Whether a run is going, on this node or another. */
    public boolean running() {
        return running.get() || once.running(JOB);
    }

    private void launch(long runId, Map<String, Long> positions, long doneBefore, OncePerCluster.Lease lease) {
        Thread thread = new Thread(
                () -> {
                    try (lease) {
                        run(runId, positions, doneBefore);
                    }
                },
                "ai-backfill");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(long runId, Map<String, Long> positions, long doneBefore) {
        long done = doneBefore;
        try {
            for (EnrichableContent source : enrichment.sources()) {
                long after = positions.getOrDefault(source.kind(), 0L);
                for (List<Long> ids = source.idsAfter(after, BATCH);
                        !ids.isEmpty();
                        ids = source.idsAfter(after, BATCH)) {
                    for (long id : ids) {
                        enrichment.enrich(source.kind(), id);
                    }
                    after = ids.get(ids.size() - 1);
                    done += ids.size();
                    positions.put(source.kind(), after);
                    jdbc.update(
                            "update enrichment_backfill set done = ?, position = ? where id = ?",
                            done,
                            write(positions),
                            runId);
                }
            }
            long finished = done;
            transactions.executeWithoutResult(status -> {
                jdbc.update(
                        "update enrichment_backfill set finished_at = now(), done = ? where id = ?", finished, runId);
                audit.record(null, "ai.backfill.finished", AUDIT_TARGET, runId, finished + " items");
            });
        } catch (Exception e) {
            log.error("The AI backfill {} failed", runId, e);
            transactions.executeWithoutResult(status -> {
                jdbc.update(
                        "update enrichment_backfill set finished_at = now(), failure = ? where id = ?",
                        String.valueOf(e.getMessage()),
                        runId);
                audit.record(null, "ai.backfill.failed", AUDIT_TARGET, runId, String.valueOf(e.getMessage()));
            });
        } finally {
            running.set(false);
        }
    }

    private static Map<String, Long> read(String positions) {
        Map<String, Long> read = new HashMap<>();
        for (String pair : positions.split(",")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                read.put(pair.substring(0, equals), Long.parseLong(pair.substring(equals + 1)));
            }
        }
        return read;
    }

    private static String write(Map<String, Long> positions) {
        return positions.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(java.util.stream.Collectors.joining(","));
    }

    /** A run: how far it got, when it ended (null while it runs, or when a restart cut it short) and why it failed. */
    public record Progress(long id, Instant startedAt, long total, long done, Instant finishedAt, String failure) {

        public int percent() {
            return total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
        }
    }
}
