package org.agorahub.expertise.domain;

import java.util.Objects;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Colleagues vouch for a skill someone declared: once each, never for themselves. */
@Service
public class EndorsementService {

    private final JdbcClient jdbc;
    private final AccessPolicy access;

    EndorsementService(JdbcClient jdbc, AccessPolicy access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** Anyone signed in may endorse an active colleague; nobody themselves. */
    public boolean canEndorse(CurrentUser user, long personId) {
        return user.id() != null && !Objects.equals(user.id(), personId);
    }

    /**
     * @return what happened, with the names for the message
     * @throws NotFoundException when the person is not active or does not declare the skill
     */
    @Transactional
    public Endorsement endorse(CurrentUser user, long personId, long skillId) {
        access.require(canEndorse(user, personId), user, "endorse", personId);
        Endorsement target = declared(personId, skillId);
        int added = jdbc.sql("""
                insert into skill_endorsement (person_id, skill_id, endorser_id) values (?, ?, ?)
                on conflict do nothing
                """).params(personId, skillId, user.id()).update();
        return new Endorsement(target.personName(), target.skillName(), added > 0);
    }

    /** @return whether there was an endorsement by the user to withdraw */
    @Transactional
    public Endorsement withdraw(CurrentUser user, long personId, long skillId) {
        access.require(canEndorse(user, personId), user, "withdraw endorsement", personId);
        Endorsement target = declared(personId, skillId);
        int removed = jdbc.sql("delete from skill_endorsement where person_id = ? and skill_id = ? and endorser_id = ?")
                .params(personId, skillId, user.id())
                .update();
        return new Endorsement(target.personName(), target.skillName(), removed > 0);
    }

    private Endorsement declared(long personId, long skillId) {
        return jdbc.sql("""
                select p.display_name, s.name from person_skill ps
                    join person p on p.id = ps.person_id and p.active
                    join skill s on s.id = ps.skill_id
                where ps.person_id = ? and ps.skill_id = ?
                """)
                .params(personId, skillId)
                .query((rs, row) -> new Endorsement(rs.getString(1), rs.getString(2), false))
                .optional()
                .orElseThrow(() -> new NotFoundException("No declared skill " + skillId + " of " + personId));
    }

    /** @param changed whether the endorsement was added (or withdrawn) by this call */
    public record Endorsement(String personName, String skillName, boolean changed) {}
}
