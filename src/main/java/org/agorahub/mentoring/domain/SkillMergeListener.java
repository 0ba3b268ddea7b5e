package org.agorahub.mentoring.domain;

import java.util.Map;
import org.agorahub.expertise.SkillMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Moves offers, requests and mentorships from a merged skill to the kept one, inside the merge's transaction. */
@Component
class SkillMergeListener {

    private final JdbcClient jdbc;

    SkillMergeListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(SkillMerged merged) {
        Map<String, Object> ids = Map.of("from", merged.fromId(), "into", merged.intoId());
        jdbc.sql("""
                insert into mentor_offer_skill (offer_id, skill_id)
                select offer_id, :into from mentor_offer_skill where skill_id = :from on conflict do nothing
                """).params(ids).update();
        jdbc.sql("delete from mentor_offer_skill where skill_id = :from")
                .params(ids)
                .update();
        jdbc.sql("""
                insert into mentee_request_skill (request_id, skill_id, current_level)
                select request_id, :into, current_level from mentee_request_skill where skill_id = :from
                on conflict (request_id, skill_id) do update
                    set current_level = least(mentee_request_skill.current_level, excluded.current_level)
                """).params(ids).update();
        jdbc.sql("delete from mentee_request_skill where skill_id = :from")
                .params(ids)
                .update();
        jdbc.sql("""
                insert into mentorship_skill (mentorship_id, skill_id)
                select mentorship_id, :into from mentorship_skill where skill_id = :from on conflict do nothing
                """).params(ids).update();
        jdbc.sql("delete from mentorship_skill where skill_id = :from")
                .params(ids)
                .update();
    }
}
