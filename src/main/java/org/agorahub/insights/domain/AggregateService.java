package org.agorahub.insights.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.agorahub.forum.ForumApi;
import org.agorahub.forum.PostActivity;
import org.agorahub.forum.QuestionActivity;
import org.agorahub.library.DocumentActivity;
import org.agorahub.library.DocumentUse;
import org.agorahub.library.LibraryApi;
import org.agorahub.people.PeopleApi;
import org.agorahub.search.FailedSearchActivity;
import org.agorahub.search.SearchActivity;
import org.agorahub.search.SearchApi;
import org.agorahub.shared.OncePerCluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds the dashboards' daily aggregates from the library's, the forum's and search's own data, through their APIs:
 * counts per day, department and {@link Metric}, the contributors of each day, one row per question with its response
 * times, and documents opened across department lines. The whole rebuild is one transaction (the old aggregates stay visible until it commits), run one at a time,
 * at start-up when there are none, every night, and when an admin asks.
 */
@Service
public class AggregateService {

    private static final Logger log = LoggerFactory.getLogger(AggregateService.class);
    private static final String JOB = "insights.rebuild";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final LibraryApi library;
    private final ForumApi forum;
    private final PeopleApi people;
    private final SearchApi search;
    private final TaskExecutor executor;
    private final ObjectProvider<AggregateService> self;
    private final OncePerCluster once;
    private final java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean();

    AggregateService(
            JdbcClient jdbc,
            JdbcTemplate batch,
            LibraryApi library,
            ForumApi forum,
            PeopleApi people,
            SearchApi search,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            ObjectProvider<AggregateService> self,
            OncePerCluster once) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.library = library;
        this.forum = forum;
        this.people = people;
        this.search = search;
        this.executor = executor;
        this.self = self; // through the proxy, so the rebuild runs in its transaction
        this.once = once;
    }

    /** Rebuilds every aggregate; returns the rows written. */
    @Transactional
    public int rebuild(Long requestedBy) {
        long start = System.nanoTime();
        once.waitFor(JOB);
        long rebuild = jdbc.sql("insert into insight_rebuild (started_by) values (?) returning id")
                .param(requestedBy)
                .query(Long.class)
                .single();

        List<DocumentActivity> documents = library.documentActivity();
        List<PostActivity> posts = forum.postActivity();
        List<QuestionActivity> questions = forum.questionActivity();
        Set<Long> personIds = new HashSet<>();
        documents.forEach(d -> personIds.add(d.personId()));
        posts.forEach(p -> personIds.add(p.personId()));
        questions.forEach(q -> {
            personIds.add(q.askerId());
            if (q.firstReplierId() != null) {
                personIds.add(q.firstReplierId());
            }
        });
        Map<Long, Long> departments = departments(personIds);

        // counts per metric for each department and for the whole organisation (department null)
        Tally daily = new Tally();
        Map<ContributorKey, Set<LocalDate>> contributors = new HashMap<>();
        for (DocumentActivity d : documents) {
            Long department = departments.get(d.personId());
            if (department != null) {
                Metric metric = d.published() ? Metric.DOCUMENTS_PUBLISHED : Metric.DOCUMENTS_UPDATED;
                count(daily, metric, department, d.day(), d.count());
                contribution(contributors, department, d.personId(), d.day());
            }
        }
        for (PostActivity p : posts) {
            Long department = departments.get(p.personId());
            if (department != null) {
                count(daily, metric(p.kind()), department, p.day(), p.count());
                contribution(contributors, department, p.personId(), p.day());
            }
        }
        for (SearchActivity s : search.searchActivity()) {
            count(daily, Metric.SEARCHES, s.departmentId(), s.day(), s.searches());
            count(daily, Metric.SEARCHES_OPENED, s.departmentId(), s.day(), s.opened());
            count(daily, Metric.SEARCHES_FAILED, s.departmentId(), s.day(), s.failed());
        }
        Tally use = new Tally();
        for (DocumentUse u : library.documentUse()) {
            count(daily, Metric.DOCUMENTS_USED_BY_OTHERS, u.libraryDepartmentId(), u.day(), u.views());
            use.add(u.day(), u.views(), u.libraryDepartmentId(), u.viewerDepartmentId());
        }
        List<Object[]> questionRows = new ArrayList<>();
        Tally flows = new Tally();
        ZoneId zone = ZoneId.systemDefault();
        for (QuestionActivity q : questions) {
            Long department = departments.get(q.askerId());
            if (department == null) {
                continue;
            }
            LocalDate asked = q.askedAt().atZone(zone).toLocalDate();
            Long answerDepartment = q.firstReplierId() == null ? null : departments.get(q.firstReplierId());
            questionRows.add(new Object[] {
                q.threadId(),
                department,
                asked,
                q.firstReplyAt() == null ? null : seconds(q, q.firstReplyAt()),
                q.acceptedAt() == null ? null : seconds(q, q.acceptedAt()),
                answerDepartment
            });
            if (answerDepartment != null && !answerDepartment.equals(department)) {
                flows.add(asked, 1, department, answerDepartment);
            }
        }
        Tally failed = new Tally();
        for (FailedSearchActivity f : search.failedSearchActivity()) {
            failed.add(f.day(), f.searches(), f.departmentId(), f.query());
            failed.add(f.day(), f.searches(), null, f.query());
        }
        List<Object[]> contributorRows = new ArrayList<>();
        contributors.forEach((key, days) ->
                contributorRows.add(new Object[] {key.departmentId(), key.personId(), multirange(days)}));
        List<Object[]> currencyRows = new ArrayList<>();
        library.currencyByDepartment()
                .forEach((department, c) -> currencyRows.add(new Object[] {
                    department, c.documents(), c.verified(), c.dueSoon(), c.overdue(), c.reportedOutdated()
                }));

        jdbc.sql("delete from insight_daily").update();
        jdbc.sql("delete from insight_contributor").update();
        jdbc.sql("delete from insight_question").update();
        jdbc.sql("delete from insight_answer_flow").update();
        jdbc.sql("delete from insight_document_use").update();
        jdbc.sql("delete from insight_failed_search").update();
        jdbc.sql("delete from insight_currency where day = current_date").update();
        List<Object[]> dailyRows = daily.rows();
        Rows.insert(
                batch,
                "insight_daily",
                "metric varchar, department_id bigint, monthly boolean, day date, value double precision",
                dailyRows);
        Rows.insert(
                batch,
                "insight_contributor",
                "department_id bigint, person_id bigint, days datemultirange",
                contributorRows);
        Rows.insert(
                batch,
                "insight_question",
                "thread_id bigint, asker_department_id bigint, asked_on date, first_reply_seconds bigint,"
                        + " accepted_seconds bigint, answer_department_id bigint",
                questionRows);
        List<Object[]> flowRows = flows.rows();
        Rows.insert(
                batch,
                "insight_answer_flow",
                "asker_department_id bigint, answer_department_id bigint, monthly boolean, day date, answers integer",
                flowRows);
        List<Object[]> useRows = use.rows();
        Rows.insert(
                batch,
                "insight_document_use",
                "library_department_id bigint, viewer_department_id bigint, monthly boolean, day date, views integer",
                useRows);
        List<Object[]> failedRows = failed.rows();
        Rows.insert(
                batch,
                "insight_failed_search",
                "department_id bigint, query varchar, monthly boolean, day date, searches integer",
                failedRows);
        Rows.insert(
                batch,
                "insight_currency",
                "department_id bigint, documents integer, verified integer, due_soon integer, overdue integer,"
                        + " reported_outdated integer",
                currencyRows);
        int rows = dailyRows.size()
                + contributorRows.size()
                + questionRows.size()
                + flowRows.size()
                + useRows.size()
                + failedRows.size()
                + currencyRows.size();
        jdbc.sql("update insight_rebuild set finished_at = now(), rows_written = ? where id = ?")
                .params(rows, rebuild)
                .update();
        log.info("Rebuilt the dashboards' aggregates: {} rows in {} ms", rows, (System.nanoTime() - start) / 1_000_000);
        return rows;
    }

    /**
     * Starts a rebuild in the background unless one this application started is still running; returns whether it
     * started one.
     */
    public boolean rebuildInBackground(Long requestedBy) {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        try {
            executor.execute(() -> {
                try {
                    self.getObject().rebuild(requestedBy);
                } catch (RuntimeException e) {
                    log.error("Rebuilding the dashboards' aggregates failed", e);
                } finally {
                    running.set(false);
                }
            });
        } catch (RuntimeException e) {
            running.set(false);
            throw e;
        }
        return true;
    }

    /** Whether a rebuild is running, on this node or another. */
    public boolean rebuilding() {
        return running.get() || once.running(JOB);
    }

    /** The last finished rebuild, or null. */
    @Transactional(readOnly = true)
    public java.time.Instant lastRebuild() {
        return jdbc.sql("select max(finished_at) from insight_rebuild")
                .query(java.time.Instant.class)
                .optional()
                .orElse(null);
    }

    /**
     * A first build in the background after start-up (and demo seeding), when there has never been one; skipped when
     * another node starting at the same time is already building.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void rebuildWhenEmpty() {
        Long rebuilds = jdbc.sql("select count(*) from insight_rebuild where finished_at is not null")
                .query(Long.class)
                .single();
        if (rebuilds == 0 && running.compareAndSet(false, true)) {
            try {
                executor.execute(() -> {
                    try {
                        nightly();
                    } catch (RuntimeException e) {
                        log.error("Rebuilding the dashboards' aggregates failed", e);
                    } finally {
                        running.set(false);
                    }
                });
            } catch (RuntimeException e) {
                running.set(false);
                throw e;
            }
        }
    }

    /** The nightly rebuild, on one app node: the others skip it while it runs. */
    @Scheduled(cron = "${agora.insights.rebuild-cron:0 15 3 * * *}")
    public void nightly() {
        once.run(JOB, () -> self.getObject().rebuild(null));
    }

    private static long seconds(QuestionActivity q, java.time.Instant at) {
        return Math.max(0, Duration.between(q.askedAt(), at).toSeconds());
    }

    private static Metric metric(PostActivity.Kind kind) {
        switch (kind) {
            case QUESTION:
                return Metric.QUESTIONS;
            case DISCUSSION:
                return Metric.DISCUSSIONS;
            case REPLY:
                return Metric.REPLIES;
            default:
                return Metric.ACCEPTED_ANSWERS;
        }
    }

    private Map<Long, Long> departments(Collection<Long> personIds) {
        Map<Long, Long> departments = new HashMap<>();
        people.findPeople(personIds).values().forEach(p -> departments.put(p.id(), p.departmentId()));
        return departments;
    }

    private static void contribution(
            Map<ContributorKey, Set<LocalDate>> contributors, long department, long person, LocalDate day) {
        contributors
                .computeIfAbsent(new ContributorKey(department, person), key -> new TreeSet<>())
                .add(day);
    }

    /** The days as a multirange literal, neighbouring days joined: {[2026-01-05,2026-01-07),[2026-02-01,…)}. */
    static String multirange(Set<LocalDate> sortedDays) {
        StringBuilder literal = new StringBuilder("{");
        LocalDate start = null;
        LocalDate end = null;
        for (LocalDate day : sortedDays) {
            if (end != null && day.equals(end)) {
                end = day.plusDays(1);
                continue;
            }
            if (start != null) {
                literal.append(literal.length() > 1 ? "," : "")
                        .append('[')
                        .append(start)
                        .append(',')
                        .append(end)
                        .append(')');
            }
            start = day;
            end = day.plusDays(1);
        }
        if (start != null) {
            literal.append(literal.length() > 1 ? "," : "")
                    .append('[')
                    .append(start)
                    .append(',')
                    .append(end)
                    .append(')');
        }
        return literal.append('}').toString();
    }

    /** Counts for the department and for the whole organisation. */
    private static void count(Tally daily, Metric metric, long department, LocalDate day, double count) {
        daily.add(day, count, metric.name(), department);
        daily.add(day, count, metric.name(), null);
    }

    private record ContributorKey(long departmentId, long personId) {}
}
