package org.agorahub.mentoring.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.agorahub.expertise.SkillRef;
import org.agorahub.mentoring.domain.MyParticipation;
import org.agorahub.mentoring.domain.ParticipationService.SkillChoice;
import org.agorahub.mentoring.domain.RequestCommand;
import org.agorahub.mentoring.matching.MeetingFormat;

/** A request for a mentor; a first one is pre-filled with the person's skill gaps. */
record RequestForm(
        List<Long> skillIds,
        @Size(max = 1000, message = "{field.tooLong}") String otherSkills,
        @Size(max = 2000, message = "{field.tooLong}") String goals,
        @NotNull(message = "{offer.format.required}") MeetingFormat format,
        @Size(max = 60, message = "{field.tooLong}") String language,
        Boolean preferOtherDepartment,
        Boolean preferSameLocation,
        @Size(max = 2000, message = "{field.tooLong}") String excludedEmails) {

    static RequestForm of(MyParticipation.Request request, List<SkillChoice> choices) {
        if (request == null) {
            return new RequestForm(
                    choices.stream()
                            .filter(SkillChoice::gap)
                            .limit(3)
                            .map(SkillChoice::skillId)
                            .toList(),
                    "",
                    "",
                    MeetingFormat.EITHER,
                    "",
                    false,
                    false,
                    "");
        }
        return new RequestForm(
                request.skills().stream().map(SkillRef::id).toList(),
                "",
                request.goals(),
                request.format(),
                request.language(),
                request.preferOtherDepartment(),
                request.preferSameLocation(),
                String.join(", ", request.excludedEmails()));
    }

    RequestCommand command() {
        return new RequestCommand(
                skillIds,
                otherSkills,
                goals,
                format,
                language,
                Boolean.TRUE.equals(preferOtherDepartment),
                Boolean.TRUE.equals(preferSameLocation),
                excludedEmails);
    }
}
