package org.agorahub.enrichment.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The vectors and summaries in PostgreSQL, keyed by kind and content id. */
@Component
class EnrichmentStore {

    private final JdbcTemplate jdbc;

    EnrichmentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<byte[]> textHash(String kind, long id) {
        return jdbc
                .query(
                        "select text_hash from enrichment_vector where kind = ? and content_id = ?",
                        (rs, row) -> rs.getBytes(1),
                        kind,
                        id)
                .stream()
                .findFirst();
    }

    void saveVector(String kind, long id, String model, float[] vector, int passages, byte[] hash) {
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                            insert into enrichment_vector (kind, content_id, model, vector, passages, text_hash)
                            values (?, ?, ?, ?, ?, ?)
                            on conflict (kind, content_id) do update set model = excluded.model,
                                vector = excluded.vector, passages = excluded.passages,
                                text_hash = excluded.text_hash, updated_at = now()""");
            statement.setString(1, kind);
            statement.setLong(2, id);
            statement.setString(3, model);
            statement.setArray(4, connection.createArrayOf("real", boxed(vector)));
            statement.setInt(5, passages);
            statement.setBytes(6, hash);
            return statement;
        });
    }

    void saveSummary(String kind, long id, String summary) {
        jdbc.update("""
                insert into enrichment_summary (kind, content_id, summary) values (?, ?, ?)
                on conflict (kind, content_id) do update set summary = excluded.summary, updated_at = now()""", kind, id, summary);
    }

    void deleteSummary(String kind, long id) {
        jdbc.update("delete from enrichment_summary where kind = ? and content_id = ?", kind, id);
    }

    /** Forgets everything about one item; true when there was something to forget. */
    boolean forget(String kind, long id) {
        int summaries = jdbc.update("delete from enrichment_summary where kind = ? and content_id = ?", kind, id);
        int vectors = jdbc.update("delete from enrichment_vector where kind = ? and content_id = ?", kind, id);
        return summaries + vectors > 0;
    }

    Optional<float[]> vector(String kind, long id) {
        return jdbc
                .query(
                        "select vector from enrichment_vector where kind = ? and content_id = ?",
                        (rs, row) -> floats(rs),
                        kind,
                        id)
                .stream()
                .findFirst();
    }

    Map<Long, float[]> vectors(String kind, Collection<Long> ids) {
        Map<Long, float[]> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.query(
                "select content_id, vector from enrichment_vector where kind = ? and content_id = any (?)",
                rs -> {
                    found.put(rs.getLong(1), floats(rs, 2));
                },
                kind,
                ids.toArray(Long[]::new));
        return found;
    }

    Map<Long, String> summaries(String kind, Collection<Long> ids) {
        Map<Long, String> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.query(
                "select content_id, summary from enrichment_summary where kind = ? and content_id = any (?)",
                rs -> {
                    found.put(rs.getLong(1), rs.getString(2));
                },
                kind,
                ids.toArray(Long[]::new));
        return found;
    }

    long countVectors() {
        Long count = jdbc.queryForObject("select count(*) from enrichment_vector", Long.class);
        return count == null ? 0 : count;
    }

    /** Vectors made by another model than the one loaded now: to be made again. */
    long countOtherModels(String model) {
        Long count = jdbc.queryForObject("select count(*) from enrichment_vector where model <> ?", Long.class, model);
        return count == null ? 0 : count;
    }

    long countSummaries() {
        Long count = jdbc.queryForObject("select count(*) from enrichment_summary", Long.class);
        return count == null ? 0 : count;
    }

    private static float[] floats(ResultSet rs) throws SQLException {
        return floats(rs, 1);
    }

    private static float[] floats(ResultSet rs, int column) throws SQLException {
        Array array = rs.getArray(column);
        Object[] values = (Object[]) array.getArray();
        float[] vector = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            vector[i] = ((Number) values[i]).floatValue();
        }
        return vector;
    }

    private static Float[] boxed(float[] vector) {
        Float[] boxed = new Float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            boxed[i] = vector[i];
        }
        return boxed;
    }
}
