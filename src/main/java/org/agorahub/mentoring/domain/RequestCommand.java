package org.agorahub.mentoring.domain;

import java.util.List;
import org.agorahub.mentoring.matching.MeetingFormat;

/**
 * A mentee's request.
 *
 * @param skillIds skills chosen from the list (their gaps and declared skills)
 * @param otherSkills further skills typed by name or alias, comma-separated
 * @param excludedEmails people not to be paired with, by email address, comma-separated
 */
public record RequestCommand(
        List<Long> skillIds,
        String otherSkills,
        String goals,
        MeetingFormat format,
        String language,
        boolean preferOtherDepartment,
        boolean preferSameLocation,
        String excludedEmails) {}
