package org.agorahub.expertise;

/**
 * Where a person stands on one skill, for decisions made for everyone at once (mentoring rounds): their declared
 * level and their whole evidence, counted rather than listed, so no document title or thread reaches anyone.
 *
 * @param level declared level, 0 when none (1 aware … 4 expert)
 * @param evidence evidence score over every item (0 when none)
 */
public record SkillStanding(
        long skillId,
        String skillName,
        int level,
        double evidence,
        int acceptedAnswers,
        int upvotedReplies,
        int documentsAuthored,
        int documentsVerified,
        int mentored) {}
