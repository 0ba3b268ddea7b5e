package org.agorahub.expertise;

/**
 * A skill gap as other modules see it: what the frameworks that apply to a person ask for and where they stand.
 *
 * @param current 0 none … 4 expert, as the gap rule counts it (declared, adjusted by evidence)
 * @param target 1 aware … 4 expert
 */
public record SkillNeed(long skillId, String skillName, int current, int target) {}
