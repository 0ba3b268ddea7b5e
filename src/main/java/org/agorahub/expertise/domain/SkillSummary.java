package org.agorahub.expertise.domain;

import java.util.List;

/** A skill on the taxonomy screens: its aliases and how many active people declare it. */
public record SkillSummary(
        long id,
        String name,
        String description,
        Long categoryId,
        String category,
        List<String> aliases,
        long people) {}
