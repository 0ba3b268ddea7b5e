package org.agorahub.library.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agorahub.library.ReviewCounts;
import org.agorahub.library.ReviewItem;
import org.agorahub.library.ReviewQueueFilter;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents waiting for those who verify them: overdue or soon due for review, marked for review, or reported
 * as outdated. Only documents of libraries the person may verify in ({@link LibraryPolicy#canVerify}: curators and
 * admins every library, others the libraries they manage); not in the trash, not drafts, not obsolete.
 */
@Service
@Transactional(readOnly = true)
public class ReviewQueue {

    /** Libraries the person verifies in ({@code :everything} for curators and admins), aliased {@code l}. */
    private static final String VERIFIABLE = """
            (:everything or exists (select 1 from library_member m
                where m.library_id = l.id and m.person_id = :person and m.role = 'MANAGER'))
            """;

    private static final String OPEN_REPORT = """
            exists (select 1 from document_report r where r.document_id = d.id and r.resolved_at is null)
            """;

    private static final String DUE =
            "(d.review_by < current_date + " + ReviewCounts.DUE_WITHIN_DAYS + " or d.status = 'NEEDS_REVIEW')";

    /** Due (or marked for review) but not yet overdue. */
    private static final String DUE_SOON = "((d.review_by is null or d.review_by >= current_date) and " + DUE + ")";

    /** The queue of one person, documents aliased {@code d}, libraries {@code l}, owners {@code o}. */
    private static final String QUEUE = """
            from document d
            join library l on l.id = d.library_id
            join person o on o.id = d.owner_id
            where d.deleted_at is null and d.status not in ('DRAFT', 'OBSOLETE')
              and (""" + DUE + " or " + OPEN_REPORT + ")\n  and " + VERIFIABLE;

    private static final String FILTERED = QUEUE
            + "  and (cast(:reason as text) is null"
            + " or (:reason = 'OVERDUE' and d.review_by < current_date)"
            + " or (:reason = 'DUE' and " + DUE_SOON + ")"
            + " or (:reason = 'REPORTED' and " + OPEN_REPORT + "))\n"
            + """
              and (cast(:library as bigint) is null or l.id = :library)
              and (cast(:department as bigint) is null or coalesce(l.department_id, o.department_id) = :department)
              and (cast(:owner as bigint) is null or d.owner_id = :owner)
              and (cast(:dueBy as date) is null or d.review_by <= :dueBy)
            """;

    private final JdbcClient jdbc;

    ReviewQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ReviewCounts counts(CurrentUser user) {
        return jdbc.sql("select count(*) as waiting,"
                        + " count(*) filter (where d.review_by < current_date) as overdue,"
                        + " count(*) filter (where " + DUE_SOON + ") as due_soon,"
                        + " count(*) filter (where " + OPEN_REPORT + ") as reported_outdated "
                        + QUEUE)
                .params(viewer(user))
                .query(ReviewCounts.class)
                .single();
    }

    /** Overdue first, then by review date; documents without one last. Two queries. */
    public Page<ReviewItem> page(CurrentUser user, ReviewQueueFilter filter, Pageable page) {
        Map<String, Object> params = filterParameters(user, filter);
        long total = jdbc.sql("select count(*) " + FILTERED)
                .params(params)
                .query(Long.class)
                .single();
        List<ReviewItem> rows = jdbc.sql("""
                        select d.id as document_id, d.title, l.id as library_id, l.name as library_name,
                               dep.name as department_name, o.id as owner_id, o.display_name as owner_name,
                               o.active as owner_active, d.status, d.review_by,
                               coalesce(d.review_by < current_date, false) as overdue,
                               (select count(*) from document_report r
                                where r.document_id = d.id and r.resolved_at is null) as open_reports
                        """ + FILTERED.replace("where d.deleted_at", """
                        left join department dep on dep.id = coalesce(l.department_id, o.department_id)
                        where d.deleted_at""") + """
                        order by d.review_by asc nulls last, d.id
                        limit :limit offset :offset
                        """)
                .params(params)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query(ReviewItem.class)
                .list();
        return new PageImpl<>(rows, page, total);
    }

    /** The libraries with documents in the person's queue, by name: for the queue's filter. One query. */
    public Map<Long, String> libraries(CurrentUser user) {
        return named("select distinct l.id, l.name " + QUEUE + " order by l.name, l.id", user);
    }

    /** The owners of documents in the person's queue, by name: for the queue's filter. One query. */
    public Map<Long, String> owners(CurrentUser user) {
        return named("select distinct o.id, o.display_name " + QUEUE + " order by o.display_name, o.id", user);
    }

    /** Whether the person verifies documents in any library (and so has a queue). */
    public boolean verifiesAnything(CurrentUser user) {
        if (everything(user)) {
            return true;
        }
        return user.id() != null
                && jdbc.sql("select exists (select 1 from library_member where person_id = ? and role = 'MANAGER')")
                        .param(user.id())
                        .query(Boolean.class)
                        .single();
    }

    private Map<Long, String> named(String sql, CurrentUser user) {
        Map<Long, String> names = new LinkedHashMap<>();
        jdbc.sql(sql)
                .params(viewer(user))
                .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
                .list();
        return names;
    }

    private static Map<String, Object> filterParameters(CurrentUser user, ReviewQueueFilter filter) {
        Map<String, Object> params = viewer(user);
        params.put("reason", filter.reason() == null ? null : filter.reason().name());
        params.put("library", filter.libraryId());
        params.put("department", filter.departmentId());
        params.put("owner", filter.ownerId());
        params.put("dueBy", filter.dueBy());
        return params;
    }

    private static Map<String, Object> viewer(CurrentUser user) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("everything", everything(user));
        params.put("person", user.id() == null ? -1L : user.id());
        return params;
    }

    /** Agrees with {@link LibraryPolicy#roleOf}: curators and admins manage, and so verify in, every library. */
    private static boolean everything(CurrentUser user) {
        return user.isAdmin() || user.hasRole(Role.CURATOR);
    }
}
