package org.agorahub.expertise.domain;

import java.util.List;

/** A competency framework as its edit form shows it; skills by name. */
public record FrameworkDetails(
        long id, String name, String description, Long departmentId, String jobFamily, List<FrameworkSkill> skills) {}
