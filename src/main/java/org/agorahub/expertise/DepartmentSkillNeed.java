package org.agorahub.expertise;

/**
 * How a department stands on one skill its frameworks ask for, counted without naming anyone.
 *
 * @param peopleAsked active people whom a framework asks for the skill
 * @param peopleWithGap those of them below their target
 * @param averageShortfall the average shortfall, in levels, of those with a gap
 */
public record DepartmentSkillNeed(
        long skillId, String skillName, int peopleAsked, int peopleWithGap, double averageShortfall) {}
