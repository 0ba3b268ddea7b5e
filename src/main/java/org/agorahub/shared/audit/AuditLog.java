package org.agorahub.shared.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail: who did what to which thing, and when. Entries are written in the caller's transaction, so
 * a change and its record commit (or vanish) together.
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Long actorId, String action, String targetType, Long targetId, String detail) {
        jdbc.sql("""
                insert into audit_event (actor_id, action, target_type, target_id, detail)
                values (?, ?, ?, ?, ?)
                """)
                .params(actorId, action, targetType, targetId, detail == null ? null : truncate(detail))
                .update();
    }

    @Transactional(readOnly = true)
    public List<Entry> forTarget(String targetType, long targetId, int limit) {
        return jdbc.sql("""
                select a.occurred_at, a.actor_id, p.display_name, a.action, a.target_type, a.target_id, a.detail
                from audit_event a left join person p on p.id = a.actor_id
                where a.target_type = ? and a.target_id = ?
                order by a.occurred_at desc, a.id desc limit ?
                """)
                .params(targetType, targetId, limit)
                .query(Entry.class)
                .list();
    }

    /** The newest entries about one kind of target, whichever (if any) target id they name, newest first. */
    @Transactional(readOnly = true)
    public List<Entry> forTargetType(String targetType, int limit) {
        return jdbc.sql("""
                select a.occurred_at, a.actor_id, p.display_name, a.action, a.target_type, a.target_id, a.detail
                from audit_event a left join person p on p.id = a.actor_id
                where a.target_type = ?
                order by a.occurred_at desc, a.id desc limit ?
                """).params(targetType, limit).query(Entry.class).list();
    }

    @Transactional(readOnly = true)
    public List<Entry> recent(int limit, int offset) {
        return jdbc.sql("""
                select a.occurred_at, a.actor_id, p.display_name, a.action, a.target_type, a.target_id, a.detail
                from audit_event a left join person p on p.id = a.actor_id
                order by a.occurred_at desc, a.id desc limit ? offset ?
                """).params(limit, offset).query(Entry.class).list();
    }

    private static String truncate(String detail) {
        return detail.length() <= 1000 ? detail : detail.substring(0, 999) + "…";
    }

    public record Entry(
            Instant occurredAt,
            Long actorId,
            String displayName,
            String action,
            String targetType,
            Long targetId,
            String detail) {}
}
