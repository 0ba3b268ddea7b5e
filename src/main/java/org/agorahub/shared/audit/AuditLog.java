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

    /**
     * Entries matching the filter, newest first: {@code limit} of them from {@code offset}. One query.
     *
     * @see Filter
     */
    @Transactional(readOnly = true)
    public List<Entry> search(Filter filter, int limit, int offset) {
        return jdbc.sql("""
                select a.occurred_at, a.actor_id, p.display_name, a.action, a.target_type, a.target_id, a.detail
                from audit_event a left join person p on p.id = a.actor_id
                where """ + FILTER + """

                order by a.occurred_at desc, a.id desc limit :limit offset :offset
                """)
                .params(filter.parameters())
                .param("limit", limit)
                .param("offset", offset)
                .query(Entry.class)
                .list();
    }

    /** The kinds of thing the log has entries about, alphabetically: for the viewer's filter. */
    @Transactional(readOnly = true)
    public List<String> targetTypes() {
        return jdbc.sql("select distinct target_type from audit_event order by target_type")
                .query(String.class)
                .list();
    }

    /** The actions the log has entries of, alphabetically: for the viewer's filter. */
    @Transactional(readOnly = true)
    public List<String> actions() {
        return jdbc.sql("select distinct action from audit_event order by action")
                .query(String.class)
                .list();
    }

    private static final String FILTER = """
            (cast(:who as text) is null
                or lower(p.display_name) like :who escape '\\' or lower(p.email) like :who escape '\\')
              and (cast(:targetType as text) is null or a.target_type = :targetType)
              and (cast(:action as text) is null or a.action = :action)
              and (cast(:from as timestamptz) is null or a.occurred_at >= :from)
              and (cast(:to as timestamptz) is null or a.occurred_at < :to)
            """;

    /**
     * What to look for in the log; null (or blank) parts match everything.
     *
     * @param who part of the name or email of who did it
     * @param from the first instant included
     * @param to the first instant no longer included
     */
    public record Filter(String who, String targetType, String action, Instant from, Instant to) {

        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }

        java.util.Map<String, Object> parameters() {
            java.util.Map<String, Object> params = new java.util.HashMap<>();
            params.put("who", blank(who) ? null : "%" + like(who.strip().toLowerCase(java.util.Locale.ROOT)) + "%");
            params.put("targetType", blank(targetType) ? null : targetType.strip());
            params.put("action", blank(action) ? null : action.strip());
            params.put("from", from == null ? null : java.sql.Timestamp.from(from));
            params.put("to", to == null ? null : java.sql.Timestamp.from(to));
            return params;
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }

        private static String like(String text) {
            return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
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
