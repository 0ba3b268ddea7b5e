package org.agorahub.mentoring.matching;

import java.util.List;
import java.util.Set;

/**
 * A mentor with places left, as a round sees them.
 *
 * @param offerId their offer
 * @param grade their grade as a rank (higher is more senior), null when unknown
 * @param location where they work, null when unknown
 * @param languages the languages they speak (any case)
 * @param capacity the mentees they can still take in this round (at least 1)
 * @param hoursPerMonth the time they offer
 * @param skills what they offer to mentor
 * @param canHelpWith their free text
 */
public record Mentor(
        long offerId,
        long personId,
        String name,
        long departmentId,
        Integer grade,
        String location,
        MeetingFormat format,
        Set<String> languages,
        int capacity,
        int hoursPerMonth,
        List<OfferedSkill> skills,
        String canHelpWith) {}
