package org.agorahub.expertise.domain;

/**
 * One person in the expert finder's answer, with the parts of their score shown separately.
 *
 * @param level the level they declare for the skill (1 aware … 4 expert), or null
 * @param evidence their evidence score counting only what the viewer may open
 * @param score the combined score they rank by ({@link ExpertFinder})
 */
public record ExpertResult(
        long personId,
        String displayName,
        String jobTitle,
        String departmentName,
        Integer level,
        int endorsements,
        double evidence,
        double score,
        EvidenceWhy why) {

    /** The message key of the declared level in words, or null. */
    public String levelKey() {
        return level == null ? null : "skill.level." + level;
    }
}
