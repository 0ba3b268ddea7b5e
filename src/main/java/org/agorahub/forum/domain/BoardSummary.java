package org.agorahub.forum.domain;

import java.time.Instant;
import org.agorahub.people.Visibility;

/** A board in the forum home, with the number of threads and the latest activity the viewer may see. */
public record BoardSummary(
        long id,
        String name,
        String description,
        String departmentName,
        Visibility visibility,
        long threads,
        Instant latestActivity) {}
