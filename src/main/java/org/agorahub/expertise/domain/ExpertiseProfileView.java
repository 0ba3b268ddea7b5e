package org.agorahub.expertise.domain;

import java.util.List;

/**
 * A person's skills as their profile shows them, grouped by category, with what they say of themselves beyond
 * skills.
 */
public record ExpertiseProfileView(
        List<SkillGroup> groups, String jobFamily, List<String> languages, List<String> topics) {

    public boolean isEmpty() {
        return groups.isEmpty() && jobFamily == null && languages.isEmpty() && topics.isEmpty();
    }

    /** Skills of one category (null: uncategorised), highest level first. */
    public record SkillGroup(String category, List<ProfileSkill> skills) {}

    /**
     * A declared skill with its endorsements by active colleagues: how many, the names of the latest few, and
     * whether the viewer is one of them.
     */
    public record ProfileSkill(
            long skillId,
            String name,
            String category,
            int level,
            long endorsements,
            List<String> endorsers,
            boolean endorsedByViewer) {

        public String levelKey() {
            return "skill.level." + level;
        }

        /** Endorsers beyond the names shown. */
        public long othersCount() {
            return Math.max(0, endorsements - endorsers.size());
        }
    }
}
