package org.agorahub.insights.domain;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agorahub.forum.ForumApi;
import org.agorahub.forum.PostActivity;
import org.agorahub.forum.QuestionActivity;
import org.agorahub.library.DocumentActivity;
import org.agorahub.library.DocumentUse;
import org.agorahub.library.LibraryApi;
import org.agorahub.people.PeopleApi;
import org.agorahub.search.SearchActivity;
import org.agorahub.search.SearchApi;
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
    private static final long ADVISORY_LOCK = 0x496e736967687473L;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final LibraryApi library;
    private final ForumApi forum;
    private final PeopleApi people;
    private final SearchApi search;
    private final TaskExecutor executor;
    private final ObjectProvider<AggregateService> self;

    AggregateService(
            JdbcClient jdbc,
            JdbcTemplate batch,
            LibraryApi library,
            ForumApi forum,
            PeopleApi people,
            SearchApi search,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            ObjectProvider<AggregateService> self) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.library = library;
        this.forum = forum;
        this.people = people;
        this.search = search;
        this.executor = executor;
        this.self = self; // through the proxy, so the rebuild runs in its transaction
    }

    /** Rebuilds every aggregate; returns the rows written. */
    @Transactional
    public int rebuild(Long requestedBy) {
        long start = System.nanoTime();
        jdbc.sql("select pg_advisory_xact_lock(?)")
                .param(ADVISORY_LOCK)
                .query((rs, n) -> 1)
                .list();
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

        Map<DailyKey, Double> daily = new HashMap<>();
        Set<List<Object>> contributors = new HashSet<>();
        for (DocumentActivity d : documents) {
            Long department = departments.get(d.personId());
            if (department != null) {
                Metric metric = d.published() ? Metric.DOCUMENTS_PUBLISHED : Metric.DOCUMENTS_UPDATED;
                daily.merge(new DailyKey(metric, department, d.day()), (double) d.count(), Double::sum);
                contributors.add(List.of(department, d.day(), d.personId()));
            }
        }
        for (PostActivity p : posts) {
            Long department = departments.get(p.personId());
            if (department != null) {
                daily.merge(new DailyKey(metric(p.kind()), department, p.day()), (double) p.count(), Double::sum);
                contributors.add(List.of(department, p.day(), p.personId()));
            }
        }
        for (SearchActivity s : search.searchActivity()) {
            daily.merge(new DailyKey(Metric.SEARCHES, s.departmentId(), s.day()), (double) s.searches(), Double::sum);
            daily.merge(
                    new DailyKey(Metric.SEARCHES_OPENED, s.departmentId(), s.day()), (double) s.opened(), Double::sum);
            daily.merge(
                    new DailyKey(Metric.SEARCHES_FAILED, s.departmentId(), s.day()), (double) s.failed(), Double::sum);
        }
        List<Object[]> useRows = new ArrayList<>();
        for (DocumentUse u : library.documentUse()) {
            daily.merge(
                    new DailyKey(Metric.DOCUMENTS_USED_BY_OTHERS, u.libraryDepartmentId(), u.day()),
                    (double) u.views(),
                    Double::sum);
            useRows.add(new Object[] {u.libraryDepartmentId(), u.viewerDepartmentId(), u.day(), u.views()});
        }
        List<Object[]> questionRows = new ArrayList<>();
        ZoneId zone = ZoneId.systemDefault();
        for (QuestionActivity q : questions) {
            Long department = departments.get(q.askerId());
            if (department == null) {
                continue;
            }
            questionRows.add(new Object[] {
                q.threadId(),
                department,
                q.askedAt().atZone(zone).toLocalDate(),
                q.firstReplyAt() == null ? null : seconds(q, q.firstReplyAt()),
                q.acceptedAt() == null ? null : seconds(q, q.acceptedAt()),
                q.firstReplierId() == null ? null : departments.get(q.firstReplierId())
            });
        }

        jdbc.sql("delete from insight_daily").update();
        jdbc.sql("delete from insight_contributor").update();
        jdbc.sql("delete from insight_question").update();
        jdbc.sql("delete from insight_document_use").update();
        batch.batchUpdate(
                "insert into insight_document_use (library_department_id, viewer_department_id, day, views)"
                        + " values (?, ?, ?, ?)",
                useRows);
        List<Object[]> dailyRows = new ArrayList<>();
        daily.forEach((key, value) ->
                dailyRows.add(new Object[] {key.metric().name(), key.departmentId(), key.day(), value}));
        batch.batchUpdate(
                "insert into insight_daily (metric, department_id, day, value) values (?, ?, ?, ?)", dailyRows);
        batch.batchUpdate(
                "insert into insight_contributor (department_id, day, person_id) values (?, ?, ?)",
                contributors.stream().map(List::toArray).toList());
        batch.batchUpdate(
                "insert into insight_question (thread_id, asker_department_id, asked_on, first_reply_seconds,"
                        + " accepted_seconds, answer_department_id) values (?, ?, ?, ?, ?, ?)",
                questionRows);
        int rows = dailyRows.size() + contributors.size() + questionRows.size() + useRows.size();
        jdbc.sql("update insight_rebuild set finished_at = now(), rows_written = ? where id = ?")
                .params(rows, rebuild)
                .update();
        log.info("Rebuilt the dashboards' aggregates: {} rows in {} ms", rows, (System.nanoTime() - start) / 1_000_000);
        return rows;
    }

    /** The last finished rebuild, or null. */
    @Transactional(readOnly = true)
    public java.time.Instant lastRebuild() {
        return jdbc.sql("select max(finished_at) from insight_rebuild")
                .query(java.time.Instant.class)
                .optional()
                .orElse(null);
    }

    /** A first build in the background after start-up (and demo seeding), when there has never been one. */
    @EventListener(ApplicationReadyEvent.class)
    public void rebuildWhenEmpty() {
        Long rebuilds = jdbc.sql("select count(*) from insight_rebuild where finished_at is not null")
                .query(Long.class)
                .single();
        if (rebuilds == 0) {
            executor.execute(() -> self.getObject().rebuild(null));
        }
    }

    @Scheduled(cron = "${agora.insights.rebuild-cron:0 15 3 * * *}")
    public void nightly() {
        self.getObject().rebuild(null);
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

    private record DailyKey(Metric metric, long departmentId, java.time.LocalDate day) {}
}
