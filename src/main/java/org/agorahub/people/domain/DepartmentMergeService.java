package org.agorahub.people.domain;

import java.util.List;
import org.agorahub.people.DepartmentMerge;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PersonChanged;
import org.agorahub.shared.RefusedException;
import org.agorahub.shared.audit.AuditLog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merging one department into another: its people and sub-departments, and what other modules keep about it
 * (through their {@link DepartmentMerge} beans), move to the other department, and it is removed — in one
 * transaction, each move audited.
 */
@Service
public class DepartmentMergeService {

    // looked up when used: the modules that refer to departments depend on the people module's API themselves
    private final ObjectProvider<DepartmentMerge> merges;
    private final PersonService people;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    DepartmentMergeService(
            ObjectProvider<DepartmentMerge> merges,
            PersonService people,
            JdbcClient jdbc,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.merges = merges;
        this.people = people;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    /**
     * @throws RefusedException when a department would be merged into itself; nothing changes then
     * @throws UnknownDepartmentException when either department does not exist
     */
    @Transactional
    public void merge(long actorId, long fromId, long intoId) {
        if (fromId == intoId) {
            throw new RefusedException("intoId", "department.merge.self");
        }
        DepartmentSummary from =
                people.findDepartment(fromId).orElseThrow(() -> new UnknownDepartmentException(fromId));
        DepartmentSummary into =
                people.findDepartment(intoId).orElseThrow(() -> new UnknownDepartmentException(intoId));
        if (isBelow(intoId, fromId)) {
            // merging a department into one of its own sub-departments: that one first takes its place in the tree
            jdbc.sql("update department set parent_id = ? where id = ?")
                    .params(from.parentId(), intoId)
                    .update();
        }
        jdbc.sql("update department set parent_id = ? where parent_id = ?")
                .params(intoId, fromId)
                .update();
        List<Long> moved = jdbc.sql(
                        "update person set department_id = ?, updated_at = now() where department_id = ? returning id")
                .params(intoId, fromId)
                .query(Long.class)
                .list();
        for (long person : moved) {
            audit.record(actorId, "person.department.merged", "person", person, from.name() + " → " + into.name());
            events.publishEvent(new PersonChanged(person));
        }
        merges.orderedStream().forEach(m -> m.merge(actorId, fromId, intoId));
        jdbc.sql("delete from department where id = ?").param(fromId).update();
        audit.record(
                actorId,
                "department.merged",
                "department",
                intoId,
                from.name() + " (dept:" + fromId + ") → " + into.name() + ", " + moved.size() + " people");
    }

    /** Whether the department lies anywhere below the ancestor. */
    private boolean isBelow(long departmentId, long ancestorId) {
        return jdbc.sql("""
                        with recursive up(id, parent_id) as (
                            select id, parent_id from department where id = ?
                            union select d.id, d.parent_id from department d join up on d.id = up.parent_id)
                        select count(*) > 0 from up where parent_id = ?
                        """)
                .params(departmentId, ancestorId)
                .query(Boolean.class)
                .single();
    }
}
