package org.agorahub.library;

import java.time.LocalDate;
import java.util.Collection;

/** How a document or page is described when another module (import, demo data) adds it. */
public record NewDocument(
        String title,
        String description,
        Collection<String> tags,
        Classification classification,
        DocumentStatus status,
        LocalDate reviewBy) {}
