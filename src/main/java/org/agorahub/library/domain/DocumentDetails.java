package org.agorahub.library.domain;

import java.time.LocalDate;
import java.util.Collection;
import org.agorahub.library.Classification;
import org.agorahub.library.DocumentStatus;

/** The describing part of a document, as a form or an import gives it. */
public record DocumentDetails(
        String title,
        String description,
        Collection<String> tags,
        Long categoryId,
        long ownerId,
        Classification classification,
        DocumentStatus status,
        LocalDate reviewBy) {}
