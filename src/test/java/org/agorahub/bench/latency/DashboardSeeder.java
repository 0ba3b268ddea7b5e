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
 * people, later versions of the generated documents, and a year of searches that found little.
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
        StringBuilder libraries = new StringBuilder();
        for (long id : libraryIds) {
            libraries.append(libraries.length() == 0 ? "" : ", ").append(id);
        }
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
                    """.formatted(libraries));
            statement.execute("analyze document_version");
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
}
