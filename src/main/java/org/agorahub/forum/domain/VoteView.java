package org.agorahub.forum.domain;

/**
 * A post's votes as one person sees them: the score, their own vote (+1, -1 or 0 for none) and whether they may
 * vote on it at all (not on their own posts).
 */
public record VoteView(long postId, long threadId, boolean question, int score, int mine, boolean canVote) {

    public boolean up() {
        return mine > 0;
    }

    public boolean down() {
        return mine < 0;
    }
}
