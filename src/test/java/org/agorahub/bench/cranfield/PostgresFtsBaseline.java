package org.agorahub.bench.cranfield;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.agorahub.bench.cranfield.CranfieldCollection.Doc;

/**
 * Baseline (c): PostgreSQL full-text search as one would first write it. A table with a generated
 * {@code to_tsvector('english', title || ' ' || abstract)} column and a GIN index on it; ranked by {@code ts_rank}
 * (or {@code ts_rank_cd}, for reference) with default normalisation, top {@code k}, ties in collection order.
 *
 * <p>The query is the OR of the lexemes {@code plainto_tsquery('english', q)} finds: {@code plainto_tsquery} alone
 * ANDs every word, and almost no abstract contains all the words of a long Cranfield question, so recall would
 * collapse and the comparison would say nothing about ranking. The OR-ed form ({@code 'flow' | 'plate' | ...}) asks
 * what the Lucene systems ask.
 */
final class PostgresFtsBaseline implements SearchSystem {

    enum Rank {
        TS_RANK("ts_rank", "baseline c"),
        TS_RANK_CD("ts_rank_cd", "for reference");

        final String function;
        final String role;

        Rank(String function, String role) {
            this.function = function;
            this.role = role;
        }
    }

    private final Connection connection;
    private final Rank rank;
    private final String table;
    private PreparedStatement query;

    /** Uses {@code connection} (auto-commit) for its own table; the caller closes the connection. */
    PostgresFtsBaseline(Connection connection, Rank rank) {
        this.connection = connection;
        this.rank = rank;
        this.table = "cranfield_" + rank.function;
    }

    @Override
    public String name() {
        return "PostgreSQL FTS, " + rank.function + ", OR of lexemes (" + rank.role + ")";
    }

    /** Measured for reference only, not one of the baselines the issue names. */
    boolean isReference() {
        return rank != Rank.TS_RANK;
    }

    @Override
    public void index(List<Doc> docs) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("drop table if exists " + table);
            ddl.execute("create table " + table + " (id text primary key, seq integer not null, title text not null,"
                    + " abstract text not null, tsv tsvector generated always as"
                    + " (to_tsvector('english', title || ' ' || abstract)) stored)");
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into " + table + " (id, seq, title, abstract) values (?, ?, ?, ?)")) {
            int seq = 0;
            for (Doc doc : docs) {
                insert.setString(1, doc.id());
                insert.setInt(2, seq++);
                insert.setString(3, doc.title());
                insert.setString(4, doc.abstractText());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("create index " + table + "_tsv on " + table + " using gin (tsv)");
            ddl.execute("analyze " + table);
        }
        query = connection.prepareStatement("select d.id from " + table + " d,"
                + " (select replace(plainto_tsquery('english', ?)::text, '&', '|')::tsquery as q) query"
                + " where d.tsv @@ query.q"
                + " order by " + rank.function + "(d.tsv, query.q) desc, d.seq"
                + " limit ?");
    }

    @Override
    public List<String> search(String text, int k) throws SQLException {
        query.setString(1, text);
        query.setInt(2, k);
        List<String> ids = new ArrayList<>(k);
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    @Override
    public void close() throws SQLException {
        if (query != null) {
            query.close();
        }
    }
}
