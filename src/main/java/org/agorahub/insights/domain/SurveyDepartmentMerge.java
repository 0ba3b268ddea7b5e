package org.agorahub.insights.domain;

import org.agorahub.people.DepartmentMerge;
import org.agorahub.shared.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The insights module's part of a department merge: past survey rounds move with the department; a round still
 * open moves too unless the other department has one open, in which case it is closed today (one open round per
 * department). The daily figures are derived data and go with the department; "Rebuild the figures now" recomputes
 * them under the merged department.
 */
@Component
class SurveyDepartmentMerge implements DepartmentMerge {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    SurveyDepartmentMerge(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void merge(long actorId, long fromId, long intoId) {
        jdbc.sql("""
                update survey_round set closed_on = current_date
                where department_id = ? and closed_on is null
                  and exists (select 1 from survey_round o where o.department_id = ? and o.closed_on is null)
                """).params(fromId, intoId).update();
        jdbc.sql("update survey_round set department_id = ? where department_id = ? returning id")
                .params(intoId, fromId)
                .query(Long.class)
                .list()
                .forEach(id -> audit.record(
                        actorId,
                        "survey.department.merged",
                        "survey_round",
                        id,
                        "dept:" + fromId + " → dept:" + intoId));
    }
}
