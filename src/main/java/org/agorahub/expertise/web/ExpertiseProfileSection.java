package org.agorahub.expertise.web;

import java.util.Map;
import org.agorahub.expertise.domain.EndorsementService;
import org.agorahub.expertise.domain.ExpertiseProfileService;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.ProfileSection;
import org.springframework.stereotype.Component;

/** The "Skills" part of a profile: skills by category with levels and endorsements, languages, topics, job family. */
@Component
class ExpertiseProfileSection implements ProfileSection {

    static final int ORDER = 100;

    private final ExpertiseProfileService profiles;
    private final EndorsementService endorsements;

    ExpertiseProfileSection(ExpertiseProfileService profiles, EndorsementService endorsements) {
        this.profiles = profiles;
        this.endorsements = endorsements;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public String fragment() {
        return "expertise/profile-skills :: section";
    }

    @Override
    public Map<String, Object> attributes(PersonSummary person, CurrentUser viewer) {
        return Map.of(
                "skillsProfile",
                profiles.profile(person.id(), viewer.id()),
                "skillsOwn",
                person.id() == (viewer.id() == null ? -1 : viewer.id()),
                "skillsCanEndorse",
                person.active() && endorsements.canEndorse(viewer, person.id()));
    }
}
