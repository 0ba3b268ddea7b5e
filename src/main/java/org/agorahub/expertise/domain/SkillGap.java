package org.agorahub.expertise.domain;

import java.util.List;

/**
 * Where a person stands on a skill the frameworks that apply to them ask for.
 *
 * @param target the highest target level among those frameworks (1 to 4)
 * @param current the person's level as {@link GapRule#currentLevel} counts it (0 to 4)
 * @param importance the highest importance among those frameworks (1 useful, 2 important, 3 essential)
 * @param frameworks names of the frameworks asking for the skill, by name
 */
public record SkillGap(
        long skillId, String skillName, int target, int current, int importance, List<String> frameworks) {

    /** How many levels the person is short of the target; 0 when they meet it. */
    public int gap() {
        return Math.max(0, target - current);
    }

    /** Importance × gap: what orders gaps, most pressing first. */
    public int priority() {
        return importance * gap();
    }
}
