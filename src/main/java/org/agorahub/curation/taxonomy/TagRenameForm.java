package org.agorahub.curation.taxonomy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Renaming a tag everywhere: the tag and its new name. */
record TagRenameForm(
        String tag,

        @NotBlank(message = "{taxonomy.tag.name.blank}") @Size(max = 60, message = "{taxonomy.tag.name.tooLong}") String name) {}
