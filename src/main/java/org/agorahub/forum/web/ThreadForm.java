package org.agorahub.forum.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.agorahub.forum.ThreadKind;

/**
 * Starting a thread. The body's length limit is configurable, so the service checks it; {@code submission} is the
 * form's one-time token, so that sending it twice starts one thread.
 */
record ThreadForm(
        @NotNull(message = "{forum.thread.kind.required}") ThreadKind kind,

        @NotBlank(message = "{forum.thread.title.required}") @Size(max = 200, message = "{forum.thread.title.tooLong}") String title,

        @NotBlank(message = "{forum.post.body.required}") String body,
        @Size(max = 1000, message = "{field.tooLong}") String tags,
        String submission) {

    static ThreadForm blank(ThreadKind kind) {
        return new ThreadForm(kind, "", "", "", UUID.randomUUID().toString());
    }

    /** The tags as typed, separated by commas (the service puts them in one form). */
    Set<String> tagSet() {
        return tags == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(tags.split(",")));
    }
}
