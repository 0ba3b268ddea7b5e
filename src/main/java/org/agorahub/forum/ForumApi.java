package org.agorahub.forum;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.agorahub.people.CurrentUser;

/**
 * What other modules may do in the forums, always as a person and under the same rules as the pages.
 *
 * <p>The posting rate limit of the pages does not apply here: callers are code (seeding, imports), not people typing.
 *
 * <p>Refused input (a blank post, a title that is too long, a locked thread, a department the person may not
 * create boards for) is an {@link IllegalArgumentException}; something the person may not see is a not-found
 * exception, and something they see but may not do is Spring Security's {@code AccessDeniedException}.
 */
public interface ForumApi {

    /** A new board, moderated by its creator (admins, curators and department leads for their department). */
    long createBoard(CurrentUser creator, NewBoard board);

    /** A new thread with its opening post; returns the thread's id. */
    long startThread(CurrentUser author, long boardId, NewThread thread);

    /** A reply at the end of the thread; returns the post's id. */
    long reply(CurrentUser author, long threadId, String markdown);

    /** Marks a reply as the accepted answer of its question thread, as its asker or a moderator. */
    void acceptAnswer(CurrentUser user, long postId);

    /** All boards, whoever may see them: for set-up code such as seeding, never for display. */
    long countBoards();

    /**
     * The tokens the person finds forum threads with in the search index (threads carry the tokens of their board's
     * audience), or empty for curators and admins, who see every board. Agrees with who may see a board.
     */
    Optional<Set<String>> threadReadTokens(CurrentUser user);

    /** Names of those of the boards the person may see (others are left out), by id. */
    Map<Long, String> boardNames(CurrentUser user, Collection<Long> boardIds);

    /** Threads that are not deleted, whoever may see them: what the search index should hold of the forums. */
    long countActiveThreads();

    /**
     * Rewrites every thread's search entry: for set-up code that changed threads in the database directly (the demo
     * seeder's backdating), never for pages. Returns the number of threads.
     */
    int reindexAllThreads();

    /**
     * For each key (a skill id, say), up to {@code perKey} threads carrying any of its tags (compared after
     * normalising like {@link org.agorahub.shared.Tags}) that the person may see (not deleted, on a board they see):
     * answered questions first, then the most recently active. One query however many keys; keys without threads
     * are left out.
     */
    java.util.Map<Long, java.util.List<TaggedThread>> threadsTagged(
            CurrentUser user, java.util.Map<Long, ? extends java.util.Collection<String>> tagsByKey, int perKey);

    /**
     * Replies that are accepted answers or have a score of at least {@code minScore}, in threads carrying any of these
     * tags (as stored, normalised like {@code Tags}), one row per reply and matching tag; only the person's when
     * {@code personId} is given. For background computations such as expertise evidence, never for display: there
     * is no access check. One query.
     */
    java.util.List<AnswerContribution> answerContributions(Collection<String> tags, int minScore, Long personId);

    /**
     * Those of the given posts the person may read: not deleted or hidden, in a thread that is not deleted, on a
     * board they may see. One query however many.
     */
    Set<Long> readablePosts(CurrentUser user, Collection<Long> postIds);

    /** Every person's posts by day and kind, for aggregates only (no access check). One query. */
    java.util.List<PostActivity> postActivity();

    /** Every question with its response times, for aggregates only (no access check). One query. */
    java.util.List<QuestionActivity> questionActivity();

    /** The boards the person may start threads in, id to name, by name. One query. */
    Map<Long, String> postableBoards(CurrentUser user);

    /**
     * Starts a thread as a person does through the new-thread form: within the posting rate limit, and once only for
     * the same one-time form token {@code submission} (the thread already started with it is returned).
     *
     * @throws IllegalArgumentException when the input is refused or the person is posting too fast (the exception is
     *     also a {@link org.springframework.context.MessageSourceResolvable}, for the message to show)
     */
    long startThreadFromForm(CurrentUser author, long boardId, NewThread thread, String submission);

    /** How many reported posts wait in the person's moderation queue (only boards they moderate). One query. */
    long openFlagCount(CurrentUser user);

    /**
     * How many questions without any reply or accepted answer, on boards the person may see, were asked before the
     * given time. One query.
     */
    long countUnansweredAskedBefore(CurrentUser user, java.time.Instant before);

    /**
     * Every thread tag (as stored, normalised like {@link org.agorahub.shared.Tags}) with how many threads carry it,
     * deleted ones included, by tag. For the curators' taxonomy screens. One query.
     */
    Map<String, Long> threadTagUsage();

    /**
     * Replaces the tag {@code from} by {@code to} on every thread carrying it, or removes it when {@code to} is
     * null; a thread already carrying {@code to} keeps it once. Runs in the caller's transaction; the threads'
     * search entries change when it commits. Only curators and admins.
     *
     * @return the number of threads changed
     */
    int replaceThreadTag(CurrentUser curator, String from, String to);

    /** Those of the given threads the person may see (not deleted, on a board they see), by id. One query. */
    Map<Long, ThreadReference> readableThreads(CurrentUser user, Collection<Long> threadIds);
}
