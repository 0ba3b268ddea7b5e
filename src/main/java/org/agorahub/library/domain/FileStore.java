package org.agorahub.library.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * File bytes in PostgreSQL, once per distinct content, in 1 MiB chunks: written in the caller's transaction (so
 * a failed upload leaves nothing behind) and read back one chunk at a time, so a download never holds the whole
 * file in memory.
 */
@Component
class FileStore {

    static final int CHUNK_SIZE = 1024 * 1024;

    private final JdbcClient jdbc;

    FileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the bytes unless the same content is already there. */
    @Transactional(propagation = Propagation.MANDATORY)
    void store(String sha256, byte[] content) {
        int inserted = jdbc.sql("insert into file_blob (sha256, size) values (?, ?) on conflict do nothing")
                .params(sha256, (long) content.length)
                .update();
        if (inserted == 0) {
            return;
        }
        int seq = 0;
        for (int offset = 0; offset < content.length; offset += CHUNK_SIZE) {
            byte[] chunk = Arrays.copyOfRange(content, offset, Math.min(content.length, offset + CHUNK_SIZE));
            jdbc.sql("insert into file_chunk (sha256, seq, data) values (?, ?, ?)")
                    .params(sha256, seq++, chunk)
                    .update();
        }
    }

    @Transactional(readOnly = true)
    Optional<Long> size(String sha256) {
        return jdbc.sql("select size from file_blob where sha256 = ?")
                .param(sha256)
                .query(Long.class)
                .optional();
    }

    /**
     * Copies the stored bytes to {@code out}, chunk by chunk, each read on its own so a slow client never holds
     * a database connection for the whole download.
     */
    void copyTo(String sha256, OutputStream out) throws IOException {
        int chunks = jdbc.sql("select count(*) from file_chunk where sha256 = ?")
                .param(sha256)
                .query(Integer.class)
                .single();
        for (int seq = 0; seq < chunks; seq++) {
            byte[] data = jdbc.sql("select data from file_chunk where sha256 = ? and seq = ?")
                    .params(sha256, seq)
                    .query(byte[].class)
                    .single();
            out.write(data);
        }
    }

    /** Removes the bytes if no version refers to them any more. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean deleteIfUnused(String sha256) {
        return jdbc.sql("""
                delete from file_blob b where b.sha256 = ?
                and not exists (select 1 from document_version v where v.file_sha256 = b.sha256)
                """).param(sha256).update() > 0;
    }
}
