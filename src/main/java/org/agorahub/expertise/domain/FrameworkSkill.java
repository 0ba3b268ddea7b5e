package org.agorahub.expertise.domain;

/**
 * A skill a framework asks for.
 *
 * @param target the level asked for, 1 aware to 4 expert
 * @param importance 1 useful, 2 important, 3 essential
 */
public record FrameworkSkill(long skillId, String skillName, int target, int importance) {}
