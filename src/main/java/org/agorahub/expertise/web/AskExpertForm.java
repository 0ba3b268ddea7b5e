package org.agorahub.expertise.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A question for an expert: the board to post it on, its title and text, free-text tags (the skill it was found
 * by, to begin with), and the form's one-time token, so that sending it twice asks once.
 */
record AskExpertForm(
        @NotBlank(message = "{ask.board.required}") String board,

        @NotBlank(message = "{forum.thread.title.required}") @Size(max = 200, message = "{forum.thread.title.tooLong}") String title,

        @NotBlank(message = "{forum.post.body.required}") String body,
        @Size(max = 1000, message = "{field.tooLong}") String tags,
        String submission) {

    static AskExpertForm blank(String skill) {
        return new AskExpertForm(
                null, "", "", skill == null ? "" : skill, UUID.randomUUID().toString());
    }

    /** The chosen board's id, or null when what was sent is not a number. */
    Long boardId() {
        return board != null && board.strip().matches("\\d{1,18}") ? Long.valueOf(board.strip()) : null;
    }

    Set<String> tagSet() {
        return tags == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(tags.split(",")));
    }
}
