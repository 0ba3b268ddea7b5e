package org.agorahub.curation.imports;

import jakarta.validation.constraints.NotNull;
import org.springframework.web.multipart.MultipartFile;

/** The import form: the zip, the library it goes into and what its folders become. */
record ImportForm(
        MultipartFile file,
        @NotNull(message = "{import.library.required}") Long libraryId,
        @NotNull(message = "{import.foldersAs.required}") FoldersAs foldersAs) {

    static ImportForm blank() {
        return new ImportForm(null, null, FoldersAs.CATEGORIES);
    }
}
