package org.agorahub.forum;

import java.util.List;
import java.util.Set;

/**
 * A new thread: its kind, title, opening post in Markdown, free-text tags and the library documents it is about
 * (which its author must be able to read), in the order given.
 */
public record NewThread(ThreadKind kind, String title, String body, Set<String> tags, List<Long> documentIds) {

    public NewThread {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        documentIds = documentIds == null
                ? List.of()
                : documentIds.stream().distinct().toList();
    }

    public NewThread(ThreadKind kind, String title, String body, Set<String> tags) {
        this(kind, title, body, tags, List.of());
    }
}
