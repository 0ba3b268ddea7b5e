package org.agorahub.forum.domain;

import java.time.Instant;

/**
 * The one rule for whether ordinary readers may read a post's text: it was neither deleted nor hidden by a
 * moderator. The thread page, quoting, flagging and search indexing all ask it (moderators still read hidden
 * posts on the thread page and in the moderation queue). A post of a deleted thread is not readable either, but
 * that is the thread's rule: see {@code forum_thread.deleted_at}.
 */
public final class ReadablePost {

    private ReadablePost() {}

    public static boolean readable(Instant deletedAt, Instant hiddenAt) {
        return deletedAt == null && hiddenAt == null;
    }

    /** The same rule in SQL, on a {@code forum_post} row with this alias, e.g. {@code where " + sql("po")}. */
    public static String sql(String alias) {
        return "(" + alias + ".deleted_at is null and " + alias + ".hidden_at is null)";
    }

    /** The same rule in JPQL, on a {@code Post} with this alias. */
    public static String jpql(String alias) {
        return "(" + alias + ".deletedAt is null and " + alias + ".hiddenAt is null)";
    }
}
