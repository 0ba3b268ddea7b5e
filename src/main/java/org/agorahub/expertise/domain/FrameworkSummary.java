package org.agorahub.expertise.domain;

/** A competency framework in the list: whom it applies to and how many skills it names. */
public record FrameworkSummary(
        long id,
        String name,
        String description,
        Long departmentId,
        String departmentName,
        String jobFamily,
        int skills,
        boolean editable) {}
