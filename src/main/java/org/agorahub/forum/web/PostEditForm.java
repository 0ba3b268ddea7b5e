package org.agorahub.forum.web;

import jakarta.validation.constraints.NotBlank;

/** The new text of a post. */
record PostEditForm(
        @NotBlank(message = "{forum.post.body.required}") String body) {}
