package org.agorahub.forum.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Posting is rate-limited per person: at most {@link ForumSettings#postsPerMinute()} posts in any minute and
 * {@link ForumSettings#postsPerHour()} in any hour, counted from the posts themselves, so the limit holds on every
 * node and survives a restart. It applies to what people write through the pages; code calling the
 * {@link org.agorahub.forum.ForumApi} (seeding, imports) is trusted and not limited.
 */
@Component
class PostingRate {

    private final ForumSettings settings;
    private final JdbcClient jdbc;

    PostingRate(ForumSettings settings, JdbcClient jdbc) {
        this.settings = settings;
        this.jdbc = jdbc;
    }

    /**
     * @throws ForumRefusedException when the person has written as many posts as the limit allows in the last
     *     minute or hour; the message says how long to wait
     */
    void check(long personId) {
        if (settings.postsPerMinute() == 0 && settings.postsPerHour() == 0) {
            return;
        }
        Recent recent = jdbc.sql("""
                select count(*) filter (where created_at > now() - interval '1 minute') as last_minute,
                       count(*) as last_hour
                from forum_post
                where author_id = ? and created_at > now() - interval '1 hour'
                """).param(personId).query(Recent.class).single();
        if (settings.postsPerMinute() > 0 && recent.lastMinute() >= settings.postsPerMinute()) {
            throw new ForumRefusedException(null, "forum.post.tooFast.minute", settings.postsPerMinute());
        }
        if (settings.postsPerHour() > 0 && recent.lastHour() >= settings.postsPerHour()) {
            throw new ForumRefusedException(null, "forum.post.tooFast.hour", settings.postsPerHour());
        }
    }

    record Recent(long lastMinute, long lastHour) {}
}
