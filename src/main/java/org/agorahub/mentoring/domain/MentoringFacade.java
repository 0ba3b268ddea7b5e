package org.agorahub.mentoring.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.agorahub.mentoring.MentoringApi;
import org.agorahub.mentoring.MentoringFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The module's answers to other modules. */
@Service
@Transactional(readOnly = true)
class MentoringFacade implements MentoringApi {

    private final JdbcClient jdbc;

    MentoringFacade(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public MentoringFigures figures(Collection<Long> departmentIds, LocalDate from, LocalDate to) {
        if (departmentIds.isEmpty()) {
            return new MentoringFigures(0, 0, 0, 0, 0, 0, null);
        }
        return jdbc.sql("""
                with pairs as (
                    select m.*, me.department_id as mentee_department, mr.department_id as mentor_department
                    from mentorship m
                    join person me on me.id = m.mentee_id
                    join person mr on mr.id = m.mentor_id
                    where me.department_id in (:departments) or mr.department_id in (:departments))
                select
                    count(*) filter (where started_on <= :to
                        and (status = 'ACTIVE' or completed_at::date > :to)) as active,
                    count(*) filter (where started_on between :from and :to) as started,
                    count(*) filter (where started_on between :from and :to
                        and mentee_department <> mentor_department) as cross_department,
                    count(*) filter (where completed_at::date between :from and :to) as completed,
                    count(*) filter (where status = 'ACTIVE' and ends_on < :to) as overdue,
                    (select count(*) from mentorship_feedback f join pairs p on p.id = f.mentorship_id
                        where f.created_at::date between :from and :to) as ratings,
                    (select avg(f.rating) from mentorship_feedback f join pairs p on p.id = f.mentorship_id
                        where f.created_at::date between :from and :to) as average_rating
                from pairs
                """)
                .param("departments", List.copyOf(departmentIds))
                .param("from", from)
                .param("to", to)
                .query(MentoringFigures.class)
                .single();
    }
}
