package org.agorahub.library.domain;

import java.io.IOException;
import java.io.OutputStream;
import org.springframework.stereotype.Component;

/** Streams stored bytes to a response; the caller has already checked access through {@link DocumentService}. */
@Component
public class FileStoreAccess {

    private final FileStore files;

    FileStoreAccess(FileStore files) {
        this.files = files;
    }

    public void copyTo(String sha256, OutputStream out) throws IOException {
        files.copyTo(sha256, out);
    }
}
