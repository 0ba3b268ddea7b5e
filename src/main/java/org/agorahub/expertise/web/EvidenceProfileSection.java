package org.agorahub.expertise.web;

import java.util.Map;
import org.agorahub.expertise.domain.ExpertFinder;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.ProfileSection;
import org.springframework.stereotype.Component;

/**
 * The "What they have done" part of a profile, after the skills: per skill, the evidence behind the person's
 * expertise that the viewer may open (documents written or verified, accepted and upvoted answers), as the expert
 * finder shows it.
 */
@Component
class EvidenceProfileSection implements ProfileSection {

    private final ExpertFinder finder;

    EvidenceProfileSection(ExpertFinder finder) {
        this.finder = finder;
    }

    @Override
    public int order() {
        return ExpertiseProfileSection.ORDER + 10;
    }

    @Override
    public String fragment() {
        return "expertise/profile-evidence :: section";
    }

    @Override
    public Map<String, Object> attributes(PersonSummary person, CurrentUser viewer) {
        return Map.of("evidence", finder.evidenceOf(viewer, person.id()));
    }
}
