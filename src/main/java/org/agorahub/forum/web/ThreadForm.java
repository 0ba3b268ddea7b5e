package org.agorahub.forum.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agorahub.forum.ThreadKind;
import org.agorahub.forum.domain.ForumRefusedException;

/**
 * Starting a thread. The body's length limit is configurable, so the service checks it; {@code submission} is the
 * form's one-time token, so that sending it twice starts one thread. {@code documents} holds the addresses of the
 * library documents the thread is about, as copied from their pages (or just their numbers), one per line.
 */
record ThreadForm(
        @NotNull(message = "{forum.thread.kind.required}") ThreadKind kind,

        @NotBlank(message = "{forum.thread.title.required}") @Size(max = TITLE_LENGTH, message = "{forum.thread.title.tooLong}") String title,

        @NotBlank(message = "{forum.post.body.required}") String body,
        @Size(max = 1000, message = "{field.tooLong}") String tags,
        @Size(max = 2000, message = "{field.tooLong}") String documents,
        String submission) {

    /** A document's address ({@code https://agora.example/documents/12}, {@code /documents/12#v3}) or number. */
    private static final Pattern DOCUMENT = Pattern.compile("(?:.*/documents/)?(\\d{1,18})(?:[/?#].*)?");

    /** The longest title, as the validation allows. */
    static final int TITLE_LENGTH = 200;

    static ThreadForm blank(ThreadKind kind) {
        return new ThreadForm(kind, "", "", "", "", UUID.randomUUID().toString());
    }

    /** The tags as typed, separated by commas (the service puts them in one form). */
    Set<String> tagSet() {
        return tags == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(tags.split(",")));
    }

    /**
     * The linked documents' ids, in the order given.
     *
     * @throws ForumRefusedException naming the first line that is not a document's address
     */
    List<Long> documentIds() {
        List<Long> ids = new ArrayList<>();
        if (documents == null) {
            return ids;
        }
        for (String line : documents.split("[\\s,]+")) {
            if (line.isBlank()) {
                continue;
            }
            ids.add(documentId(line.strip())
                    .orElseThrow(() -> new ForumRefusedException(
                            "documents", "forum.thread.documents.notAnAddress", abbreviated(line.strip()))));
        }
        return ids;
    }

    private static Optional<Long> documentId(String text) {
        Matcher matcher = DOCUMENT.matcher(text);
        return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    private static String abbreviated(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }
}
