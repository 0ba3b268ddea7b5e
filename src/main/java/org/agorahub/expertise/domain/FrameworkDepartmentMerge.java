package org.agorahub.expertise.domain;

import java.util.List;
import org.agorahub.people.DepartmentMerge;
import org.agorahub.shared.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The expertise module's part of a department merge: competency frameworks for the department. */
@Component
class FrameworkDepartmentMerge implements DepartmentMerge {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    FrameworkDepartmentMerge(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void merge(long actorId, long fromId, long intoId) {
        List<Long> frameworks = jdbc.sql(
                        "update competency_framework set department_id = ? where department_id = ? returning id")
                .params(intoId, fromId)
                .query(Long.class)
                .list();
        frameworks.forEach(id -> audit.record(
                actorId,
                "framework.department.merged",
                "competency_framework",
                id,
                "dept:" + fromId + " → dept:" + intoId));
    }
}
