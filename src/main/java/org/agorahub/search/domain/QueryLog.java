package org.agorahub.search.domain;

import java.util.List;
import java.util.Locale;
import org.agorahub.people.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records searches that found nothing or almost nothing (fewer than {@link #LOW_RESULTS} hits), so the dashboards
 * can show content gaps: what people look for and do not find. Only the normalised query text, the number of
 * hits, the searcher's department and the time are kept; never who searched.
 */
@Component
public class QueryLog {

    /** Searches with fewer hits than this are recorded. */
    public static final int LOW_RESULTS = 3;

    static final int MAX_LENGTH = 200;

    private final JdbcClient jdbc;

    QueryLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Entry(String query, int hits, Long departmentId) {}

    /** A hit of the search was opened: the search succeeded. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void markOpened(long searchId) {
        jdbc.sql("update search_event set opened = true where id = ? and not opened")
                .param(searchId)
                .update();
    }

    /** Searches by department and day, with how many had a hit opened and how many found nothing. */
    @Transactional(readOnly = true)
    public List<org.agorahub.search.SearchActivity> activity() {
        return jdbc.sql("""
                select department_id, searched_on as day, count(*) as searches,
                    count(*) filter (where opened) as opened, count(*) filter (where hits = 0) as failed
                from search_event where department_id is not null group by 1, 2
                """).query(org.agorahub.search.SearchActivity.class).list();
    }

    /**
     * Records a search from the search page, in its own transaction: for the dashboards its department, day and hits
     * (no person, no text), and when it found fewer than {@link #LOW_RESULTS} hits its normalised text too, for the
     * content gaps. Returns the search's id, for {@link #markOpened}.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long record(CurrentUser user, String query, long hits) {
        String normalised = normalise(query);
        if (hits < LOW_RESULTS && !normalised.isEmpty()) {
            jdbc.sql("insert into search_query_log (query, hits, department_id) values (?, ?, ?)")
                    .params(normalised, (int) hits, user.departmentId())
                    .update();
        }
        return jdbc.sql("insert into search_event (department_id, hits) values (?, ?) returning id")
                .params(user.departmentId(), (int) Math.min(hits, Integer.MAX_VALUE))
                .query(Long.class)
                .single();
    }

    /** Texts that found nothing, counted by department and day. */
    @Transactional(readOnly = true)
    public List<org.agorahub.search.FailedSearchActivity> failedActivity() {
        return jdbc.sql("""
                select department_id, searched_at::date as day, query, count(*) as searches from search_query_log
                where hits = 0 and department_id is not null group by 1, 2, 3
                """)
                .query(org.agorahub.search.FailedSearchActivity.class)
                .list();
    }

    @Transactional(readOnly = true)
    public List<Entry> recent(int limit) {
        return jdbc.sql("select query, hits, department_id from search_query_log order by id desc limit ?")
                .param(limit)
                .query(Entry.class)
                .list();
    }

    /** Lower case, single spaces, no control characters, at most 200 characters. */
    static String normalise(String query) {
        return query == null
                ? ""
                : QueryText.clean(query.replaceAll("[\\p{Cntrl}\\s]+", " ").toLowerCase(Locale.ROOT), MAX_LENGTH);
    }
}
