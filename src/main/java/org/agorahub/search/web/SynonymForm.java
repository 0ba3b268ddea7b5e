package org.agorahub.search.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record SynonymForm(
        @NotBlank(message = "{synonyms.terms.required}") @Size(max = 500, message = "{field.tooLong}") String terms) {

    static SynonymForm blank() {
        return new SynonymForm("");
    }
}
