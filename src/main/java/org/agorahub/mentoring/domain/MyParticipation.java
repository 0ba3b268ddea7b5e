package org.agorahub.mentoring.domain;

import java.util.List;
import org.agorahub.expertise.SkillRef;
import org.agorahub.mentoring.matching.MeetingFormat;

/** The viewer's offer and request in a programme, each null when they made none (or withdrew it). */
public record MyParticipation(Offer offer, Request request) {

    public record Offer(
            long id,
            List<SkillRef> skills,
            int capacity,
            int hoursPerMonth,
            MeetingFormat format,
            String canHelpWith,
            int placesTaken) {}

    public record Request(
            long id,
            List<SkillRef> skills,
            String goals,
            MeetingFormat format,
            String language,
            boolean preferOtherDepartment,
            boolean preferSameLocation,
            List<String> excludedNames,
            List<String> excludedEmails,
            boolean waiting) {}
}
