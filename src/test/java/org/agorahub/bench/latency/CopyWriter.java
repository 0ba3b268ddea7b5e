package org.agorahub.bench.latency;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;

/** Buffers rows for PostgreSQL's {@code COPY ... from stdin} and hands them over a megabyte at a time. */
final class CopyWriter implements AutoCloseable {

    private static final int COPY_BUFFER = 1 << 20;

    /** A value in PostgreSQL's COPY text format: {@code \N} for null, backslash escapes for the separators. */
    static String escape(String value) {
        if (value == null) {
            return "\\N";
        }
        StringBuilder escaped = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String replacement = switch (c) {
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> null;
            };
            if (replacement != null && escaped == null) {
                escaped = new StringBuilder(value.length() + 64).append(value, 0, i);
            }
            if (escaped != null) {
                if (replacement != null) {
                    escaped.append(replacement);
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? value : escaped.toString();
    }

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(COPY_BUFFER + 65_536);

    CopyWriter(CopyIn copy) {
        this.copy = copy;
    }

    void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append('\t');
            }
            Object value = values[i];
            buffer.append(value instanceof String text ? escape(text) : value == null ? "\\N" : value);
        }
        buffer.append('\n');
        if (buffer.length() >= COPY_BUFFER) {
            flush();
        }
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    @Override
    public void close() throws SQLException {
        flush();
        copy.endCopy();
    }
}
