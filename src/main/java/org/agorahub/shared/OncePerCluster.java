package org.agorahub.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Background work that must not run on two app nodes at the same time (nightly jobs, start-up catch-up, long
 * backfills), guarded by a PostgreSQL advisory lock named after the job: whoever holds it runs the job, anyone else
 * skips it and returns at once. Nothing is written: the lock is released when the transaction ends, or when the node
 * holding it stops (its connection closes), so a crash never leaves a job stuck.
 *
 * <p>A lock, not a "last run" row: every job guarded here is idempotent (a rebuild, a recompute, a sync, reminders that
 * record whom they told), so a second node whose clock fires a little after the first finished only repeats work;
 * what the lock must prevent is two runs at once, which would fight over the same rows.
 */
@Component
public class OncePerCluster {

    private static final Logger log = LoggerFactory.getLogger(OncePerCluster.class);

    /** Key space of these locks (two-int advisory locks never collide with one-bigint ones). */
    static final int KEY_SPACE = 0x4a4f4253; // "JOBS"

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final DataSource dataSource;

    OncePerCluster(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, DataSource dataSource) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.dataSource = dataSource;
    }

    /**
     * Runs the job in one transaction that holds its lock (the job's own transactional work joins it); returns false,
     * having done nothing, when another node (or thread) is running it.
     */
    public boolean run(String job, Runnable body) {
        return call(job, () -> {
                    body.run();
                    return Boolean.TRUE;
                })
                .isPresent();
    }

    /**
     * For work that queues rather than skips (an admin asking for a rebuild): takes the job's lock for the caller's
     * transaction, waiting while another node runs the job.
     */
    public void waitFor(String job) {
        jdbc.query("select pg_advisory_xact_lock(?, ?)", rs -> null, KEY_SPACE, key(job));
    }

    /** As {@link #run}, with the job's result; empty when another node is running it. */
    public <T> Optional<T> call(String job, Supplier<T> body) {
        return transactions.execute(status -> {
            Boolean mine =
                    jdbc.queryForObject("select pg_try_advisory_xact_lock(?, ?)", Boolean.class, KEY_SPACE, key(job));
            if (!Boolean.TRUE.equals(mine)) {
                log.info("Skipped {}: another node is running it", job);
                return Optional.<T>empty();
            }
            return Optional.ofNullable(body.get());
        });
    }

    /**
     * For work too long for one transaction (it commits as it goes): holds the job's lock on a connection of its own
     * until the returned lease is closed, or the node stops. Empty when another node holds it.
     */
    public Optional<Lease> hold(String job) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            if (lock(connection, "select pg_try_advisory_lock(?, ?)", job)) {
                return Optional.of(new Lease(job, connection));
            }
            connection.close();
            log.info("Skipped {}: another node is running it", job);
            return Optional.empty();
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("Could not take the lock of " + job, e);
        }
    }

    /** Whether some node is running the job now (holds its lock), for pages that show it. */
    public boolean running(String job) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from pg_locks where locktype = 'advisory' and granted
                    and database = (select oid from pg_database where datname = current_database())
                    and classid = ?::int4::oid and objid = ?::int4::oid and objsubid = 2)
                """, Boolean.class, KEY_SPACE, key(job)));
    }

    /** The lock a {@link #hold} took; closing it lets the next node run the job. */
    public static final class Lease implements AutoCloseable {

        private final String job;
        private Connection connection;

        private Lease(String job, Connection connection) {
            this.job = job;
            this.connection = connection;
        }

        @Override
        public synchronized void close() {
            if (connection == null) {
                return;
            }
            try {
                lock(connection, "select pg_advisory_unlock(?, ?)", job);
            } catch (SQLException e) {
                log.warn("Could not release the lock of {} (it goes with the connection): {}", job, e.toString());
            } finally {
                closeQuietly(connection);
                connection = null;
            }
        }
    }

    /** A stable key per job name: String.hashCode is specified, so every node computes the same one. */
    static int key(String job) {
        return job.hashCode();
    }

    private static boolean lock(Connection connection, String sql, String job) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, KEY_SPACE);
            statement.setInt(2, key(job));
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("Closing a lock connection failed", e);
            }
        }
    }
}
