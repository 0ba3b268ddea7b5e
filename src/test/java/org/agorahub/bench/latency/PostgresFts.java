package org.agorahub.bench.latency;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * What a team might use instead of a search engine: PostgreSQL full-text search on the same documents, in the same
 * database. The title and current text of every document not in the trash go into one table (as a search column
 * on {@code document} would hold them; title and text live in two tables, and an index expression cannot span
 * them), with a GIN index on {@code to_tsvector('english', title || ' ' || coalesce(text, ''))}. The query is
 * {@code plainto_tsquery('english', q)} (every word must match, as on the page), ranked by {@code ts_rank}, top 20
 * with the total, and trimmed to the libraries the person may read, by the same rules as the index tokens: every
 * document of the libraries they are a member of (their department's, named membership), the non-sensitive ones of
 * organisation-wide libraries. Connections come from a pool of 16 (HikariCP), one per client.
 */
final class PostgresFts implements SearchSystem, AutoCloseable {

    static final String TABLE = "bench_fts_document";
    private static final String VECTOR = "to_tsvector('english', title || ' ' || coalesce(text, ''))";

    /** Sizes of the set-up, for the report. */
    record Setup(long rows, long copyNanos, long indexNanos, long tableBytes, long indexBytes) {}

    private final HikariDataSource pool;
    private final Long[] allDocuments;
    private final Long[] nonSensitive;

    /**
     * @param allDocuments ids of libraries whose every document the person may read
     * @param nonSensitive ids of libraries whose non-sensitive documents the person may read
     */
    PostgresFts(String url, String username, String password, List<Long> allDocuments, List<Long> nonSensitive) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(username);
        config.setPassword(password);
        config.setMaximumPoolSize(16);
        config.setMinimumIdle(16);
        config.setPoolName("bench-fts");
        this.pool = new HikariDataSource(config);
        this.allDocuments = allDocuments.toArray(Long[]::new);
        this.nonSensitive = nonSensitive.toArray(Long[]::new);
    }

    /** Builds the table and its index, timing each. */
    Setup create() throws SQLException {
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists " + TABLE);
            long started = System.nanoTime();
            statement.execute("create table " + TABLE + " as"
                    + " select d.id, d.library_id, d.classification, d.title, v.text from document d"
                    + " left join lateral (select coalesce(dv.extracted_text, dv.body) as text from document_version dv"
                    + " where dv.document_id = d.id order by dv.number desc limit 1) v on true"
                    + " where d.deleted_at is null");
            statement.execute("alter table " + TABLE + " add primary key (id)");
            long copied = System.nanoTime();
            statement.execute("create index " + TABLE + "_fts on " + TABLE + " using gin (" + VECTOR + ")");
            long indexed = System.nanoTime();
            statement.execute("analyze " + TABLE);
            try (ResultSet sizes = statement.executeQuery("select (select count(*) from " + TABLE + "),"
                    + " pg_total_relation_size('" + TABLE + "') - pg_indexes_size('" + TABLE + "'),"
                    + " pg_relation_size('" + TABLE + "_fts')")) {
                sizes.next();
                return new Setup(
                        sizes.getLong(1), copied - started, indexed - copied, sizes.getLong(2), sizes.getLong(3));
            }
        }
    }

    /** Documents the person may read, by the same restriction as the query. */
    long readableDocuments() throws SQLException {
        try (Connection connection = pool.getConnection();
                PreparedStatement count =
                        connection.prepareStatement("select count(*) from " + TABLE + " where " + restriction())) {
            bindRestriction(connection, count, 1);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Override
    public String name() {
        return "PostgreSQL FTS: GIN expression index, ts_rank, top 20 + count";
    }

    @Override
    public long search(int client, String text, String requestId) throws SQLException {
        try (Connection connection = pool.getConnection();
                PreparedStatement query = connection.prepareStatement("select id, title, ts_rank(" + VECTOR
                        + ", q) as rank, count(*) over () as total"
                        + " from " + TABLE + ", plainto_tsquery('english', ?) q"
                        + " where " + VECTOR + " @@ q and (" + restriction() + ")"
                        + " order by rank desc, id limit 20")) {
            query.setString(1, text);
            bindRestriction(connection, query, 2);
            long total = 0;
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    total = rows.getLong(4);
                }
            }
            return total;
        }
    }

    private static String restriction() {
        return "library_id = any(?) or (library_id = any(?) and classification = 'OFFICIAL')";
    }

    private void bindRestriction(Connection connection, PreparedStatement statement, int from) throws SQLException {
        Array all = connection.createArrayOf("bigint", allDocuments);
        Array open = connection.createArrayOf("bigint", nonSensitive);
        statement.setArray(from, all);
        statement.setArray(from + 1, open);
    }

    @Override
    public void close() {
        pool.close();
    }
}
