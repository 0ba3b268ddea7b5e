package org.agorahub.forum.web;

import jakarta.validation.constraints.NotBlank;
import java.util.UUID;

/** A reply; {@code submission} is the form's one-time token, so that sending it twice posts one reply. */
record ReplyForm(
        @NotBlank(message = "{forum.post.body.required}") String body, String submission) {

    static ReplyForm blank() {
        return withBody("");
    }

    static ReplyForm withBody(String body) {
        return new ReplyForm(body, UUID.randomUUID().toString());
    }
}
