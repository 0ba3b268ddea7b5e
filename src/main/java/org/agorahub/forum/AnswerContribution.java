package org.agorahub.forum;

/**
 * One tag of the thread of a reply that is its question's accepted answer or has a score of at least 2: a plain row
 * for other modules' background computations (expertise evidence), never for display, as it carries no access check.
 * Deleted threads, deleted and hidden replies are never such rows.
 *
 * @param accepted whether the reply is its thread's accepted answer
 * @param score the sum of the reply's votes
 */
public record AnswerContribution(long postId, long threadId, long authorId, boolean accepted, int score, String tag) {}
