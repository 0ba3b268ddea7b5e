package org.agorahub.expertise.domain;

/**
 * A skill as curators create or edit it.
 *
 * @param categoryId an existing category, or null
 * @param newCategory the name of a category to use (created when new); wins over {@code categoryId} when given
 * @param aliases other names, separated by commas
 * @param keepOldName on a rename, keep the old name as an alias so people and tags using it still find the skill
 */
public record SkillCommand(
        String name, String description, Long categoryId, String newCategory, String aliases, boolean keepOldName) {}
