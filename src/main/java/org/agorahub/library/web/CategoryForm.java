package org.agorahub.library.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A category's name and its place in the tree (null for the top level). */
record CategoryForm(
        @NotBlank(message = "{category.name.required}") @Size(max = 120, message = "{category.name.required}") String name,

        Long parentId) {}
