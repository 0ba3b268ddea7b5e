package org.agorahub.forum;

import java.util.Set;

/** A new thread: its kind, title, opening post in Markdown and free-text tags. */
public record NewThread(ThreadKind kind, String title, String body, Set<String> tags) {

    public NewThread {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }
}
