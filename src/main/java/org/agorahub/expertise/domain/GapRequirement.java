package org.agorahub.expertise.domain;

/**
 * One skill one framework asks of one person, with where the person stands on it.
 *
 * @param declared the level the person declared (null when they did not)
 * @param evidence the person's evidence score for the skill (null when none was computed)
 */
public record GapRequirement(
        long personId,
        long skillId,
        String skillName,
        long frameworkId,
        String frameworkName,
        int target,
        int importance,
        Integer declared,
        Double evidence) {}
