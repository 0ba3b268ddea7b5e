package org.agorahub.expertise.web;

import org.agorahub.expertise.domain.EndorsementService;
import org.agorahub.expertise.domain.EndorsementService.Endorsement;
import org.agorahub.people.CurrentUser;
import org.agorahub.shared.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Endorsing a colleague's skill from their profile, and withdrawing one's endorsement. */
@Controller
class EndorsementController {

    private final EndorsementService endorsements;

    EndorsementController(EndorsementService endorsements) {
        this.endorsements = endorsements;
    }

    @PostMapping("/people/{personId}/skills/{skillId}/endorse")
    String endorse(
            @PathVariable long personId, @PathVariable long skillId, CurrentUser user, RedirectAttributes redirect) {
        Endorsement result = endorsements.endorse(user, personId, skillId);
        if (result.changed()) {
            Flash.success(redirect, "endorsement.added", result.personName(), result.skillName());
        } else {
            Flash.error(redirect, "endorsement.already", result.personName(), result.skillName());
        }
        return "redirect:/people/" + personId + "#profile-skill-" + skillId;
    }

    @PostMapping("/people/{personId}/skills/{skillId}/withdraw")
    String withdraw(
            @PathVariable long personId, @PathVariable long skillId, CurrentUser user, RedirectAttributes redirect) {
        Endorsement result = endorsements.withdraw(user, personId, skillId);
        if (result.changed()) {
            Flash.success(redirect, "endorsement.withdrawn", result.personName(), result.skillName());
        } else {
            Flash.error(redirect, "endorsement.none", result.personName(), result.skillName());
        }
        return "redirect:/people/" + personId + "#profile-skill-" + skillId;
    }
}
