package org.agorahub.library.domain;

import java.util.List;
import org.agorahub.people.DepartmentMerge;
import org.agorahub.shared.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The library's part of a department merge: its libraries (reindexed, as their readers change) and view counts. */
@Component
class LibraryDepartmentMerge implements DepartmentMerge {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final LibraryReindexer reindexer;

    LibraryDepartmentMerge(JdbcClient jdbc, AuditLog audit, LibraryReindexer reindexer) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.reindexer = reindexer;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void merge(long actorId, long fromId, long intoId) {
        List<Long> libraries = jdbc.sql("select id from library where department_id = ? order by id")
                .param(fromId)
                .query(Long.class)
                .list();
        jdbc.sql("update library set department_id = ? where department_id = ?")
                .params(intoId, fromId)
                .update();
        jdbc.sql("""
                insert into document_view_daily (document_id, department_id, day, views)
                select document_id, ?, day, views from document_view_daily where department_id = ?
                on conflict (document_id, department_id, day)
                do update set views = document_view_daily.views + excluded.views
                """).params(intoId, fromId).update();
        jdbc.sql("delete from document_view_daily where department_id = ?")
                .param(fromId)
                .update();
        for (long library : libraries) {
            audit.record(
                    actorId, "library.department.merged", "library", library, "dept:" + fromId + " → dept:" + intoId);
            reindexer.reindex(library);
        }
    }
}
