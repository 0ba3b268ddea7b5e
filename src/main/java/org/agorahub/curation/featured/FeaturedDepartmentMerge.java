package org.agorahub.curation.featured;

import java.util.List;
import org.agorahub.people.DepartmentMerge;
import org.agorahub.shared.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Featured content's part of a department merge: the merged department's pins move to the department it is merged
 * into, except those that department already has (the same item pinned twice would show once anyway).
 */
@Component
class FeaturedDepartmentMerge implements DepartmentMerge {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    FeaturedDepartmentMerge(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void merge(long actorId, long fromId, long intoId) {
        jdbc.sql("""
                delete from featured_item f where f.department_id = :from and exists (
                    select 1 from featured_item g where g.department_id = :into and g.kind = f.kind
                    and g.item_id = f.item_id)
                """).param("from", fromId).param("into", intoId).update();
        List<Long> pins = jdbc.sql("select id from featured_item where department_id = ? order by id")
                .param(fromId)
                .query(Long.class)
                .list();
        jdbc.sql("update featured_item set department_id = ? where department_id = ?")
                .params(intoId, fromId)
                .update();
        for (long pin : pins) {
            audit.record(
                    actorId,
                    "featured.department.merged",
                    "featured_item",
                    pin,
                    "dept:" + fromId + " → dept:" + intoId);
        }
    }
}
