package org.agorahub.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.agorahub.demo.DemoTopics.Faq;
import org.agorahub.demo.DemoTopics.Topic;
import org.agorahub.forum.ForumApi;
import org.agorahub.forum.NewBoard;
import org.agorahub.forum.NewThread;
import org.agorahub.forum.ThreadKind;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Visibility;
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
 * Fills the demo organisation's forums: a board per department for most departments, four organisation-wide help
 * boards ("Ask HR", "Procurement help", …) answered mostly by the department that owns the subject, and one
 * restricted board of named members, with a few hundred questions and discussions written from {@link DemoTopics}.
 * Everything is posted through {@link ForumApi} as the people concerned, under the same rules as the pages: a
 * department board only hears from its department, an answer is accepted by its asker.
 *
 * <p>The forum stamps every post "now"; the response-time dashboards need months of believable history, so after
 * posting, one transaction moves the posts and threads back to the times planned for them (see {@link #backdate}).
 *
 * <p>Runs after the people and libraries seeders, and only when there are no boards at all and the demo people
 * exist. Each post is its own transaction; a start stopped half-way keeps what was made and, finding boards, adds
 * nothing on the next start.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("agora.demo-data.enabled")
class DemoForumsSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoForumsSeeder.class);

    /** Same seed, same threads (times are relative to the moment of seeding). */
    static final long SEED = 20_261_124L;

    /** How far back the oldest threads go. */
    static final int HISTORY_DAYS = 200;

    private static final ZoneId OFFICE = ZoneId.of("Europe/London");

    /**
     * A board.
     *
     * @param department the owning department, or null for a community
     * @param creator the person who creates (and so moderates) it
     * @param experts the departments whose people answer most questions (nobody in particular when empty)
     * @param members the named members of a restricted board
     */
    record DemoBoard(
            String name,
            String description,
            String department,
            Visibility visibility,
            String creator,
            List<Topic> topics,
            List<String> experts,
            List<String> members,
            int threads) {}

    static final List<DemoBoard> BOARDS = List.of(
            new DemoBoard(
                    "Digital Services team",
                    "For the digital teams: service assessments, accessibility fixes, incidents and how we work.",
                    DemoDataSeeder.DIGITAL,
                    Visibility.DEPARTMENT,
                    "Daniel Mensah",
                    List.of(DemoTopics.SERVICE, DemoTopics.ACCESSIBILITY, DemoTopics.INCIDENTS),
                    List.of(),
                    List.of(),
                    22),
            new DemoBoard(
                    "Data and Analytics team",
                    "Data quality, statistics and analysis questions within the unit.",
                    DemoDataSeeder.DATA,
                    Visibility.DEPARTMENT,
                    "Rajesh Patel",
                    List.of(DemoTopics.DATA_QUALITY, DemoTopics.DATA_PROTECTION, DemoTopics.POLICY_MAKING),
                    List.of(),
                    List.of(),
                    22),
            new DemoBoard(
                    "Policy and Strategy team",
                    "Submissions, evaluation, consultations and stakeholder work: ask the team.",
                    DemoDataSeeder.POLICY,
                    Visibility.DEPARTMENT,
                    "Gareth Llewellyn",
                    List.of(DemoTopics.POLICY_MAKING, DemoTopics.STAKEHOLDERS, DemoTopics.RECORDS),
                    List.of(),
                    List.of(),
                    24),
            new DemoBoard(
                    "Finance and Procurement team",
                    "Budget monitoring, month-end and contract management within the team.",
                    DemoDataSeeder.FINANCE,
                    Visibility.DEPARTMENT,
                    "Margaret O'Neill",
                    List.of(DemoTopics.BUDGET, DemoTopics.PROCUREMENT),
                    List.of(),
                    List.of(),
                    20),
            new DemoBoard(
                    "Information rights casework",
                    "The Legal and Information Rights team's own casework questions: FOI, subject access and records.",
                    DemoDataSeeder.LEGAL,
                    Visibility.DEPARTMENT,
                    "Marcus Thompson",
                    List.of(DemoTopics.FOI, DemoTopics.DATA_PROTECTION, DemoTopics.RECORDS),
                    List.of(),
                    List.of(),
                    20),
            new DemoBoard(
                    "Ask HR",
                    "Questions about hybrid working, onboarding, probation and learning, answered by Human Resources.",
                    DemoDataSeeder.HR,
                    Visibility.ORGANISATION,
                    "Grace Ogunleye",
                    List.of(DemoTopics.HYBRID, DemoTopics.ONBOARDING),
                    List.of(DemoDataSeeder.HR),
                    List.of(),
                    42),
            new DemoBoard(
                    "Digital and data",
                    "A community for everyone using digital services and data: accessibility, the Service Standard, "
                            + "data quality and publishing what we do.",
                    null,
                    Visibility.ORGANISATION,
                    "Amira Okafor",
                    List.of(DemoTopics.SERVICE, DemoTopics.ACCESSIBILITY, DemoTopics.DATA_QUALITY, DemoTopics.COMMS),
                    List.of(DemoDataSeeder.DIGITAL, DemoDataSeeder.DATA, DemoDataSeeder.COMMS),
                    List.of(),
                    40),
            new DemoBoard(
                    "Procurement help",
                    "Buying something? Ask about routes, frameworks, quotes and contracts before you start.",
                    DemoDataSeeder.FINANCE,
                    Visibility.ORGANISATION,
                    "Margaret O'Neill",
                    List.of(DemoTopics.PROCUREMENT, DemoTopics.BUDGET),
                    List.of(DemoDataSeeder.FINANCE),
                    List.of(),
                    36),
            new DemoBoard(
                    "Information governance (FOI, records)",
                    "Freedom of Information, data protection, DPIAs and records management: ask the information "
                            + "rights team.",
                    DemoDataSeeder.LEGAL,
                    Visibility.ORGANISATION,
                    "Marcus Thompson",
                    List.of(DemoTopics.FOI, DemoTopics.RECORDS, DemoTopics.DATA_PROTECTION),
                    List.of(DemoDataSeeder.LEGAL),
                    List.of(),
                    42),
            // The lead sign-in is a member; the member sign-in is not, so the demo shows a board it cannot see.
            new DemoBoard(
                    "Heads of department",
                    "For heads of department only: budgets, workforce planning and the estates programme.",
                    null,
                    Visibility.RESTRICTED,
                    "Amira Okafor",
                    List.of(DemoTopics.BUDGET, DemoTopics.HYBRID, DemoTopics.STAKEHOLDERS),
                    List.of(),
                    List.of(
                            "Daniel Mensah",
                            "Rajesh Patel",
                            "Margaret O'Neill",
                            "Gareth Llewellyn",
                            "Siobhan Gallagher",
                            "Nadia Begum",
                            "Catherine Lloyd"),
                    16));

    static final String RESTRICTED_BOARD = "Heads of department";

    private final PeopleApi people;
    private final ForumApi forums;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    DemoForumsSeeder(PeopleApi people, ForumApi forums, JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.people = people;
        this.forums = forums;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (forums.countBoards() > 0) {
            log.info("Demo data is enabled but the database already has boards: no demo forums seeded");
            return;
        }
        Map<String, PersonSummary> byName = DemoDataSeeder.demoPeople(people).orElse(null);
        if (byName == null) {
            log.info("Demo data is enabled but the demo people are not all there: no demo forums seeded");
            return;
        }
        long started = System.nanoTime();
        Seeding seeding = new Seeding(byName, Instant.now());
        seeding.seed();
        backdate(seeding.plans);
        forums.reindexAllThreads(); // the backdating went round the forum, so its search entries follow here
        tidyNotificationsWhenDelivered();
        Tally tally = seeding.tally;
        log.info(
                "Seeded demo forums in {} s: {} boards, {} threads, {} replies ({} questions, {} with an accepted "
                        + "answer, {} unanswered)",
                String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9),
                tally.boards,
                tally.threads,
                tally.replies,
                tally.questions,
                tally.accepted,
                tally.unanswered);
    }

    /**
     * The forum tells watchers of every seeded post after its commit, in the background, all stamped "now". Once
     * those deliveries are done (no incomplete event publication left), they move to the time of what they tell of,
     * and all but each person's three latest are marked read: a demo account starts with a few unread
     * notifications, not dozens. Runs on its own thread so that start-up does not wait for it.
     */
    private void tidyNotificationsWhenDelivered() {
        Thread tidy = new Thread(
                () -> {
                    try {
                        long deadline = System.nanoTime() + NOTIFICATION_WAIT.toNanos();
                        int quiet = 0;
                        while (quiet < 2 && System.nanoTime() < deadline) {
                            Thread.sleep(500);
                            Long pending = jdbc.queryForObject(
                                    "select count(*) from event_publication where completion_date is null", Long.class);
                            quiet = pending != null && pending == 0 ? quiet + 1 : 0;
                        }
                        int moved = jdbc.update("""
                                update notification n set created_at = p.created_at
                                from forum_post p where n.source = 'forum.post:' || p.id
                                """) + jdbc.update("""
                                update notification n set created_at = t.accepted_at
                                from forum_thread t
                                where n.source like 'forum.accepted:%'
                                  and t.accepted_post_id = cast(split_part(n.source, ':', 2) as bigint)
                                """);
                        int read = jdbc.update("""
                                update notification set read_at = created_at
                                where read_at is null and id not in (
                                    select id from (select id, row_number() over (
                                        partition by recipient_id order by created_at desc, id desc) as latest
                                        from notification) ranked
                                    where latest <= 3)
                                """);
                        log.info(
                                "Demo notifications dated as what they tell of ({}) and all but three each read ({})",
                                moved,
                                read);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (RuntimeException e) {
                        log.warn("Could not tidy the demo notifications: {}", e.getMessage());
                    }
                },
                "demo-notifications");
        tidy.setDaemon(true);
        tidy.start();
    }

    private static final java.time.Duration NOTIFICATION_WAIT = java.time.Duration.ofMinutes(5);

    /**
     * Moves every seeded post and thread to its planned time, in one transaction, so that the forum reads as months
     * of activity: threads started on working days over the last {@value #HISTORY_DAYS} days, first answers within
     * minutes for some and weeks for others. The thread's derived times follow its posts, as the forum itself
     * would have set them: {@code last_activity_at} is its latest post, {@code first_reply_at} the first reply by
     * someone other than the author, {@code accepted_at} a while after the accepted reply was posted. Boards are
     * dated a little before their first thread.
     */
    private void backdate(List<ThreadPlan> plans) {
        List<Object[]> openings = new ArrayList<>();
        List<Object[]> replies = new ArrayList<>();
        List<Object[]> threads = new ArrayList<>();
        for (ThreadPlan plan : plans) {
            openings.add(new Object[] {at(plan.startedAt), plan.threadId});
            Instant firstReply = null;
            Instant last = plan.startedAt;
            for (ReplyPlan reply : plan.replies) {
                replies.add(new Object[] {at(reply.at), reply.postId});
                if (firstReply == null && reply.authorId != plan.authorId) {
                    firstReply = reply.at;
                }
                last = reply.at;
            }
            threads.add(
                    new Object[] {at(plan.startedAt), at(last), at(firstReply), at(plan.acceptedAt), plan.threadId});
        }
        transactions.executeWithoutResult(status -> {
            jdbc.batchUpdate("update forum_post set created_at = ? where thread_id = ? and opening", openings);
            jdbc.batchUpdate("update forum_post set created_at = ? where id = ?", replies);
            jdbc.batchUpdate(
                    "update forum_thread set created_at = ?, last_activity_at = ?, first_reply_at = ?, "
                            + "accepted_at = ? where id = ?",
                    threads);
            jdbc.update("""
                    update forum_board b set created_at = t.first - interval '14 days',
                                             updated_at = t.first - interval '14 days'
                    from (select board_id, min(created_at) as first from forum_thread group by board_id) t
                    where t.board_id = b.id""");
        });
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** A seeded thread with the times its posts are moved to. */
    private static final class ThreadPlan {
        long threadId;
        long authorId;
        Instant startedAt;
        final List<ReplyPlan> replies = new ArrayList<>();
        Instant acceptedAt;
    }

    private record ReplyPlan(long postId, long authorId, Instant at) {}

    private static final class Tally {
        int boards;
        int threads;
        int replies;
        int questions;
        int accepted;
        int unanswered;
    }

    /** One run of seeding, with its random choices and its counts. */
    private final class Seeding {

        private final Map<String, PersonSummary> byName;
        private final Instant now;
        private final Random random = new Random(SEED);
        private final Set<String> titles = new HashSet<>();
        private final List<ThreadPlan> plans = new ArrayList<>();
        private final Tally tally = new Tally();
        private Map<String, Long> departments;

        Seeding(Map<String, PersonSummary> byName, Instant now) {
            this.byName = byName;
            this.now = now;
        }

        void seed() {
            departments = new HashMap<>();
            for (DepartmentSummary department : people.departments()) {
                departments.put(department.name(), department.id());
            }
            for (DemoBoard board : BOARDS) {
                PersonSummary creator = byName.get(board.creator());
                Set<Long> members = new LinkedHashSet<>();
                board.members().forEach(name -> members.add(byName.get(name).id()));
                Long departmentId = board.department() == null ? null : departments.get(board.department());
                long boardId = forums.createBoard(
                        user(creator),
                        new NewBoard(
                                board.name(),
                                board.description(),
                                departmentId,
                                board.visibility(),
                                members,
                                Set.of()));
                tally.boards++;
                List<PersonSummary> everyone = participants(board, creator);
                List<PersonSummary> experts = board.experts().isEmpty()
                        ? everyone
                        : everyone.stream()
                                .filter(p -> board.experts().stream()
                                        .anyMatch(d -> departments.get(d).equals(p.departmentId())))
                                .toList();
                for (int i = 0; i < board.threads(); i++) {
                    Topic topic = DemoTopics.pick(random, board.topics());
                    if (random.nextInt(100) < 65) {
                        question(boardId, topic, everyone, experts);
                    } else {
                        discussion(boardId, topic, everyone);
                    }
                }
            }
        }

        /** Who may post on the board: its department, its named members, or everybody. */
        private List<PersonSummary> participants(DemoBoard board, PersonSummary creator) {
            List<PersonSummary> all = sorted(byName.values());
            return switch (board.visibility()) {
                case DEPARTMENT -> {
                    long departmentId = departments.get(board.department());
                    yield all.stream()
                            .filter(p -> p.departmentId() == departmentId)
                            .toList();
                }
                case RESTRICTED -> {
                    List<PersonSummary> members = new ArrayList<>(List.of(creator));
                    board.members().forEach(name -> members.add(byName.get(name)));
                    yield members;
                }
                case ORGANISATION -> all;
            };
        }

        /**
         * A question by someone (on a help board, mostly from outside the department that answers it). About one in
         * five waits unanswered; the rest get one to six replies, the first from an expert, and a little over half
         * of those have that answer accepted by the asker.
         */
        private void question(long boardId, Topic topic, List<PersonSummary> everyone, List<PersonSummary> experts) {
            PersonSummary asker = askerFor(everyone, experts);
            Question question = questionText(topic);
            ThreadPlan plan = start(boardId, asker, ThreadKind.QUESTION, question.title(), question.body(), topic);
            tally.questions++;
            if (random.nextInt(100) < 22) {
                tally.unanswered++;
                return;
            }
            int replies = random.nextInt(100) < 40 ? 1 : 2 + random.nextInt(5);
            PersonSummary answerer = other(experts, asker, everyone);
            // later replies quote the answer, the post worth quoting
            String previous = answerText(topic, question);
            long answerId = reply(plan, answerer, previous, firstAnswerDelay());
            for (int i = 1; i < replies; i++) {
                boolean thanks = i == replies - 1 && random.nextInt(3) == 0;
                PersonSummary author =
                        thanks ? asker : other(random.nextInt(3) == 0 ? everyone : experts, asker, everyone);
                String text = thanks ? thanks(answerer) : followUp(topic, previous, author);
                reply(plan, author, text, laterDelay());
            }
            if (random.nextInt(100) < 55) {
                forums.acceptAnswer(user(asker), answerId);
                Instant accepted = plan.replies.get(0).at().plus(Duration.ofMinutes(10 + random.nextInt(60 * 48)));
                Instant latest = now.minus(Duration.ofMinutes(1));
                plan.acceptedAt = accepted.isAfter(latest) ? latest : accepted;
                tally.accepted++;
            }
        }

        /** A discussion started by anyone on the board, mostly with a few replies, some quoting its opening post. */
        private void discussion(long boardId, Topic topic, List<PersonSummary> everyone) {
            PersonSummary author = DemoTopics.pick(random, everyone);
            String title = unique(() -> discussionTitle(topic));
            String body = discussionBody(topic);
            ThreadPlan plan = start(boardId, author, ThreadKind.DISCUSSION, title, body, topic);
            int replies = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(7);
            for (int i = 0; i < replies; i++) {
                PersonSummary replier = other(everyone, i == 0 ? author : null, everyone);
                String text = i == 0 ? opinion(topic) : followUp(topic, body, replier);
                reply(plan, replier, text, i == 0 ? firstAnswerDelay() : laterDelay());
            }
        }

        private ThreadPlan start(
                long boardId, PersonSummary author, ThreadKind kind, String title, String body, Topic topic) {
            long threadId = forums.startThread(user(author), boardId, new NewThread(kind, title, body, tags(topic)));
            ThreadPlan plan = new ThreadPlan();
            plan.threadId = threadId;
            plan.authorId = author.id();
            plan.startedAt = startTime();
            plans.add(plan);
            tally.threads++;
            return plan;
        }

        /** A reply {@code after} the thread's latest post (in the planned history). */
        private long reply(ThreadPlan plan, PersonSummary author, String text, Duration after) {
            Instant at = (plan.replies.isEmpty()
                            ? plan.startedAt
                            : plan.replies.get(plan.replies.size() - 1).at())
                    .plus(after);
            long postId = forums.reply(user(author), plan.threadId, text);
            plan.replies.add(new ReplyPlan(postId, author.id(), at));
            tally.replies++;
            // A thread started late in the history may not run past today: its replies bunch up towards now.
            if (at.isAfter(now.minus(Duration.ofMinutes(5)))) {
                shiftBack(plan);
            }
            return postId;
        }

        /**
         * Moves a thread whose planned replies run past now back, keeping the gaps between its posts, so that its
         * latest reply lands some time in the last three days (not all such threads at the same minute).
         */
        private void shiftBack(ThreadPlan plan) {
            Instant last = plan.replies.get(plan.replies.size() - 1).at();
            Instant landing = now.minus(Duration.ofMinutes(5 + random.nextInt(60 * 72)));
            Duration by = Duration.between(landing, last);
            plan.startedAt = plan.startedAt.minus(by);
            plan.replies.replaceAll(r -> new ReplyPlan(r.postId(), r.authorId(), r.at().minus(by)));
        }

        /** Within office hours on a working day, more often recently than long ago. */
        private Instant startTime() {
            int daysAgo = 1 + (int) (HISTORY_DAYS * Math.pow(random.nextDouble(), 1.4));
            LocalDate day = LocalDate.ofInstant(now, OFFICE).minusDays(daysAgo);
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
                day = day.minusDays(1);
            } else if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.minusDays(2);
            }
            LocalTime time = LocalTime.of(8, 30).plusMinutes(random.nextInt(9 * 60));
            return day.atTime(time).atZone(OFFICE).toInstant();
        }

        /** Minutes for most, days for some, weeks for a few: what the response-time dashboards measure. */
        private Duration firstAnswerDelay() {
            int bucket = random.nextInt(100);
            if (bucket < 40) {
                return Duration.ofMinutes(5 + random.nextInt(4 * 60));
            }
            if (bucket < 65) {
                return Duration.ofMinutes(4 * 60 + random.nextInt(20 * 60));
            }
            if (bucket < 90) {
                return Duration.ofHours(24 + random.nextInt(6 * 24));
            }
            return Duration.ofHours(7 * 24 + random.nextInt(14 * 24));
        }

        private Duration laterDelay() {
            return random.nextBoolean()
                    ? Duration.ofMinutes(10 + random.nextInt(6 * 60))
                    : Duration.ofMinutes(6 * 60 + random.nextInt(3 * 24 * 60));
        }

        private PersonSummary askerFor(List<PersonSummary> everyone, List<PersonSummary> experts) {
            if (experts.size() < everyone.size() && random.nextInt(100) < 85) {
                List<PersonSummary> outside =
                        everyone.stream().filter(p -> !experts.contains(p)).toList();
                return DemoTopics.pick(random, outside);
            }
            return DemoTopics.pick(random, everyone);
        }

        /** Someone from the list other than {@code not}, or from everyone when the list has nobody else. */
        private PersonSummary other(List<PersonSummary> from, PersonSummary not, List<PersonSummary> everyone) {
            List<PersonSummary> candidates =
                    from.stream().filter(p -> not == null || !p.equals(not)).toList();
            if (candidates.isEmpty()) {
                candidates = everyone.stream()
                        .filter(p -> not == null || !p.equals(not))
                        .toList();
            }
            return DemoTopics.pick(random, candidates);
        }

        private Set<String> tags(Topic topic) {
            List<String> shuffled = new ArrayList<>(topic.tags());
            Collections.shuffle(shuffled, random);
            return new LinkedHashSet<>(shuffled.subList(0, 1 + random.nextInt(Math.min(3, shuffled.size()))));
        }

        private String unique(Supplier<String> title) {
            String candidate = title.get();
            for (int attempt = 0; attempt < 8 && titles.contains(candidate); attempt++) {
                candidate = title.get();
            }
            titles.add(candidate);
            return candidate;
        }

        // --- What people write ---------------------------------------------------------------------------------

        private Question questionText(Topic topic) {
            Faq faq = DemoTopics.pick(random, topic.faqs());
            String[] kind = {""};
            String title = unique(() -> {
                int choice = random.nextInt(7);
                kind[0] = choice == 0 ? "faq" : "other";
                return switch (choice) {
                    case 0 -> faq.question();
                    case 1, 2 -> "How do I " + DemoTopics.pick(random, topic.tasks()) + "?";
                    case 3 -> "Where do I find the current " + DemoTopics.pick(random, topic.templates()) + "?";
                    case 4 -> "Who should I talk to about " + DemoTopics.pick(random, topic.aspects()) + "?";
                    case 5 ->
                        "Is there guidance on " + DemoTopics.pick(random, topic.aspects()) + " for "
                                + DemoTopics.pick(random, DemoTopics.AUDIENCES) + "?";
                    default -> "Who keeps the " + topic.table().name() + " up to date?";
                };
            });
            StringBuilder body = new StringBuilder();
            body.append(DemoTopics.pick(random, OPENERS)).append("\n\n");
            if (random.nextBoolean()) {
                body.append("What I've found so far:\n\n");
                for (String fact : distinct(topic.facts(), 2)) {
                    body.append("- ").append(fact).append('\n');
                }
                body.append('\n');
            } else {
                body.append("The bit I'm unsure about is ")
                        .append(DemoTopics.pick(random, topic.aspects()))
                        .append(", and whether **")
                        .append(topic.owner())
                        .append("** needs to sign anything off.\n\n");
            }
            body.append(DemoTopics.pick(random, CLOSERS));
            return new Question(title, body.toString(), kind[0].equals("faq") ? faq : null);
        }

        record Question(String title, String body, Faq faq) {}

        private String answerText(Topic topic, Question question) {
            StringBuilder answer = new StringBuilder();
            if (question.faq() != null) {
                answer.append(question.faq().answer()).append("\n\n");
                answer.append(DemoTopics.pick(random, topic.facts())).append("\n\n");
            } else {
                answer.append(DemoTopics.pick(random, ANSWER_OPENERS)).append("\n\n");
                List<String> steps = distinct(topic.steps(), 3 + random.nextInt(2));
                for (int i = 0; i < steps.size(); i++) {
                    answer.append(i + 1).append(". ").append(steps.get(i)).append('\n');
                }
                answer.append('\n');
            }
            answer.append(
                    switch (random.nextInt(4)) {
                        case 0 -> "Check the " + topic.table().name() + " first.";
                        case 1 -> "If it gets complicated, " + topic.owner() + " is happy to help.";
                        case 2 ->
                            "You can copy the " + DemoTopics.pick(random, topic.templates()) + " from the library.";
                        default -> "Happy to talk it through if it helps.";
                    });
            return answer.toString();
        }

        /** A later reply; some quote one point of {@code quotable} (a list item where it has any). */
        private String followUp(Topic topic, String quotable, PersonSummary author) {
            int choice = random.nextInt(5);
            if (choice <= 1) {
                List<String> points = quotable.lines()
                        .filter(l -> l.matches("^(- |\\d+\\. ).*"))
                        .toList();
                String line = points.isEmpty()
                        ? quotable.lines()
                                .filter(l -> !l.isBlank() && !l.endsWith(":"))
                                .findFirst()
                                .orElse(quotable)
                        : DemoTopics.pick(random, points).replaceFirst("^(- |\\d+\\. )", "");
                return "> " + line + "\n\n" + DemoTopics.pick(random, AGREEMENTS) + " "
                        + DemoTopics.pick(random, topic.facts());
            }
            if (choice == 2) {
                return "+1. We had exactly this in " + department(author) + " last quarter. What helped us: "
                        + DemoTopics.pick(random, topic.steps());
            }
            if (choice == 3) {
                return "Worth knowing:\n\n- " + String.join("\n- ", distinct(topic.facts(), 2));
            }
            return "Slightly different angle: for " + DemoTopics.pick(random, DemoTopics.AUDIENCES) + ", remember to "
                    + lowerFirst(DemoTopics.pick(random, topic.steps()));
        }

        private String opinion(Topic topic) {
            return DemoTopics.pick(random, OPINIONS) + "\n\n" + DemoTopics.pick(random, topic.facts());
        }

        private String thanks(PersonSummary answerer) {
            String first = answerer.displayName().split(" ")[0];
            return DemoTopics.pick(random, THANKS).replace("{name}", first);
        }

        private String discussionTitle(Topic topic) {
            String aspect = DemoTopics.pick(random, topic.aspects());
            return switch (random.nextInt(6)) {
                case 0 -> "Lessons learned: " + aspect;
                case 1 -> "How is your team handling " + aspect + "?";
                case 2 -> "Proposal: a shared checklist to " + DemoTopics.pick(random, topic.tasks());
                case 3 ->
                    "Notes from the last " + topic.meeting() + (topic.meeting().endsWith("Meeting") ? "" : " meeting");
                case 4 -> "Tips wanted: " + aspect;
                default -> "Should we change how we " + DemoTopics.pick(random, topic.tasks()) + "?";
            };
        }

        private String discussionBody(Topic topic) {
            StringBuilder body = new StringBuilder(DemoTopics.pick(random, DISCUSSION_OPENERS)).append("\n\n");
            for (String line : distinct(random.nextBoolean() ? topic.facts() : topic.steps(), 2 + random.nextInt(2))) {
                body.append("- ").append(line).append('\n');
            }
            body.append('\n').append(DemoTopics.pick(random, DISCUSSION_CLOSERS));
            return body.toString();
        }

        private String department(PersonSummary person) {
            return departments.entrySet().stream()
                    .filter(e -> e.getValue().equals(person.departmentId()))
                    .map(Map.Entry::getKey)
                    .map(name -> name.startsWith("Department") || name.endsWith("Unit") ? "the " + name : name)
                    .findFirst()
                    .orElse("our team");
        }

        private List<String> distinct(List<String> items, int count) {
            List<String> shuffled = new ArrayList<>(items);
            Collections.shuffle(shuffled, random);
            return shuffled.subList(0, Math.min(count, shuffled.size()));
        }
    }

    private static final List<String> OPENERS = List.of(
            "I'm picking this up for the first time and want to get it right.",
            "This has come up twice in our team this month and we got different answers each time.",
            "We're updating our team's local guidance and I'd like to check we're in line with everyone else.",
            "Asking on behalf of a new starter in the team.",
            "I've looked in the library but couldn't find a clear answer.",
            "Our deadline is the end of the week, so any pointers gratefully received.",
            "Probably a basic question, but I'd rather ask than guess.");

    private static final List<String> CLOSERS = List.of(
            "Have I missed anything?",
            "Is that still right, and who signs it off in practice?",
            "Any pointers welcome. Thanks in advance.",
            "If someone has done this recently I'd be grateful for a steer.",
            "Thanks - happy to take this offline if easier.");

    private static final List<String> ANSWER_OPENERS = List.of(
            "This is how we do it:",
            "Good question. The short version:",
            "We did this last month. The steps that worked for us:",
            "The guidance says, in order:");

    private static final List<String> AGREEMENTS = List.of(
            "Agreed, and one thing to add:",
            "This is what caught us out too.",
            "Yes - and it applies to contractors as well.",
            "Seconded. For completeness:",
            "Just to build on this:");

    private static final List<String> OPINIONS = List.of(
            "Thanks for starting this. From our side it has mostly worked well.",
            "Useful summary. The part we struggle with is keeping it up to date.",
            "We tried something similar last year; the main lesson was to agree it early.",
            "Strongly agree this needs looking at.",
            "Happy to share what we did, though it was a bit rough and ready.");

    private static final List<String> THANKS = List.of(
            "Thanks {name}, that's exactly what I needed.",
            "Brilliant, thank you {name} - I'll update our team notes.",
            "That makes sense, thanks {name}.",
            "Thank you, really helpful.");

    private static final List<String> DISCUSSION_OPENERS = List.of(
            "Starting a thread so we can pool what we know.",
            "A few of us were talking about this after the last team meeting, so writing it up here.",
            "Sharing what we have learned so far, and keen to hear how others do it.",
            "We are reviewing our approach this quarter. Where we are now:");

    private static final List<String> DISCUSSION_CLOSERS = List.of(
            "What's your experience? Anything we should add?",
            "Does this match what your team does?",
            "Comments welcome before we take it to the next board meeting.",
            "Keen to hear what has worked elsewhere.");

    private static String lowerFirst(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }

    private static List<PersonSummary> sorted(Iterable<PersonSummary> people) {
        List<PersonSummary> list = new ArrayList<>();
        people.forEach(list::add);
        list.sort((a, b) -> a.displayName().compareTo(b.displayName()));
        return list;
    }

    private static CurrentUser user(PersonSummary p) {
        return new CurrentUser(p.id(), p.email(), p.displayName(), p.departmentId(), p.roles());
    }
}
