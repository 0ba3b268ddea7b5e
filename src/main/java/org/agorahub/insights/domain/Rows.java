package org.agorahub.insights.domain;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes many rows in few statements: each column travels as one text array and the database unnests and casts them,
 * so 100,000 rows are two statements rather than 100,000 (as a JDBC batch would send them).
 */
final class Rows {

    private static final int CHUNK = 50_000;

    private Rows() {}

    /**
     * Inserts the rows into the table.
     *
     * @param columns the columns with their types, in the rows' order: {@code "department_id bigint, day date"}
     */
    static void insert(JdbcTemplate jdbc, String table, String columns, List<Object[]> rows) {
        List<String> names = new ArrayList<>();
        List<String> casts = new ArrayList<>();
        for (String column : columns.split(",")) {
            String[] parts = column.strip().split("\\s+", 2);
            names.add(parts[0]);
            casts.add("u." + parts[0] + "::" + parts[1]);
        }
        String sql = "insert into " + table + " (" + String.join(", ", names) + ") select " + String.join(", ", casts)
                + " from unnest("
                + String.join(", ", names.stream().map(n -> "?::text[]").toList()) + ") as u("
                + String.join(", ", names) + ")";
        for (int start = 0; start < rows.size(); start += CHUNK) {
            List<Object[]> chunk = rows.subList(start, Math.min(rows.size(), start + CHUNK));
            jdbc.execute(sql, (PreparedStatement statement) -> {
                for (int column = 0; column < names.size(); column++) {
                    String[] values = new String[chunk.size()];
                    for (int row = 0; row < values.length; row++) {
                        Object value = chunk.get(row)[column];
                        values[row] = value == null ? null : value.toString();
                    }
                    Array array = statement.getConnection().createArrayOf("text", values);
                    statement.setArray(column + 1, array);
                }
                return statement.executeUpdate();
            });
        }
    }
}
