package org.agorahub.expertise.domain;

import java.util.List;

/** A category and its skills, by name; {@code name} is null for skills without a category. */
public record SkillCategoryView(Long id, String name, List<SkillSummary> skills) {}
