package org.agorahub.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.PersonSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Six months of believable use for the dashboards, after the other seeders: the demo documents spread over the last six
 * months instead of all dated at seeding (a few with a second version), about fifteen searches a working day per
 * department (most followed by opening a result, some finding nothing, with the texts of the failed ones), and
 * documents read across department lines. Runs once, when no search has been recorded; one transaction, written as
 * SQL. The dashboards' aggregates are built from all this after start-up.
 */
@Component
@Order(60)
@ConditionalOnBooleanProperty("agora.demo-data.enabled")
class DemoActivitySeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoActivitySeeder.class);

    static final long SEED = 20_261_206L;
    static final int DAYS = 182;

    /** Searches that find nothing in the demo content: the gaps a lead should see. */
    static final List<String> GAPS = List.of(
            "hybrid working policy",
            "carbon reporting",
            "ai guidance",
            "apprenticeship levy",
            "welsh language standards",
            "lone working",
            "gift register");

    private final JdbcTemplate jdbc;
    private final PeopleApi people;
    private final TransactionTemplate transactions;

    DemoActivitySeeder(JdbcTemplate jdbc, PeopleApi people, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.people = people;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long searches = jdbc.queryForObject("select count(*) from search_event", Long.class);
        if (searches != null && searches > 0) {
            log.info("Demo data is enabled but searches are already recorded: no demo activity seeded");
            return;
        }
        Map<String, PersonSummary> byName = DemoDataSeeder.demoPeople(people).orElse(null);
        if (byName == null) {
            return;
        }
        int[] counts = transactions.execute(status -> seed());
        log.info(
                "Seeded six months of demo activity: {} documents dated, {} searches, {} document readings",
                counts[0],
                counts[1],
                counts[2]);
    }

    private int[] seed() {
        Random random = new Random(SEED);
        LocalDate today = LocalDate.now();
        // documents: created on a working day in the last six months, their versions with them
        int dated = jdbc.update("""
                update document d set created_at = shifted.at, updated_at = shifted.at
                from (select id, now() - make_interval(days => (abs(hashtext(id::text)) % ?) + 1) as at from document)
                    shifted
                where shifted.id = d.id
                """, DAYS - 1);
        jdbc.update("""
                update document_version v set created_at = d.created_at + make_interval(days => (v.number - 1) * 20)
                from document d where d.id = v.document_id
                """);

        List<Long> departments = jdbc.queryForList(
                "select distinct department_id from person where active order by department_id", Long.class);
        List<Object[]> events = new ArrayList<>();
        List<Object[]> failed = new ArrayList<>();
        for (int day = DAYS; day >= 1; day--) {
            LocalDate date = today.minusDays(day);
            if (date.getDayOfWeek().getValue() > 5) {
                continue;
            }
            for (long department : departments) {
                int searches = 8 + random.nextInt(15);
                for (int i = 0; i < searches; i++) {
                    double roll = random.nextDouble();
                    boolean nothing = roll < 0.07;
                    boolean opened = !nothing && roll < 0.78;
                    events.add(new Object[] {department, date, nothing ? 0 : 1 + random.nextInt(40), opened});
                    if (nothing) {
                        failed.add(
                                new Object[] {GAPS.get(random.nextInt(GAPS.size())), department, date.atTime(10, 0)});
                    }
                }
            }
        }
        jdbc.batchUpdate(
                "insert into search_event (department_id, searched_on, hits, opened) values (?, ?, ?, ?)", events);
        jdbc.batchUpdate(
                "insert into search_query_log (query, hits, department_id, searched_at) values (?, 0, ?, ?)", failed);

        // readings across department lines: a few a day of organisation-wide and other departments' documents
        List<Long> documents = jdbc.queryForList(
                "select d.id from document d join library l on l.id = d.library_id"
                        + " where d.deleted_at is null and l.visibility = 'ORGANISATION' order by d.id",
                Long.class);
        List<Object[]> readings = new ArrayList<>();
        if (!documents.isEmpty()) {
            for (int day = DAYS; day >= 1; day--) {
                LocalDate date = today.minusDays(day);
                for (long department : departments) {
                    int reads = random.nextInt(4);
                    for (int i = 0; i < reads; i++) {
                        readings.add(new Object[] {
                            documents.get(random.nextInt(documents.size())), department, date, 1 + random.nextInt(3)
                        });
                    }
                }
            }
        }
        jdbc.batchUpdate("""
                insert into document_view_daily (document_id, department_id, day, views) values (?, ?, ?, ?)
                on conflict (document_id, department_id, day) do update
                    set views = document_view_daily.views + excluded.views
                """, readings);
        return new int[] {dated, events.size(), readings.size()};
    }
}
