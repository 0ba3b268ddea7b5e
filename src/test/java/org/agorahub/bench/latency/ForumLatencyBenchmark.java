package org.agorahub.bench.latency;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.agorahub.StatementCounter;
import org.agorahub.demo.DemoAccounts;
import org.agorahub.forum.ForumApi;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.PeopleApi;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Forum pages at scale ({@code bench/forum-latency.sh [threads] [posts] [requests]}): starts the whole application
 * with its demo data on a throw-away embedded PostgreSQL, adds generated threads and posts ({@link ForumSeeder}),
 * then measures, as the member sign-in, with 1 and with 16 concurrent clients:
 *
 * <ul>
 *   <li>a board page ({@code /forums/boards/{id}?page=0…9}, 25 threads a page) of a random board the member sees;
 *   <li>the page of a random thread with 50 replies ({@code /forums/threads/{id}});
 *   <li>baselines in the same run: a page of the same application without data (the search page without a query:
 *       session, security, layout), and the SQL each forum page needs, run directly through the same connection
 *       pool (the database's share of the page).
 * </ul>
 *
 * Server time is from the application's first filter to the end of the page ({@link ServerTimer}). Systems take
 * turns block by block, so the shared machine's noise hits all alike. Also counts the SQL statements each page runs,
 * for short and long threads and for the first and tenth board page: the counts must not grow with what is shown.
 * Prints Markdown tables; asserts nothing. Not a test: the build never runs it.
 */
public final class ForumLatencyBenchmark {

    private static final int CLIENTS = 16;
    private static final int BLOCKS = 4;
    private static final int BOARD_PAGES = 10;
    private static final Pattern THREAD_LINK = Pattern.compile("href=\"/forums/threads/\\d+\"");
    private static final Pattern POST = Pattern.compile("<article id=\"post-\\d+\"");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int posts = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 512;
        if (requests % (BLOCKS * CLIENTS) != 0) {
            throw new IllegalArgumentException("requests must be a multiple of " + BLOCKS * CLIENTS);
        }
        Path indexRoot = Files.createTempDirectory("agora-forum-index");
        ServerTimer timer = new ServerTimer();
        ConfigurableApplicationContext context = BenchSupport.startApplication(timer, indexRoot);
        // the test code's statement counter is on the class path, so the application's scan has picked it up
        timer.countWith(context.getBean(StatementCounter.class));
        int exit = 0;
        try (Blocks blocks = new Blocks(CLIENTS)) {
            run(context, timer, blocks, threads, posts, requests);
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
            ConfigurableApplicationContext context, ServerTimer timer, Blocks blocks, int threads, int posts, int count)
            throws Exception {
        DataSource dataSource = context.getBean(DataSource.class);
        PeopleApi people = context.getBean(PeopleApi.class);
        CurrentUser admin = BenchSupport.user(people, DemoAccounts.ADMIN);
        CurrentUser member = BenchSupport.user(people, DemoAccounts.MEMBER);
        BenchSupport.awaitDemoIndexing(dataSource);
        Long otherDepartment = BenchSupport.longs(
                        dataSource, "select id from department where id <> ? order by id", member.departmentId())
                .get(0);

        ForumSeeder.Seeded seeded = new ForumSeeder(new SyntheticCorpus(), dataSource)
                .seed(context.getBean(ForumApi.class), admin, member, otherDepartment, threads, posts);
        System.out.printf(
                Locale.ROOT,
                "Seeded %,d threads and %,d posts on %d boards in %.1f s; %,d threads and %,d posts in the database"
                        + " with the demo's; the member sees %d of the boards and %,d threads with %d replies%n",
                seeded.threads(),
                seeded.posts(),
                seeded.boards().size(),
                seeded.nanos() / 1e9,
                BenchSupport.longs(dataSource, "select count(*) from forum_thread")
                        .get(0),
                BenchSupport.longs(dataSource, "select count(*) from forum_post")
                        .get(0),
                seeded.visibleBoards().size(),
                seeded.longThreads().size(),
                ForumSeeder.LONG_THREAD_REPLIES);
        System.out.printf(
                Locale.ROOT,
                "PostgreSQL %s%n",
                BenchSupport.strings(dataSource, "show server_version").get(0));

        URI base = URI.create("http://localhost:" + context.getEnvironment().getProperty("local.server.port"));
        AppPage board = new AppPage("Board page (25 threads)", base, timer, path -> path, THREAD_LINK);
        board.signIn(CLIENTS, DemoAccounts.MEMBER, DemoAccounts.PASSWORD_DEFAULT);
        AppPage thread =
                new AppPage("Thread page (question or discussion + 50 replies)", base, timer, path -> path, POST);
        thread.useSessionsOf(board);
        AppPage chrome = new AppPage("Baseline: page without data (/search, no query)", base, timer, false);
        chrome.useSessionsOf(board);
        SqlFloor boardSql =
                new SqlFloor("Baseline: the board page's SQL alone (count + 25 rows)", dataSource, BOARD_SQL);
        SqlFloor threadSql =
                new SqlFloor("Baseline: the thread page's SQL alone (thread + its posts)", dataSource, THREAD_SQL);

        Map<String, Long> statements = statementCounts(board, thread, seeded);

        Random random = new Random(42);
        List<List<String>> boardPaths = new ArrayList<>();
        List<List<String>> threadPaths = new ArrayList<>();
        for (int round = 0; round < 2; round++) { // warm-up, then measured
            List<String> boards = new ArrayList<>();
            List<String> longThreads = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                boards.add("/forums/boards/" + pick(random, seeded.visibleBoards()) + "?page="
                        + random.nextInt(BOARD_PAGES));
                longThreads.add("/forums/threads/" + pick(random, seeded.longThreads()));
            }
            boardPaths.add(boards);
            threadPaths.add(longThreads);
        }
        List<SearchSystem> systems = List.of(board, thread, chrome, boardSql, threadSql);
        Map<SearchSystem, Integer> pathsOf = Map.of(board, 0, thread, 1, chrome, 0, boardSql, 0, threadSql, 1);

        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long measuring = System.nanoTime();
        Blocks.Measured measured = blocks.measure(
                systems,
                system -> pathsOf.get(system) == 0 ? boardPaths.get(0) : threadPaths.get(0),
                system -> pathsOf.get(system) == 0 ? boardPaths.get(1) : threadPaths.get(1),
                BLOCKS,
                1,
                CLIENTS);
        System.out.printf(
                Locale.ROOT,
                "Measurements took %.1f min; load average (1 min) %.1f before them and %.1f after%n",
                (System.nanoTime() - measuring) / 60e9,
                loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        System.out.printf(
                Locale.ROOT,
                "%nForum pages: %,d generated threads and %,d posts + the demo's, as %s; %d requests per system and"
                        + " concurrency; %d CPUs, max heap %.1f GB%n%n",
                threads,
                posts,
                DemoAccounts.MEMBER,
                count,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / 1e9);
        Blocks.printPages(systems, measured, chrome, 1, CLIENTS);
        System.out.println();
        System.out.println("SQL statements per page (one request alone, counted on the server):");
        System.out.println();
        System.out.println("| page | shown | SQL statements |");
        System.out.println("|---|---|---|");
        statements.forEach((page, value) -> System.out.println("| " + page + " | " + value + " |"));
    }

    /** Statements of each kind of page, with few and with many items shown. */
    private static Map<String, Long> statementCounts(AppPage board, AppPage thread, ForumSeeder.Seeded seeded)
            throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        long someBoard = seeded.visibleBoards().get(0);
        for (String path :
                List.of("/forums/boards/" + someBoard, "/forums/boards/" + someBoard + "?page=" + (BOARD_PAGES - 1))) {
            long[] result = board.statements(path);
            counts.put("board " + path + " | " + result[1] + " threads", result[0]);
        }
        for (long id :
                List.of(seeded.shortThreads().get(0), seeded.longThreads().get(0))) {
            String path = "/forums/threads/" + id;
            long[] result = thread.statements(path);
            counts.put("thread " + path + " | " + result[1] + " posts", result[0]);
        }
        return counts;
    }

    private static long pick(Random random, List<Long> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    /** The board page's data: its thread count and one page of threads with board and author names. */
    private static final List<String> BOARD_SQL =
            List.of("select count(*) from forum_thread where board_id = ? and deleted_at is null", """
            select t.id, t.board_id, b.name, t.kind, t.title, t.author_id, p.display_name, t.created_at,
                   t.last_activity_at, t.reply_count, t.accepted_post_id is not null, t.locked_at is not null
            from forum_thread t join forum_board b on b.id = t.board_id join person p on p.id = t.author_id
            where t.board_id = ? and t.deleted_at is null
            order by t.last_activity_at desc, t.id desc limit 25 offset ? * 25
            """);

    /** The thread page's data: the thread with its tags, and its posts with their authors. */
    private static final List<String> THREAD_SQL = List.of("""
            select t.*, g.tag from forum_thread t left join forum_thread_tag g on g.thread_id = t.id where t.id = ?
            """, """
            select po.id, po.author_id, pe.display_name, po.opening, po.body, po.created_at, po.edited_at,
                   po.deleted_at, po.score
            from forum_post po join person pe on pe.id = po.author_id
            where po.thread_id = ? order by po.created_at, po.id
            """);

    /**
     * A page's SQL run directly on the application's connection pool: each statement gets the numbers of the page's
     * path as parameters, in order, as many as it takes (the board id and page, or the thread id).
     */
    private static final class SqlFloor implements SearchSystem {

        private final String name;
        private final DataSource dataSource;
        private final List<String> statements;

        SqlFloor(String name, DataSource dataSource, List<String> statements) {
            this.name = name;
            this.dataSource = dataSource;
            this.statements = statements;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public long search(int client, String path, String requestId) throws Exception {
            List<Long> numbers = new ArrayList<>();
            Matcher matcher = NUMBER.matcher(path);
            while (matcher.find()) {
                numbers.add(Long.parseLong(matcher.group()));
            }
            long rows = 0;
            try (Connection connection = dataSource.getConnection()) {
                for (String sql : statements) {
                    try (PreparedStatement statement = connection.prepareStatement(sql)) {
                        int parameters = (int) sql.chars().filter(c -> c == '?').count();
                        for (int i = 0; i < parameters; i++) {
                            statement.setLong(i + 1, numbers.get(i));
                        }
                        try (ResultSet result = statement.executeQuery()) {
                            rows = 0;
                            while (result.next()) {
                                rows++;
                            }
                        }
                    }
                }
            }
            return rows;
        }
    }
}
