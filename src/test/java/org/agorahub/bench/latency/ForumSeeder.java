package org.agorahub.bench.latency;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.agorahub.forum.ForumApi;
import org.agorahub.forum.NewBoard;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.Visibility;
import org.postgresql.PGConnection;

/**
 * Puts generated forum threads and posts straight into the forum tables with {@code COPY}, beside the demo data:
 * posting 200,000 replies through the application would take an hour and measure the write path, not the pages.
 * The boards are created through {@link ForumApi} like any board; their threads then bypass the application (so
 * they are not in the search index, which the forum benchmark does not use).
 *
 * <p>Twenty boards: fourteen organisation-wide, four of departments (two of the member sign-in's own), two
 * restricted (the member named in one). One thread in twenty has exactly 50 replies (the "long thread" the
 * benchmark opens); the others have 0 to 13, so that the totals come out exactly. Half the questions with replies
 * have an accepted answer; each thread has one or two tags. Post bodies are Markdown of 200 to 1,000 characters,
 * some with lists, quotes and links, from the same generated vocabulary as the search benchmark.
 */
final class ForumSeeder {

    static final int BOARDS = 20;
    static final int LONG_THREAD_REPLIES = 50;
    static final int LONG_THREAD_EVERY = 20;
    private static final int MAX_SHORT_REPLIES = 13;
    private static final int DISTINCT_BODIES = 4_000;
    private static final String[] TAGS = {
        "procurement", "hr", "foi", "data-protection", "finance", "digital", "policy", "legal", "estates", "training"
    };
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssx", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** The tags the threads carry. */
    static List<String> tags() {
        return List.of(TAGS);
    }

    /** What was seeded: the boards, the ids of the long threads the member may see, and how long it took. */
    record Seeded(
            List<Long> boards,
            List<Long> visibleBoards,
            List<Long> longThreads,
            List<Long> shortThreads,
            int threads,
            int posts,
            long nanos) {}

    private final SyntheticCorpus corpus;
    private final DataSource dataSource;
    private final int days;

    ForumSeeder(SyntheticCorpus corpus, DataSource dataSource) {
        this(corpus, dataSource, 730);
    }

    /** Threads spread over the last {@code days} days. */
    ForumSeeder(SyntheticCorpus corpus, DataSource dataSource, int days) {
        this.corpus = corpus;
        this.dataSource = dataSource;
        this.days = days;
    }

    Seeded seed(ForumApi forum, CurrentUser admin, CurrentUser member, Long otherDepartment, int threads, int posts)
            throws SQLException {
        long started = System.nanoTime();
        List<Long> boards = new ArrayList<>();
        List<Long> visible = new ArrayList<>();
        for (int b = 0; b < BOARDS; b++) {
            Visibility visibility =
                    b < 14 ? Visibility.ORGANISATION : b < 18 ? Visibility.DEPARTMENT : Visibility.RESTRICTED;
            Long department =
                    visibility != Visibility.DEPARTMENT ? null : b < 16 ? member.departmentId() : otherDepartment;
            Set<Long> members = b == 18 ? Set.of(member.id()) : Set.of();
            long id = forum.createBoard(
                    admin,
                    new NewBoard(
                            "Bench board " + (b + 1),
                            "Generated threads for the forum benchmark.",
                            department,
                            visibility,
                            members,
                            Set.of()));
            boards.add(id);
            if (b < 16 || b == 18) {
                visible.add(id);
            }
        }
        int[] replies = replyCounts(threads, posts);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            List<Long> people = BenchSupport.longs(dataSource, "select id from person where active order by id");
            PGConnection pg = connection.unwrap(PGConnection.class);
            Instant now = Instant.now();
            List<String> bodies = bodies();

            try (CopyWriter out = new CopyWriter(pg.getCopyAPI()
                    .copyIn("copy forum_thread (board_id, kind, title, author_id, created_at, last_activity_at,"
                            + " reply_count) from stdin"))) {
                for (int t = 0; t < threads; t++) {
                    Random random = new Random(SyntheticCorpus.mix(SyntheticCorpus.SEED + 17L * t));
                    Instant created = created(t, threads, now);
                    out.row(
                            boards.get(t % BOARDS),
                            t % 3 == 0 ? "DISCUSSION" : "QUESTION",
                            title(random, t),
                            people.get(random.nextInt(people.size())),
                            TIMESTAMP.format(created),
                            TIMESTAMP.format(created.plus(Duration.ofMinutes(37L * replies[t]))),
                            replies[t]);
                }
            }
            List<Long> threadIds = BenchSupport.longs(
                    dataSource,
                    "select id from forum_thread where board_id between ? and ? order by id",
                    boards.get(0),
                    boards.get(BOARDS - 1));
            if (threadIds.size() != threads) {
                throw new IllegalStateException("expected " + threads + " new threads, found " + threadIds.size());
            }

            StringBuilder tags = new StringBuilder();
            try (CopyWriter out = new CopyWriter(pg.getCopyAPI()
                    .copyIn("copy forum_post (thread_id, author_id, opening, body, created_at, score) from stdin"))) {
                for (int t = 0; t < threads; t++) {
                    Random random = new Random(SyntheticCorpus.mix(SyntheticCorpus.SEED + 29L * t));
                    Instant created = created(t, threads, now);
                    long thread = threadIds.get(t);
                    for (int p = 0; p <= replies[t]; p++) {
                        out.row(
                                thread,
                                people.get(random.nextInt(people.size())),
                                p == 0 ? "t" : "f",
                                bodies.get(random.nextInt(bodies.size())),
                                TIMESTAMP.format(created.plus(Duration.ofMinutes(37L * p))),
                                random.nextInt(9) - 2);
                    }
                    tags.append(thread)
                            .append('\t')
                            .append(TAGS[t % TAGS.length])
                            .append('\n');
                    if (t % 2 == 0) {
                        tags.append(thread)
                                .append('\t')
                                .append(TAGS[(t + 1 + (t / 2) % (TAGS.length - 1)) % TAGS.length])
                                .append('\n');
                    }
                }
            }
            try (CopyWriter out =
                    new CopyWriter(pg.getCopyAPI().copyIn("copy forum_thread_tag (thread_id, tag) from stdin"))) {
                for (String row : tags.toString().split("\n")) {
                    String[] parts = row.split("\t");
                    out.row(Long.parseLong(parts[0]), parts[1]);
                }
            }
            try (Statement statement = connection.createStatement()) {
                // response times and accepted answers, as the application keeps them
                statement.execute("""
                        update forum_thread t set first_reply_at = r.first
                        from (select p.thread_id, min(p.created_at) as first from forum_post p
                              join forum_thread th on th.id = p.thread_id
                              where not p.opening and p.author_id <> th.author_id group by p.thread_id) r
                        where t.id = r.thread_id and t.board_id between %d and %d
                        """.formatted(boards.get(0), boards.get(BOARDS - 1)));
                statement.execute("""
                        update forum_thread t set accepted_post_id = a.post, accepted_at = a.at + interval '1 day'
                        from (select distinct on (thread_id) thread_id, id as post, created_at as at from forum_post
                              where not opening order by thread_id, score desc, id) a
                        where t.id = a.thread_id and t.kind = 'QUESTION' and t.id %% 2 = 0
                          and t.board_id between %d and %d
                        """.formatted(boards.get(0), boards.get(BOARDS - 1)));
                statement.execute("analyze forum_thread");
                statement.execute("analyze forum_post");
                statement.execute("analyze forum_thread_tag");
            }
            List<Long> longThreads = new ArrayList<>();
            List<Long> shortThreads = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                if (!visible.contains(boards.get(t % BOARDS))) {
                    continue;
                }
                if (replies[t] == LONG_THREAD_REPLIES) {
                    longThreads.add(threadIds.get(t));
                } else if (replies[t] <= 3) {
                    shortThreads.add(threadIds.get(t));
                }
            }
            return new Seeded(boards, visible, longThreads, shortThreads, threads, posts, System.nanoTime() - started);
        }
    }

    /**
     * Replies per thread: every {@link #LONG_THREAD_EVERY}th thread has {@link #LONG_THREAD_REPLIES}, the others 0
     * to {@link #MAX_SHORT_REPLIES}, adjusted one by one until openings and replies add up to {@code posts}.
     */
    static int[] replyCounts(int threads, int posts) {
        int[] replies = new int[threads];
        Random random = new Random(SyntheticCorpus.SEED);
        long total = 0;
        for (int t = 0; t < threads; t++) {
            replies[t] = t % LONG_THREAD_EVERY == 0 ? LONG_THREAD_REPLIES : random.nextInt(MAX_SHORT_REPLIES + 1);
            total += 1 + replies[t];
        }
        for (int t = 0; total != posts; t = (t + 1) % threads) {
            if (t % LONG_THREAD_EVERY == 0) {
                continue;
            }
            if (total < posts && replies[t] < MAX_SHORT_REPLIES) {
                replies[t]++;
                total++;
            } else if (total > posts && replies[t] > 0) {
                replies[t]--;
                total--;
            }
            if (t == threads - 1 && Math.abs(total - posts) > (long) threads * MAX_SHORT_REPLIES) {
                throw new IllegalArgumentException(posts + " posts do not fit in " + threads + " threads");
            }
        }
        return replies;
    }

    /** Threads spread over the last {@link #days} days (two years unless told), newest last. */
    private Instant created(int t, int threads, Instant now) {
        return now.minus(Duration.ofDays(days)).plusSeconds((long) (days * 86_400L * (t / (double) threads)));
    }

    private String title(Random random, int t) {
        String words = corpus.details(t, random.nextInt(SyntheticCorpus.TOPICS)).title();
        return (t % 3 == 0 ? "" : "How do I ") + words.toLowerCase(Locale.ROOT) + (t % 3 == 0 ? "" : "?");
    }

    /** Bodies of 200-1,000 characters cut from generated text at a sentence end, some with Markdown features. */
    private List<String> bodies() {
        List<String> bodies = new ArrayList<>(DISTINCT_BODIES);
        for (int i = 0; i < DISTINCT_BODIES; i++) {
            Random random = new Random(SyntheticCorpus.mix(SyntheticCorpus.SEED + 101L * i));
            String text = corpus.text(1_000_000L + i, random.nextInt(SyntheticCorpus.TOPICS));
            int length = 200 + random.nextInt(800);
            int end = text.indexOf(". ", Math.min(length, text.length() - 1));
            String body = end < 0 ? text : text.substring(0, end + 1);
            if (i % 5 == 0) {
                body += "\n\n* first check the guidance\n* then ask your line manager\n* keep a note of the answer";
            }
            if (i % 7 == 0) {
                body = "> " + body.substring(0, Math.min(120, body.length())) + "\n\n" + body;
            }
            if (i % 4 == 0) {
                body += "\n\nSee [the guidance](https://www.gov.uk/guidance) and **check the dates**.";
            }
            bodies.add(body);
        }
        return bodies;
    }
}
