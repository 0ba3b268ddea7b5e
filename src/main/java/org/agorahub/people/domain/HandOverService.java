package org.agorahub.people.domain;

import java.util.List;
import java.util.Objects;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.HandOverRefusedException;
import org.agorahub.people.PersonHandOver;
import org.agorahub.people.PersonHandOver.Holding;
import org.agorahub.people.PersonSummary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deactivating someone who leaves: what they hold in other modules (through their {@link PersonHandOver} beans)
 * passes to a successor, and they are deactivated, all in one transaction, so a refusal or failure changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class HandOverService {

    // looked up when used: the modules that hold things depend on the people module's API themselves
    private final ObjectProvider<PersonHandOver> handOvers;
    private final PersonService people;

    HandOverService(ObjectProvider<PersonHandOver> handOvers, PersonService people) {
        this.handOvers = handOvers;
        this.people = people;
    }

    /** What the person holds that would need a new owner, kind by kind (empty when nothing). */
    public List<Holding> holdings(long personId) {
        return handOvers
                .orderedStream()
                .flatMap(h -> h.holdings(personId).stream())
                .filter(h -> h.count() > 0)
                .toList();
    }

    /**
     * Hands over what the leaver holds to the active person with the successor's email (none needed when they hold
     * nothing) and deactivates the leaver; every move and the deactivation are audited.
     *
     * @throws HandOverRefusedException when the leaver is already deactivated or is the admin themself or the last
     *     active admin, or the successor is missing, unknown, deactivated or the leaver; nothing changes then
     */
    @Transactional
    public void deactivate(CurrentUser admin, long leaverId, String successorEmail) {
        PersonSummary leaver = people.findPerson(leaverId).orElseThrow(() -> new UnknownPersonException(leaverId));
        if (!leaver.active()) {
            throw new HandOverRefusedException(null, "handOver.alreadyInactive", leaver.displayName());
        }
        if (Objects.equals(admin.id(), leaverId)) {
            throw new HandOverRefusedException(null, "admin.people.selfLockout");
        }
        people.requireAnotherActiveAdmin(leaverId);
        List<Holding> holdings = holdings(leaverId);
        String detail = leaver.email();
        if (!holdings.isEmpty()) {
            PersonSummary successor = successor(leaver, successorEmail);
            handOvers.orderedStream().forEach(h -> h.handOver(admin.id(), leaverId, successor.id()));
            detail += " → " + successor.email();
        }
        people.deactivate(admin.id(), leaverId, detail);
    }

    private PersonSummary successor(PersonSummary leaver, String email) {
        if (email == null || email.isBlank()) {
            throw new HandOverRefusedException("successorEmail", "handOver.successor.required");
        }
        PersonSummary successor = people.findByEmail(email)
                .orElseThrow(() -> new HandOverRefusedException("successorEmail", "handOver.successor.unknown", email));
        if (successor.id() == leaver.id()) {
            throw new HandOverRefusedException("successorEmail", "handOver.successor.self");
        }
        if (!successor.active()) {
            throw new HandOverRefusedException(
                    "successorEmail", "handOver.successor.inactive", successor.displayName());
        }
        return successor;
    }
}
