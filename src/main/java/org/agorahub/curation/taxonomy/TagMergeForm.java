package org.agorahub.curation.taxonomy;

import jakarta.validation.constraints.NotBlank;

/** Merging a tag into another: every use of {@code tag} becomes {@code into}. */
record TagMergeForm(
        String tag,
        @NotBlank(message = "{taxonomy.tag.merge.blank}") String into) {}
