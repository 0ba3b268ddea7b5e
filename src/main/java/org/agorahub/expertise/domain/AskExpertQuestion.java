package org.agorahub.expertise.domain;

import java.util.Set;

/**
 * A question for an expert, to post as a forum question on the board the asker chose.
 *
 * @param submission the form's one-time token, so that sending it twice asks once
 */
public record AskExpertQuestion(long boardId, String title, String body, Set<String> tags, String submission) {

    public AskExpertQuestion {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }
}
