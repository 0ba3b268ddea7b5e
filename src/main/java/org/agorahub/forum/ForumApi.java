package org.agorahub.forum;

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
     * For each key (a skill id, say), up to {@code perKey} threads carrying any of its tags (compared after
     * normalising like {@link org.agorahub.shared.Tags}) that the person may see (not deleted, on a board they see):
     * answered questions first, then the most recently active. One query however many keys; keys without threads
     * are left out.
     */
    java.util.Map<Long, java.util.List<TaggedThread>> threadsTagged(
            CurrentUser user, java.util.Map<Long, ? extends java.util.Collection<String>> tagsByKey, int perKey);
}
