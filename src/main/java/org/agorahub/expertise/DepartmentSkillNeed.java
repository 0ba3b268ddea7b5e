package org.agorahub.expertise;

/**
 * How a department's people stand on one skill, counted without naming anyone.
 *
 * @param peopleAsked active people of the department whom a framework asks for the skill
 * @param peopleWithGap those of them below their target
 * @param shortByOne people one level short
 * @param shortByTwo people two levels short
 * @param shortByThreeOrMore people three or four levels short
 * @param averageShortfall the average shortfall of the people with a gap (0 when nobody has one)
 */
public record DepartmentSkillNeed(
        long skillId,
        String skillName,
        int peopleAsked,
        int peopleWithGap,
        int shortByOne,
        int shortByTwo,
        int shortByThreeOrMore,
        double averageShortfall) {

    /** The count at a shortfall of 1, 2 or 3 (3 counting 3 and more). */
    public int shortBy(int levels) {
        return levels == 1 ? shortByOne : levels == 2 ? shortByTwo : shortByThreeOrMore;
    }

    /**
     * How strongly to shade the cell at a shortfall of 1, 2 or 3: 0 (nobody) to 4 (more than three quarters of the
     * people asked). The cell always shows its number too, so colour is never the only information.
     */
    public int heat(int levels) {
        int count = shortBy(levels);
        if (count == 0 || peopleAsked == 0) {
            return 0;
        }
        double share = (double) count / peopleAsked;
        return share <= 0.25 ? 1 : share <= 0.5 ? 2 : share <= 0.75 ? 3 : 4;
    }
}
