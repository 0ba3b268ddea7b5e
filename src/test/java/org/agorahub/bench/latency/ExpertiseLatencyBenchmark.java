package org.agorahub.bench.latency;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.agorahub.demo.DemoAccounts;
import org.agorahub.expertise.domain.EvidenceService;
import org.agorahub.forum.ForumApi;
import org.agorahub.library.LibraryApi;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.PeopleApi;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Expertise at scale ({@code bench/expertise-latency.sh [people] [skills] [documents] [posts] [requests]}): starts
 * the application with its demo data on a throw-away embedded PostgreSQL, adds N people with their skills,
 * endorsements and a framework per department ({@link ExpertiseSeeder}), generated documents ({@link CorpusSeeder})
 * and forum posts ({@link ForumSeeder}) whose tags are the skills' names, then:
 *
 * <ul>
 *   <li>times recomputing every evidence score ({@code EvidenceService.recomputeAll}), beside the time to read its
 *       input alone (the library's and forum's contributions for every skill tag, through the same APIs);
 *   <li>measures "who knows about X?" ({@code /people/experts?q=} a random skill's name or alias) and the "My
 *       development" page of 16 different seeded people, with 1 and 16 concurrent clients, taking turns block by block
 *       with a page of the same application without data.
 * </ul>
 *
 * Prints Markdown tables; asserts nothing. Not a test: the build never runs it.
 */
public final class ExpertiseLatencyBenchmark {

    private static final int CLIENTS = 16;
    private static final int BLOCKS = 4;
    private static final Pattern EXPERT = Pattern.compile("href=\"/people/\\d+/ask");
    private static final Pattern GAP = Pattern.compile("<h2 class=\"h4\" id=\"gap-\\d+\"");

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int skills = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int documents = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        int posts = args.length > 3 ? Integer.parseInt(args[3]) : 200_000;
        int requests = args.length > 4 ? Integer.parseInt(args[4]) : 256;
        if (requests % (BLOCKS * CLIENTS) != 0) {
            throw new IllegalArgumentException("requests must be a multiple of " + BLOCKS * CLIENTS);
        }
        Path indexRoot = Files.createTempDirectory("agora-expertise-index");
        ServerTimer timer = new ServerTimer();
        ConfigurableApplicationContext context =
                BenchSupport.startApplication(timer, indexRoot, "--agora.expertise.evidence.cron=-");
        int exit = 0;
        try (Blocks blocks = new Blocks(CLIENTS)) {
            run(context, timer, blocks, people, skills, documents, posts, requests);
        } catch (Exception e) {
            e.printStackTrace();
            exit = 1;
        } finally {
            context.close();
            BenchSupport.deleteRecursively(indexRoot);
        }
        System.exit(exit);
    }

    private static void run(
            ConfigurableApplicationContext context,
            ServerTimer timer,
            Blocks blocks,
            int peopleCount,
            int skillCount,
            int documentCount,
            int postCount,
            int count)
            throws Exception {
        DataSource dataSource = context.getBean(DataSource.class);
        PeopleApi people = context.getBean(PeopleApi.class);
        LibraryApi libraries = context.getBean(LibraryApi.class);
        CurrentUser admin = BenchSupport.user(people, DemoAccounts.ADMIN);
        CurrentUser member = BenchSupport.user(people, DemoAccounts.MEMBER);
        BenchSupport.awaitDemoIndexing(dataSource);
        EvidenceService evidence = context.getBean(EvidenceService.class);
        SyntheticCorpus corpus = new SyntheticCorpus();

        // people and skills first, so documents and posts are spread over them
        ExpertiseSeeder.Seeded experts = new ExpertiseSeeder(corpus, dataSource)
                .seed(peopleCount, skillCount, ForumSeeder.tags(), DemoAccounts.MEMBER);
        long[] libraryIds = CorpusSeeder.createLibraries(libraries, people, admin, member);
        CorpusSeeder.Seeded corpusSeeded = new CorpusSeeder(corpus, dataSource).seed(documentCount, libraryIds);
        Long otherDepartment = BenchSupport.longs(
                        dataSource, "select id from department where id <> ? order by id", member.departmentId())
                .get(0);
        ForumSeeder.Seeded forum = new ForumSeeder(corpus, dataSource)
                .seed(context.getBean(ForumApi.class), admin, member, otherDepartment, postCount / 10, postCount);
        System.out.printf(
                Locale.ROOT,
                "Seeded %,d people with %,d skills (%,d declared, %,d endorsements) in %.1f s; %,d documents in %.1f s;"
                        + " %,d threads with %,d posts in %.1f s%n",
                peopleCount,
                experts.skills().size(),
                BenchSupport.longs(dataSource, "select count(*) from person_skill")
                        .get(0),
                BenchSupport.longs(dataSource, "select count(*) from skill_endorsement")
                        .get(0),
                experts.nanos() / 1e9,
                corpusSeeded.documents(),
                corpusSeeded.nanos() / 1e9,
                forum.threads(),
                forum.posts(),
                forum.nanos() / 1e9);

        // 1. recomputing every evidence score, beside reading its input alone
        long recomputing = System.nanoTime();
        int scores = evidence.recomputeAll();
        long recomputeNanos = System.nanoTime() - recomputing;
        List<String> allTags = BenchSupport.strings(dataSource, """
                select lower(name) from skill union select lower(alias) from skill_alias""");
        long reading = System.nanoTime();
        int documentRows = libraries.documentContributions(allTags, null).size();
        int answerRows = context.getBean(ForumApi.class)
                .answerContributions(allTags, 2, null)
                .size();
        long readNanos = System.nanoTime() - reading;
        System.out.printf(
                Locale.ROOT,
                "%nEvidence: recomputeAll wrote %,d scores in %.1f s; reading its input alone (%,d document and %,d"
                        + " answer rows for %,d skill names and aliases) took %.1f s%n",
                scores,
                recomputeNanos / 1e9,
                documentRows,
                answerRows,
                allTags.size(),
                readNanos / 1e9);
        System.out.printf(
                Locale.ROOT,
                "%,d people have evidence for %,d skills (%,d items)%n",
                BenchSupport.longs(dataSource, "select count(distinct person_id) from skill_evidence")
                        .get(0),
                BenchSupport.longs(dataSource, "select count(distinct skill_id) from skill_evidence")
                        .get(0),
                BenchSupport.longs(dataSource, "select count(*) from skill_evidence_item")
                        .get(0));

        // 2. pages
        URI base = URI.create("http://localhost:" + context.getEnvironment().getProperty("local.server.port"));
        AppPage finder = new AppPage("Who knows about X? (/people/experts?q=)", base, timer, q -> q, EXPERT);
        finder.signIn(experts.emails().subList(0, CLIENTS), DemoAccounts.PASSWORD_DEFAULT);
        AppPage development = new AppPage("My development (/development)", base, timer, q -> q, GAP);
        development.useSessionsOf(finder);
        AppPage chrome = new AppPage("Baseline: page without data (/search, no query)", base, timer, false);
        chrome.useSessionsOf(finder);

        Random random = new Random(42);
        List<List<String>> finderPaths = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            List<String> paths = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String q = random.nextInt(4) == 0
                        ? experts.aliases().get(random.nextInt(experts.aliases().size()))
                        : experts.skills().get(random.nextInt(experts.skills().size()));
                paths.add("/people/experts?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            }
            finderPaths.add(paths);
        }
        List<String> developmentPaths = java.util.Collections.nCopies(count, "/development");
        List<SearchSystem> systems = List.of(finder, development, chrome);
        Map<SearchSystem, List<List<String>>> pathsOf = Map.of(
                finder, finderPaths,
                development, List.of(developmentPaths, developmentPaths),
                chrome, List.of(developmentPaths, developmentPaths));
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Blocks.Measured measured = blocks.measure(
                systems,
                system -> pathsOf.get(system).get(0),
                system -> pathsOf.get(system).get(1),
                BLOCKS,
                1,
                CLIENTS);
        System.out.printf(
                Locale.ROOT,
                "%nExpertise pages: %,d people, %,d skills, %,d documents, %,d posts + the demo's; each client signed in"
                        + " as a different seeded person; %d requests per system and concurrency; %d CPUs; load"
                        + " average %.1f before, %.1f after%n%n",
                peopleCount,
                experts.skills().size(),
                documentCount,
                postCount,
                count,
                Runtime.getRuntime().availableProcessors(),
                loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Blocks.printPages(systems, measured, chrome, 1, CLIENTS);
    }
}
