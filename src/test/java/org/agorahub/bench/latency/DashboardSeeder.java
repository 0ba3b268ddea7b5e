package org.agorahub.bench.latency;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.sql.DataSource;
import org.agorahub.people.PeopleApi;
import org.postgresql.PGConnection;

/**
 * What the dashboard benchmark adds to the other seeders' people, documents and threads: departments up to a total
 * of {@link #DEPARTMENTS} (before the people are spread over them), a department lead among each department's seeded
 * people, later versions of the generated documents, documents opened by departments (per day, as the library keeps
 * them), searches as the search page records them, and searches that found little with their text.
 */
final class DashboardSeeder {

    static final int DEPARTMENTS = 20;
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssx", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** A seeded lead: their address (the member's password) and their department. */
    record Lead(String email, long departmentId) {}

    private final DataSource dataSource;

    DashboardSeeder(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Creates departments until there are {@link #DEPARTMENTS}; returns how many it created. */
    static int addDepartments(PeopleApi people) {
        int created = 0;
        for (int d = people.departments().size(); d < DEPARTMENTS; d++) {
            people.createDepartment("Bench department " + (++created), null);
        }
        return created;
    }

    /** Makes the first seeded person of each department its lead (a role, like the demo's leads). */
    List<Lead> appointLeads() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("""
                    insert into person_role (person_id, role)
                    select min(id), 'DEPARTMENT_LEAD' from person where email like '%%%s' group by department_id
                    on conflict do nothing
                    """.formatted(ExpertiseSeeder.EMAIL_DOMAIN));
            List<Lead> leads = new ArrayList<>();
            try (var rows = statement.executeQuery("""
                    select p.email, p.department_id from person p join person_role r on r.person_id = p.id
                    where r.role = 'DEPARTMENT_LEAD' and p.email like '%%%s' order by p.department_id
                    """.formatted(ExpertiseSeeder.EMAIL_DOMAIN))) {
                while (rows.next()) {
                    leads.add(new Lead(rows.getString(1), rows.getLong(2)));
                }
            }
            return leads;
        }
    }

    /**
     * Gives two in three of the generated documents (those in {@code libraryIds}) a second version, and half of those
     * a third, between the first and now, by people spread over the organisation; returns the versions added. Later
     * versions point at the first's stored file (or carry a short page body): only who and when matter here.
     */
    int addVersions(long[] libraryIds) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            int added = statement.executeUpdate("""
                    with people as (select array_agg(id order by id) as ids from person where active)
                    insert into document_version (document_id, number, file_sha256, file_name, file_kind, size, body,
                        preview, extraction_status, created_by, created_at)
                    select v.document_id, n, v.file_sha256, v.file_name, v.file_kind, v.size,
                        case when v.body is null then null else 'Revised page, version ' || n end, v.preview,
                        v.extraction_status,
                        people.ids[1 + (v.document_id * 7919 + n) %% cardinality(people.ids)],
                        v.created_at + (now() - v.created_at) * ((n - 1) / 3.0 + (v.document_id %% 101) / 303.0)
                    from document_version v join document d on d.id = v.document_id
                    cross join people
                    cross join lateral generate_series(2, 1 + (v.document_id %% 3)::int) n
                    where v.number = 1 and d.library_id in (%s)
                    """.formatted(joined(libraryIds)));
            statement.execute("analyze document_version");
            return added;
        }
    }

    /**
     * Adds {@code perPerson} searches for each seeded person over the last {@code days} days, as the search page records
     * them (department, day, hits, whether a hit was opened): one in seven finds nothing, six in ten of the others have
     * a hit opened. Returns the searches added.
     */
    int recordSearches(int perPerson, int days) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("select setseed(0.42)");
            int added = statement.executeUpdate("""
                    insert into search_event (department_id, searched_on, hits, opened)
                    select department_id, current_date - floor(random() * %d)::int, hits, hits > 0 and random() < 0.6
                    from (select p.department_id, case when random() < 1 / 7.0 then 0 else 1 + floor(random() * 40)::int
                          end as hits
                          from person p cross join generate_series(1, %d)
                          where p.email like '%%%s') s
                    """.formatted(days, perPerson, ExpertiseSeeder.EMAIL_DOMAIN));
            statement.execute("analyze search_event");
            return added;
        }
    }

    /**
     * Has about {@code perDocument} (department, day) pairs open each generated document between its creation and
     * now, one to five times each, by departments drawn alike from all (so most openings cross department lines), in
     * the library's aggregate form; returns the rows added.
     */
    int recordViews(long[] libraryIds, int perDocument) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("select setseed(0.43)");
            int added = statement.executeUpdate("""
                    insert into document_view_daily (document_id, department_id, day, views)
                    select document_id, department_id, day, sum(views) from (
                        select d.id as document_id, deps.ids[1 + floor(random() * cardinality(deps.ids))::int]
                                as department_id,
                            d.created_at::date + floor(random() * (current_date - d.created_at::date + 1))::int
                                as day,
                            1 + floor(random() * 5)::int as views
                        from document d
                        cross join (select array_agg(id order by id) as ids from department) deps
                        cross join generate_series(1, %d)
                        where d.library_id in (%s)) v
                    group by 1, 2, 3
                    """.formatted(perDocument, joined(libraryIds)));
            statement.execute("analyze document_view_daily");
            return added;
        }
    }

    /**
     * Copies {@code count} logged searches that found nothing (four in five) or one or two results, over the last
     * {@code days} days, from every department alike; the queries are the given terms, a few of them far more often
     * than the rest.
     */
    int logSearches(int count, int days, List<String> terms) throws SQLException {
        Random random = new Random(SyntheticCorpus.SEED + 8);
        List<Long> departments = BenchSupport.longs(dataSource, "select id from department order by id");
        Instant now = Instant.now();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            PGConnection pg = connection.unwrap(PGConnection.class);
            try (CopyWriter out = new CopyWriter(pg.getCopyAPI()
                    .copyIn("copy search_query_log (query, hits, department_id, searched_at) from stdin"))) {
                for (int i = 0; i < count; i++) {
                    double skew = random.nextDouble();
                    String term = terms.get((int) (terms.size() * skew * skew * skew));
                    out.row(
                            random.nextInt(3) == 0 ? term + " guidance" : term,
                            random.nextInt(5) == 0 ? 1 + random.nextInt(2) : 0,
                            departments.get(random.nextInt(departments.size())),
                            TIMESTAMP.format(now.minusSeconds(random.nextInt(days * 86_400))));
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze search_query_log");
            }
            return count;
        }
    }

    private static String joined(long[] ids) {
        return java.util.Arrays.stream(ids).mapToObj(Long::toString).collect(java.util.stream.Collectors.joining(", "));
    }
}
