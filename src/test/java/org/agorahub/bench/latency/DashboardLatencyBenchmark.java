package org.agorahub.bench.latency;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.agorahub.demo.DemoAccounts;
import org.agorahub.forum.ForumApi;
import org.agorahub.insights.domain.AggregateService;
import org.agorahub.library.LibraryApi;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.PeopleApi;
import org.agorahub.search.SearchApi;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * KM dashboards at scale ({@code bench/dashboard-latency.sh [people] [days] [requests]}): starts the application with
 * its demo data on a throw-away embedded PostgreSQL, adds departments up to twenty, N people spread over them with
 * their skills and frameworks ({@link ExpertiseSeeder}), a lead in each department, and {@code days} days of raw
 * activity in proportion to the people: 10 generated documents a person ({@link CorpusSeeder}) with 1–3 versions
 * ({@link DashboardSeeder}) opened by departments on about 10 days each, 10 threads and 40 replies a person
 * ({@link ForumSeeder}, first replies and accepted answers as the application keeps them), 200 searches a person as the
 * search page records them and 50 texts of searches that found little. Then:
 *
 * <ul>
 *   <li>times {@link AggregateService#rebuild} (the nightly job) twice, beside reading its input alone through the
 *       same library, forum and search API calls, and counts the raw rows and the aggregate rows written;
 *   <li>measures a department's dashboard, each client signed in as a different department's lead, and the
 *       organisation's as the admin, for the default 90 days and for 365 days, with 1 and 16 concurrent clients,
 *       taking turns block by block with a page of the same application without data.
 * </ul>
 *
 * Prints Markdown tables; asserts nothing. Not a test: the build never runs it.
 */
public final class DashboardLatencyBenchmark {

    private static final int CLIENTS = 16;
    private static final int BLOCKS = 4;
    private static final int DOCUMENTS_PER_PERSON = 10;
    private static final int THREADS_PER_PERSON = 10;
    private static final int REPLIES_PER_PERSON = 40;
    private static final int SEARCHES_PER_PERSON = 200;
    private static final int FAILED_SEARCHES_PER_PERSON = 50;
    private static final int VIEW_DAYS_PER_DOCUMENT = 10;
    /** A row of the chart's table: one week. */
    private static final Pattern WEEK = Pattern.compile("<th scope=\"row\">\\d{1,2} [^<]{3,5} \\d{4}</th>");

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 365;
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 256;
        if (requests % (BLOCKS * CLIENTS) != 0) {
            throw new IllegalArgumentException("requests must be a multiple of " + BLOCKS * CLIENTS);
        }
        Path indexRoot = Files.createTempDirectory("agora-dashboard-index");
        ServerTimer timer = new ServerTimer();
        ConfigurableApplicationContext context = BenchSupport.startApplication(
                timer, indexRoot, "--agora.insights.rebuild-cron=-", "--agora.expertise.evidence.cron=-");
        int exit = 0;
        try (Blocks blocks = new Blocks(CLIENTS)) {
            run(context, timer, blocks, people, days, requests);
        } catch (Exception e) {
            e.printStackTrace();
            exit = 1;
        } finally {
            context.close();
            BenchSupport.deleteRecursively(indexRoot);
        }
        System.exit(exit); // runs the shutdown handler that stops the embedded PostgreSQL
    }

    private static void run(
            ConfigurableApplicationContext context,
            ServerTimer timer,
            Blocks blocks,
            int peopleCount,
            int days,
            int count)
            throws Exception {
        DataSource dataSource = context.getBean(DataSource.class);
        PeopleApi people = context.getBean(PeopleApi.class);
        LibraryApi libraries = context.getBean(LibraryApi.class);
        ForumApi forum = context.getBean(ForumApi.class);
        AggregateService aggregates = context.getBean(AggregateService.class);
        CurrentUser admin = BenchSupport.user(people, DemoAccounts.ADMIN);
        CurrentUser member = BenchSupport.user(people, DemoAccounts.MEMBER);
        BenchSupport.awaitDemoIndexing(dataSource);
        SyntheticCorpus corpus = new SyntheticCorpus();
        DashboardSeeder seeder = new DashboardSeeder(dataSource);

        // departments first, so the people are spread over all of them; then the activity, spread over the people
        long seeding = System.nanoTime();
        int newDepartments = DashboardSeeder.addDepartments(people);
        ExpertiseSeeder.Seeded experts =
                new ExpertiseSeeder(corpus, dataSource).seed(peopleCount, 500, ForumSeeder.tags(), DemoAccounts.MEMBER);
        List<DashboardSeeder.Lead> leads = seeder.appointLeads();
        long[] libraryIds = CorpusSeeder.createLibraries(libraries, people, admin, member);
        CorpusSeeder.Seeded documents =
                new CorpusSeeder(corpus, dataSource, days).seed(peopleCount * DOCUMENTS_PER_PERSON, libraryIds);
        int laterVersions = seeder.addVersions(libraryIds);
        Long otherDepartment = BenchSupport.longs(
                        dataSource, "select id from department where id <> ? order by id", member.departmentId())
                .get(0);
        int threads = peopleCount * THREADS_PER_PERSON;
        ForumSeeder.Seeded threadsSeeded = new ForumSeeder(corpus, dataSource, days)
                .seed(forum, admin, member, otherDepartment, threads, threads + peopleCount * REPLIES_PER_PERSON);
        List<String> terms = new ArrayList<>(experts.skills());
        Collections.shuffle(terms, new java.util.Random(SyntheticCorpus.SEED));
        int searches = seeder.recordSearches(SEARCHES_PER_PERSON, days);
        int failedSearches = seeder.logSearches(peopleCount * FAILED_SEARCHES_PER_PERSON, days, terms);
        int views = seeder.recordViews(libraryIds, VIEW_DAYS_PER_DOCUMENT);
        System.out.printf(
                Locale.ROOT,
                "Seeded in %.1f s: %d new departments (%d in all), %,d people with %d leads, %,d documents with %,d later"
                        + " versions, %,d threads with %,d posts, %,d searches, %,d failed searches' texts, %,d document views by"
                        + " department and day%n",
                (System.nanoTime() - seeding) / 1e9,
                newDepartments,
                people.departments().size(),
                peopleCount,
                leads.size(),
                documents.documents(),
                laterVersions,
                threadsSeeded.threads(),
                threadsSeeded.posts(),
                searches,
                failedSearches,
                views);
        System.out.println("Raw rows in the database (with the demo's):");
        System.out.println();
        printCounts(
                dataSource,
                "person",
                "department",
                "document",
                "document_version",
                "forum_thread",
                "forum_post",
                "search_event",
                "search_query_log",
                "document_view_daily");

        // 1. the rebuild, twice (the first after the seeding's writes, the second as the nightly job finds it), beside
        // reading its input alone
        for (int round = 1; round <= 2; round++) {
            long rebuilding = System.nanoTime();
            int rows = aggregates.rebuild(null);
            System.out.printf(
                    Locale.ROOT,
                    "%nRebuild %d: AggregateService.rebuild wrote %,d rows in %.1f s%n",
                    round,
                    rows,
                    (System.nanoTime() - rebuilding) / 1e9);
        }
        long[] inputNanos = new long[5];
        int[] inputRows = new int[5];
        long reading = System.nanoTime();
        inputRows[0] = libraries.documentActivity().size();
        inputNanos[0] = System.nanoTime() - reading;
        reading = System.nanoTime();
        inputRows[1] = forum.postActivity().size();
        inputNanos[1] = System.nanoTime() - reading;
        reading = System.nanoTime();
        inputRows[2] = forum.questionActivity().size();
        inputNanos[2] = System.nanoTime() - reading;
        reading = System.nanoTime();
        inputRows[3] = context.getBean(SearchApi.class).searchActivity().size();
        inputNanos[3] = System.nanoTime() - reading;
        reading = System.nanoTime();
        inputRows[4] = libraries.documentUse().size();
        inputNanos[4] = System.nanoTime() - reading;
        System.out.printf(
                Locale.ROOT,
                "Its input alone: documentActivity %,d rows in %.1f s, postActivity %,d rows in %.1f s,"
                        + " questionActivity %,d rows in %.1f s, searchActivity %,d rows in %.1f s, documentUse %,d"
                        + " rows in %.1f s%n%n",
                inputRows[0],
                inputNanos[0] / 1e9,
                inputRows[1],
                inputNanos[1] / 1e9,
                inputRows[2],
                inputNanos[2] / 1e9,
                inputRows[3],
                inputNanos[3] / 1e9,
                inputRows[4],
                inputNanos[4] / 1e9);
        printCounts(
                dataSource,
                "insight_daily",
                "insight_contributor",
                "insight_question",
                "insight_answer_flow",
                "insight_document_use",
                "insight_failed_search",
                "insight_currency");

        // 2. pages
        URI base = URI.create("http://localhost:" + context.getEnvironment().getProperty("local.server.port"));
        if (System.getenv("BENCH_HOLD") != null) {
            // for looking at query plans by hand: keep the seeded application running until the process is stopped
            System.out.println("Holding at " + base + ", database "
                    + context.getEnvironment().getProperty("spring.datasource.url") + "; stop with kill "
                    + ProcessHandle.current().pid());
            Thread.sleep(Long.MAX_VALUE);
        }
        AppPage departmentPage = new AppPage("", base, timer, path -> path, WEEK);
        departmentPage.signIn(
                leads.subList(0, CLIENTS).stream()
                        .map(DashboardSeeder.Lead::email)
                        .toList(),
                DemoAccounts.PASSWORD_DEFAULT);
        List<Long> leadDepartments = leads.subList(0, CLIENTS).stream()
                .map(DashboardSeeder.Lead::departmentId)
                .toList();
        AppPage organisationPage = new AppPage("", base, timer, path -> path, WEEK);
        organisationPage.signIn(CLIENTS, DemoAccounts.ADMIN, DemoAccounts.PASSWORD_DEFAULT);
        AppPage chrome = new AppPage("Baseline: page without data (/search, no query)", base, timer, false);
        chrome.useSessionsOf(organisationPage);

        LocalDate today = LocalDate.now();
        String year = "?from=" + today.minusDays(364) + "&to=" + today;
        SearchSystem department90 = new OwnDepartment(
                "Department dashboard, lead, 90 days (/dashboards/departments/{id})", departmentPage, leadDepartments);
        SearchSystem department365 =
                new OwnDepartment("Department dashboard, lead, 365 days", departmentPage, leadDepartments);
        SearchSystem organisation90 =
                new Named("Organisation dashboard, admin, 90 days (/dashboards/organisation)", organisationPage);
        SearchSystem organisation365 = new Named("Organisation dashboard, admin, 365 days", organisationPage);
        Map<SearchSystem, List<String>> pathsOf = Map.of(
                department90, Collections.nCopies(count, "/dashboards/departments/" + OwnDepartment.DEPARTMENT),
                department365, Collections.nCopies(count, "/dashboards/departments/" + OwnDepartment.DEPARTMENT + year),
                organisation90, Collections.nCopies(count, "/dashboards/organisation"),
                organisation365, Collections.nCopies(count, "/dashboards/organisation" + year),
                chrome, Collections.nCopies(count, "/search"));
        List<SearchSystem> systems = List.of(department90, department365, organisation90, organisation365, chrome);

        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long measuring = System.nanoTime();
        Blocks.Measured measured = blocks.measure(systems, pathsOf::get, pathsOf::get, BLOCKS, 1, CLIENTS);
        System.out.printf(
                Locale.ROOT,
                "%nDashboards: %,d people in %d departments, %d days of activity + the demo's; each lead's client asks"
                        + " for its own department; %d requests per system and concurrency; measurements took %.1f"
                        + " min; %d CPUs; load average %.1f before, %.1f after%n%n",
                peopleCount,
                people.departments().size(),
                days,
                count,
                (System.nanoTime() - measuring) / 60e9,
                Runtime.getRuntime().availableProcessors(),
                loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Blocks.printPages(systems, measured, chrome, 1, CLIENTS);
        System.out.println();
        System.out.println("\"Shown per page\": weeks in the chart's table.");
    }

    private static void printCounts(DataSource dataSource, String... tables) throws Exception {
        System.out.println("| table | rows |");
        System.out.println("|---|---|");
        for (String table : tables) {
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %,d |%n",
                    table,
                    BenchSupport.longs(dataSource, "select count(*) from " + table)
                            .get(0));
        }
    }

    /** One page under its own name, so the same sessions can be measured on different periods. */
    private record Named(String name, AppPage page) implements SearchSystem {

        @Override
        public long search(int client, String path, String requestId) throws Exception {
            return page.search(client, path, requestId);
        }

        @Override
        public long serverNanos(String requestId) {
            return page.serverNanos(requestId);
        }
    }

    /** A department's page, each client asking for the department it leads. */
    private record OwnDepartment(String name, AppPage page, List<Long> departments) implements SearchSystem {

        static final String DEPARTMENT = "{department}";

        @Override
        public long search(int client, String path, String requestId) throws Exception {
            return page.search(client, path.replace(DEPARTMENT, String.valueOf(departments.get(client))), requestId);
        }

        @Override
        public long serverNanos(String requestId) {
            return page.serverNanos(requestId);
        }
    }
}
