package org.agorahub.library.domain;

import java.time.Instant;
import org.agorahub.people.Visibility;

/** A library in the list, with the number of documents the viewer may see in it. */
public record LibrarySummary(
        long id,
        String name,
        String description,
        String departmentName,
        Visibility visibility,
        long documents,
        Instant updatedAt) {}
