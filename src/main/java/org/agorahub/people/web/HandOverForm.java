package org.agorahub.people.web;

import jakarta.validation.constraints.Size;

/** Who takes over a leaver's documents, libraries and boards, by email (not needed when they hold none). */
record HandOverForm(
        @Size(max = 254, message = "{field.tooLong}") String successorEmail) {

    static HandOverForm blank() {
        return new HandOverForm("");
    }
}
