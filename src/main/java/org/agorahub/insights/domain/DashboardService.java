package org.agorahub.insights.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agorahub.expertise.DepartmentSkillNeed;
import org.agorahub.expertise.ExpertiseApi;
import org.agorahub.library.DocumentCurrency;
import org.agorahub.mentoring.MentoringApi;
import org.agorahub.mentoring.MentoringFigures;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PeopleApi;
import org.agorahub.search.FailedSearch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a dashboard from the daily aggregates and the modules' current figures. A department lead sees their own
 * department (with the departments under it if they ask); an admin any department or the whole organisation;
 * nobody else any. Nobody is named: figures are counts, medians and shares, and those that could point at a person
 * (fewer than {@value #SMALL_GROUP} people or items behind them) are withheld.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    /** Figures resting on fewer people or items than this are withheld. */
    public static final int SMALL_GROUP = 5;

    static final int FAILED_SEARCHES = 10;
    static final int SKILL_GAPS = 8;

    private final JdbcClient jdbc;
    private final PeopleApi people;
    private final AccessPolicy access;
    private final ExpertiseApi expertise;
    private final MentoringApi mentoring;
    private final AggregateService aggregates;

    DashboardService(
            JdbcClient jdbc,
            PeopleApi people,
            AccessPolicy access,
            ExpertiseApi expertise,
            MentoringApi mentoring,
            AggregateService aggregates) {
        this.jdbc = jdbc;
        this.people = people;
        this.access = access;
        this.expertise = expertise;
        this.mentoring = mentoring;
        this.aggregates = aggregates;
    }

    /** Whether the person may see this department's dashboard (null: the whole organisation's). */
    public boolean maySee(CurrentUser viewer, Long departmentId) {
        return departmentId == null ? viewer.isAdmin() : access.canLeadDepartment(viewer, departmentId);
    }

    /**
     * The dashboard of a department (null: the whole organisation) from {@code from} to {@code to}, both included.
     *
     * @throws AccessDeniedException when the person may not see it
     */
    public Dashboard dashboard(
            CurrentUser viewer, Long departmentId, boolean includeSubDepartments, LocalDate from, LocalDate to) {
        Scope resolved = resolve(viewer, departmentId, includeSubDepartments);
        List<DepartmentSummary> all = resolved.all();
        Set<Long> scope = resolved.ids();
        String name = resolved.name();
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        LocalDate previousTo = from.minusDays(1);
        LocalDate previousFrom = previousTo.minusDays(days - 1);
        List<Long> ids = List.copyOf(scope);
        Map<Long, Integer> headcounts = people.headcounts();
        int headcount =
                ids.stream().mapToInt(id -> headcounts.getOrDefault(id, 0)).sum();

        Map<String, long[]> sums = new LinkedHashMap<>();
        for (Metric metric : Metric.values()) {
            sums.put(metric.name(), new long[2]);
        }
        Tiers current = Tiers.of("current", from, to);
        Tiers previous = Tiers.of("previous", previousFrom, previousTo);
        boolean organisation = departmentId == null;
        String departments = organisation ? "department_id is null" : "department_id in (:ids)";
        previous.bind(current.bind(jdbc.sql("""
                        select metric, sum(value) filter (where %2$s) as current,
                            sum(value) filter (where %3$s) as previous
                        from insight_daily where %1$s and (%2$s or %3$s)
                        group by metric
                        """.formatted(departments, current.rows(), previous.rows()))))
                .param("ids", ids)
                .query((rs, n) -> {
                    long[] values = sums.get(rs.getString("metric"));
                    if (values != null) {
                        values[0] = rs.getLong("current");
                        values[1] = rs.getLong("previous");
                    }
                    return 1;
                })
                .list();
        List<Dashboard.Figure> contributions = new ArrayList<>();
        sums.forEach((key, values) -> {
            if (Metric.valueOf(key).contribution()) {
                contributions.add(new Dashboard.Figure(key, values[0], values[1]));
            }
        });

        long[] contributors = jdbc.sql("""
                select count(*) filter (where days && daterange(:from, :to, '[]')),
                    count(*) filter (where days && daterange(:pfrom, :pto, '[]'))
                from insight_contributor where department_id in (:ids)
                """)
                .param("ids", ids)
                .param("from", from)
                .param("to", to)
                .param("pfrom", previousFrom)
                .param("pto", previousTo)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        boolean smallScope = headcount < SMALL_GROUP;

        MentoringFigures mentoringFigures = mentoring.figures(scope, from, to);
        boolean ratingSuppressed = mentoringFigures.ratings() > 0 && mentoringFigures.ratings() < SMALL_GROUP;
        if (ratingSuppressed) {
            mentoringFigures = new MentoringFigures(
                    mentoringFigures.active(),
                    mentoringFigures.started(),
                    mentoringFigures.crossDepartment(),
                    mentoringFigures.completed(),
                    mentoringFigures.overdue(),
                    mentoringFigures.ratings(),
                    null);
        }
        List<DepartmentSkillNeed> gaps = departmentId != null && !includeSubDepartments
                ? expertise.departmentGaps(departmentId).stream()
                        // a skill asked of fewer than five people: its cells could show one person's gap
                        .filter(gap -> gap.peopleAsked() >= SMALL_GROUP)
                        .limit(SKILL_GAPS)
                        .toList()
                : List.of();
        Integer heldByOne =
                departmentId != null && !includeSubDepartments ? expertise.skillsHeldByOne(departmentId) : null;
        List<FailedSearch> failed = smallScope ? List.of() : failedSearches(departments, ids, current);

        return new Dashboard(
                departmentId,
                name,
                includeSubDepartments,
                headcount,
                from,
                to,
                previousFrom,
                previousTo,
                aggregates.lastRebuild(),
                contributions,
                smallScope ? null : (int) contributors[0],
                smallScope ? null : (int) contributors[1],
                weeks(departments, ids, from, to),
                responsiveness(ids, from, to),
                responsiveness(ids, previousFrom, previousTo),
                collaboration(ids, all, organisation, current),
                smallScope
                        ? null
                        : new Dashboard.Findability(
                                sums.get("SEARCHES")[0],
                                sums.get("SEARCHES_OPENED")[0],
                                sums.get("SEARCHES_FAILED")[0]),
                smallScope
                        ? null
                        : new Dashboard.Findability(
                                sums.get("SEARCHES")[1],
                                sums.get("SEARCHES_OPENED")[1],
                                sums.get("SEARCHES_FAILED")[1]),
                failed,
                smallScope,
                currency(ids, to, previousTo),
                gaps,
                heldByOne,
                mentoringFigures,
                ratingSuppressed,
                sums.get("DOCUMENTS_USED_BY_OTHERS")[0],
                sums.get("DOCUMENTS_USED_BY_OTHERS")[1],
                documentUse(ids, all, headcounts, organisation, current),
                organisation ? matrix(MatrixKind.ANSWERS, all, headcounts, current) : null,
                organisation ? matrix(MatrixKind.USE, all, headcounts, current) : null);
    }

    /**
     * The weekly contributions alone (for their CSV), with the scope's name (null: the whole organisation).
     *
     * @throws AccessDeniedException when the person may not see the dashboard
     */
    public Dashboard.Weekly weeks(
            CurrentUser viewer, Long departmentId, boolean includeSubDepartments, LocalDate from, LocalDate to) {
        Scope scope = resolve(viewer, departmentId, includeSubDepartments);
        return new Dashboard.Weekly(
                scope.name(),
                weeks(
                        departmentId == null ? "department_id is null" : "department_id in (:ids)",
                        List.copyOf(scope.ids()),
                        from,
                        to));
    }

    /**
     * One of the organisation's department-by-department tables alone (for its CSV).
     *
     * @throws AccessDeniedException when the person is not an admin
     */
    public Dashboard.Matrix matrix(CurrentUser viewer, MatrixKind kind, LocalDate from, LocalDate to) {
        if (!maySee(viewer, null)) {
            throw new AccessDeniedException("Only admins see the whole organisation");
        }
        return matrix(kind, people.departments(), people.headcounts(), Tiers.of("current", from, to));
    }

    /** Which department-by-department table: first answers across departments, or documents opened across them. */
    public enum MatrixKind {
        ANSWERS("insight_answer_flow", "asker_department_id", "answer_department_id", "answers"),
        USE("insight_document_use", "library_department_id", "viewer_department_id", "views");

        private final String table;
        private final String rowColumn;
        private final String columnColumn;
        private final String countColumn;

        MatrixKind(String table, String rowColumn, String columnColumn, String countColumn) {
            this.table = table;
            this.rowColumn = rowColumn;
            this.columnColumn = columnColumn;
            this.countColumn = countColumn;
        }
    }

    /** The departments a dashboard covers, once the viewer may see it. */
    private record Scope(List<DepartmentSummary> all, Set<Long> ids, String name) {}

    private Scope resolve(CurrentUser viewer, Long departmentId, boolean includeSubDepartments) {
        if (!maySee(viewer, departmentId)) {
            throw new AccessDeniedException("Not this department's lead");
        }
        List<DepartmentSummary> all = people.departments();
        String name = departmentId == null
                ? null
                : all.stream()
                        .filter(d -> d.id() == departmentId)
                        .map(DepartmentSummary::name)
                        .findFirst()
                        .orElseThrow(() -> new AccessDeniedException("No such department"));
        return new Scope(all, scope(all, departmentId, includeSubDepartments), name);
    }

    /** The texts most often searched without result. */
    private List<FailedSearch> failedSearches(String departments, List<Long> ids, Tiers period) {
        return period.bind(jdbc.sql("""
                        select query, sum(searches) as searches from insight_failed_search where %s and %s
                        group by query order by 2 desc, query limit :limit
                        """.formatted(departments, period.rows())))
                .param("ids", ids)
                .param("limit", FAILED_SEARCHES)
                .query(FailedSearch.class)
                .list();
    }

    /**
     * How current the scope's documents were at the last snapshot on or before the period's end, beside the one on
     * or before the previous period's end; null when there is none.
     */
    private Dashboard.Currency currency(List<Long> ids, LocalDate to, LocalDate previousTo) {
        return jdbc.sql("""
                        with snapshot as (
                            select (select max(day) from insight_currency where day <= :to) as now,
                                (select max(day) from insight_currency where day <= :previousTo) as before)
                        select s.now, s.before,
                            sum(documents) filter (where day = s.now) as documents,
                            sum(verified) filter (where day = s.now) as verified,
                            sum(due_soon) filter (where day = s.now) as due_soon,
                            sum(overdue) filter (where day = s.now) as overdue,
                            sum(reported_outdated) filter (where day = s.now) as reported,
                            sum(documents) filter (where day = s.before) as previous_documents,
                            sum(verified) filter (where day = s.before) as previous_verified,
                            sum(due_soon) filter (where day = s.before) as previous_due_soon,
                            sum(overdue) filter (where day = s.before) as previous_overdue,
                            sum(reported_outdated) filter (where day = s.before) as previous_reported
                        from snapshot s left join insight_currency c
                            on c.department_id in (:ids) and c.day in (s.now, s.before)
                        group by s.now, s.before
                        """)
                .param("ids", ids)
                .param("to", to)
                .param("previousTo", previousTo)
                .query((rs, n) -> {
                    LocalDate now = rs.getObject("now", LocalDate.class);
                    if (now == null) {
                        return null;
                    }
                    LocalDate before = rs.getObject("before", LocalDate.class);
                    return new Dashboard.Currency(
                            now,
                            currency(rs, ""),
                            before == null || before.equals(now) ? null : currency(rs, "previous_"));
                })
                .optional()
                .orElse(null);
    }

    private static DocumentCurrency currency(java.sql.ResultSet rs, String prefix) throws java.sql.SQLException {
        return new DocumentCurrency(
                rs.getLong(prefix + "documents"),
                rs.getLong(prefix + "verified"),
                rs.getLong(prefix + "due_soon"),
                rs.getLong(prefix + "overdue"),
                rs.getLong(prefix + "reported"));
    }

    /**
     * Every department against every other for an organisation's dashboard: rows the first column's departments
     * (askers, libraries), columns the second's (answerers, readers). Departments with nothing either way are left
     * out, and so are departments of fewer than {@value #SMALL_GROUP} people: a cell could point at one of them.
     */
    private Dashboard.Matrix matrix(
            MatrixKind kind, List<DepartmentSummary> all, Map<Long, Integer> headcounts, Tiers period) {
        Map<Long, Map<Long, Long>> cells = new HashMap<>();
        period.bind(jdbc.sql(
                        """
                        select %s as from_department, %s as to_department, sum(%s) as n from %s where %s group by 1, 2
                        """.formatted(kind.rowColumn, kind.columnColumn, kind.countColumn, kind.table, period.rows())))
                .query((rs, n) -> cells.computeIfAbsent(rs.getLong("from_department"), id -> new HashMap<>())
                        .merge(rs.getLong("to_department"), rs.getLong("n"), Long::sum))
                .list();
        Set<Long> involved = new HashSet<>();
        cells.forEach((from, row) -> row.forEach((to, count) -> {
            if (headcounts.getOrDefault(from, 0) >= SMALL_GROUP && headcounts.getOrDefault(to, 0) >= SMALL_GROUP) {
                involved.add(from);
                involved.add(to);
            }
        }));
        List<DepartmentSummary> departments =
                all.stream().filter(d -> involved.contains(d.id())).toList();
        List<String> names = departments.stream().map(DepartmentSummary::name).toList();
        long[][] counts = new long[departments.size()][departments.size()];
        for (int row = 0; row < departments.size(); row++) {
            Map<Long, Long> line = cells.getOrDefault(departments.get(row).id(), Map.of());
            for (int column = 0; column < departments.size(); column++) {
                counts[row][column] = line.getOrDefault(departments.get(column).id(), 0L);
            }
        }
        return Dashboard.Matrix.of(names, counts);
    }

    private List<Dashboard.Week> weeks(String departments, List<Long> ids, LocalDate from, LocalDate to) {
        Map<LocalDate, long[]> weeks = new LinkedHashMap<>();
        for (LocalDate week = monday(from); !week.isAfter(to); week = week.plusWeeks(1)) {
            weeks.put(week, new long[3]);
        }
        jdbc.sql("""
                        select date_trunc('week', day)::date as week,
                            sum(value) filter (where metric in ('DOCUMENTS_PUBLISHED', 'DOCUMENTS_UPDATED')) as documents,
                            sum(value) filter (where metric in ('QUESTIONS', 'DISCUSSIONS')) as questions,
                            sum(value) filter (where metric = 'REPLIES') as replies
                        from insight_daily where %s and not monthly and day between :from and :to
                        group by 1
                        """.formatted(departments))
                .param("ids", ids)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> {
                    long[] week = weeks.get(rs.getObject("week", LocalDate.class));
                    if (week != null) {
                        week[0] = rs.getLong("documents");
                        week[1] = rs.getLong("questions");
                        week[2] = rs.getLong("replies");
                    }
                    return 1;
                })
                .list();
        List<Dashboard.Week> result = new ArrayList<>();
        weeks.forEach((start, values) -> result.add(new Dashboard.Week(start, values[0], values[1], values[2])));
        return result;
    }

    /** Who used the scope's documents (or, for the organisation, whose documents others used most). */
    private List<Dashboard.Use> documentUse(
            List<Long> ids,
            List<DepartmentSummary> all,
            Map<Long, Integer> headcounts,
            boolean organisation,
            Tiers period) {
        Map<Long, String> names = new HashMap<>();
        all.forEach(d -> names.put(d.id(), d.name()));
        // a reading department of fewer than five people is left out: its row could point at one of them
        List<Long> small = new ArrayList<>(List.of(0L));
        all.forEach(d -> {
            if (headcounts.getOrDefault(d.id(), 0) < SMALL_GROUP) {
                small.add(d.id());
            }
        });
        // a department: who of the others read its documents; the organisation: whose documents others read
        String sql = organisation ? """
                        select library_department_id as department, sum(views) as views from insight_document_use
                        where %s group by 1 order by 2 desc limit 10
                        """ : """
                        select viewer_department_id as department, sum(views) as views from insight_document_use
                        where library_department_id in (:ids) and viewer_department_id not in (:ids)
                          and viewer_department_id not in (:small) and %s
                        group by 1 order by 2 desc limit 10
                        """;
        return period.bind(jdbc.sql(sql.formatted(period.rows())))
                .param("small", small)
                .param("ids", ids)
                .query((rs, n) ->
                        new Dashboard.Use(names.getOrDefault(rs.getLong("department"), "?"), rs.getLong("views")))
                .list();
    }

    private Dashboard.Responsiveness responsiveness(List<Long> ids, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select count(*) as asked, count(first_reply_seconds) as answered,
                    percentile_cont(0.5) within group (order by first_reply_seconds) / 3600.0 as median_first,
                    percentile_cont(0.9) within group (order by first_reply_seconds) / 3600.0 as p90_first,
                    percentile_cont(0.5) within group (order by accepted_seconds) / 3600.0 as median_accepted,
                    count(*) filter (where first_reply_seconds is null and asked_on < current_date - 7) as unanswered,
                    count(accepted_seconds) as accepted
                from insight_question where asker_department_id in (:ids) and asked_on between :from and :to
                """)
                .param("ids", ids)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> {
                    long answered = rs.getLong("answered");
                    long accepted = rs.getLong("accepted");
                    return new Dashboard.Responsiveness(
                            rs.getLong("asked"),
                            answered,
                            answered < SMALL_GROUP ? null : round(rs.getDouble("median_first")),
                            answered < SMALL_GROUP ? null : round(rs.getDouble("p90_first")),
                            accepted < SMALL_GROUP ? null : round(rs.getDouble("median_accepted")),
                            rs.getLong("unanswered"));
                })
                .single();
    }

    /**
     * First answers across department lines. For a department: per other department, how many of the department's
     * questions it answered first and how many of its questions the department answered. For the organisation: per
     * department, how many of its questions another department answered first and how many it answered for others.
     */
    private Dashboard.Collaboration collaboration(
            List<Long> ids, List<DepartmentSummary> all, boolean organisation, Tiers period) {
        // each row: the department it is about, the count, and which of the two columns it belongs to
        String sql = organisation ? """
                        select asker_department_id as department, sum(answers) as n, 0 as side
                        from insight_answer_flow where %1$s group by 1
                        union all
                        select answer_department_id, sum(answers), 1 from insight_answer_flow where %1$s group by 1
                        """ : """
                        select answer_department_id as department, sum(answers) as n, 0 as side
                        from insight_answer_flow
                        where asker_department_id in (:ids) and answer_department_id not in (:ids) and %1$s
                        group by 1
                        union all
                        select asker_department_id, sum(answers), 1 from insight_answer_flow
                        where answer_department_id in (:ids) and asker_department_id not in (:ids) and %1$s
                        group by 1
                        """;
        Map<Long, long[]> flows = new LinkedHashMap<>();
        period.bind(jdbc.sql(sql.formatted(period.rows())))
                .param("ids", ids)
                .query((rs, n) -> {
                    flows.computeIfAbsent(rs.getLong("department"), id -> new long[2])[rs.getInt("side")] +=
                            rs.getLong("n");
                    return 1;
                })
                .list();
        Map<Long, String> names = new HashMap<>();
        all.forEach(d -> names.put(d.id(), d.name()));
        long[] totals = new long[2];
        List<Dashboard.Flow> list = new ArrayList<>();
        flows.forEach((department, counts) -> {
            totals[0] += counts[0];
            totals[1] += counts[1];
            list.add(new Dashboard.Flow(names.getOrDefault(department, "?"), counts[0], counts[1]));
        });
        list.sort((a, b) ->
                Long.compare(b.answeredByThem() + b.answeredForThem(), a.answeredByThem() + a.answeredForThem()));
        // across the organisation every such answer is both answered by and for another department
        return new Dashboard.Collaboration(totals[0], organisation ? totals[0] : totals[1], list);
    }

    /** The department and, if asked, every department under it; every department when none is given. */
    static Set<Long> scope(List<DepartmentSummary> all, Long departmentId, boolean includeSubDepartments) {
        Set<Long> scope = new HashSet<>();
        if (departmentId == null) {
            all.forEach(d -> scope.add(d.id()));
            return scope;
        }
        scope.add(departmentId);
        boolean grew = includeSubDepartments;
        while (grew) {
            grew = false;
            for (DepartmentSummary d : all) {
                if (d.parentId() != null && scope.contains(d.parentId()) && scope.add(d.id())) {
                    grew = true;
                }
            }
        }
        return scope;
    }

    private static LocalDate monday(LocalDate day) {
        return day.minusDays(day.getDayOfWeek().getValue() - 1L);
    }

    private static double round(double hours) {
        return Math.round(hours * 10) / 10.0;
    }
}
