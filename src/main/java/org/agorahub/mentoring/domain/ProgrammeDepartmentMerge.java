package org.agorahub.mentoring.domain;

import java.util.List;
import org.agorahub.people.DepartmentMerge;
import org.agorahub.shared.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The mentoring module's part of a department merge: programmes open to the department are open to the other. */
@Component
class ProgrammeDepartmentMerge implements DepartmentMerge {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ProgrammeDepartmentMerge(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void merge(long actorId, long fromId, long intoId) {
        List<Long> programmes = jdbc.sql("""
                        delete from mentoring_programme_department where department_id = ? returning programme_id
                        """).param(fromId).query(Long.class).list();
        for (long programme : programmes) {
            jdbc.sql("""
                    insert into mentoring_programme_department (programme_id, department_id) values (?, ?)
                    on conflict do nothing
                    """).params(programme, intoId).update();
            audit.record(
                    actorId,
                    "mentoring.programme.department.merged",
                    "mentoring_programme",
                    programme,
                    "dept:" + fromId + " → dept:" + intoId);
        }
    }
}
