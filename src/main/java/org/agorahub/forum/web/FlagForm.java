package org.agorahub.forum.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.agorahub.forum.domain.FlagReason;

/** Flagging a post: a reason from the list, and a note if the reader wants to say more. */
record FlagForm(
        @NotNull(message = "{forum.flag.reason.required}") FlagReason reason,

        @Size(max = 500, message = "{forum.flag.note.tooLong}") String note) {

    static FlagForm blank() {
        return new FlagForm(null, "");
    }
}
