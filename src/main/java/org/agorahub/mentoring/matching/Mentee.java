package org.agorahub.mentoring.matching;

import java.util.List;
import java.util.Set;

/**
 * A waiting mentee as a round sees them.
 *
 * @param requestId their request
 * @param grade their grade as a rank (higher is more senior), null when unknown
 * @param location where they work, null when unknown
 * @param language the language they would like to be mentored in, null for any
 * @param skills what they asked for (at least one)
 * @param goals their free text
 * @param excludedPeople people they must not be paired with (their line manager, named people)
 */
public record Mentee(
        long requestId,
        long personId,
        String name,
        long departmentId,
        Integer grade,
        String location,
        MeetingFormat format,
        String language,
        boolean preferOtherDepartment,
        boolean preferSameLocation,
        List<WantedSkill> skills,
        String goals,
        Set<Long> excludedPeople) {}
