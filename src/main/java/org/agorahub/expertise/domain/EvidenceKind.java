package org.agorahub.expertise.domain;

/**
 * What one item of evidence is, as stored in {@code skill_evidence_item.item_type}, with the weight it adds to a
 * person's evidence score for a skill:
 *
 * <ul>
 *   <li>{@link #AUTHORED}: a library document the person owns or wrote, tagged with the skill — 2;
 *   <li>{@link #VERIFIED}: a document the person verified as current — 1;
 *   <li>{@link #ACCEPTED_ANSWER}: a reply of theirs accepted as the answer to a question tagged with the skill — 3;
 *   <li>{@link #UPVOTED_REPLY}: any other reply of theirs with a score of at least 2 in such a thread — 1, plus 0.5
 *       per vote above 2, at most 3 (so that a popular reply never outweighs an accepted answer);
 *   <li>{@link #MENTORED}: a completed mentorship in which the person mentored the skill — 3, plus 1 when the mentee
 *       rated it 4 or 5.
 * </ul>
 *
 * Documents are identified by document id, replies by post id, so each viewer's "why" lists only those they may open.
 * Mentorships are identified by mentorship id and count for every viewer: the "why" gives only their number.
 */
public enum EvidenceKind {
    AUTHORED,
    VERIFIED,
    ACCEPTED_ANSWER,
    UPVOTED_REPLY,
    MENTORED;

    /** A reply needs at least this score to count as {@link #UPVOTED_REPLY}. */
    public static final int MIN_REPLY_SCORE = 2;

    static final double AUTHORED_WEIGHT = 2;
    static final double VERIFIED_WEIGHT = 1;
    static final double ACCEPTED_WEIGHT = 3;
    static final double UPVOTED_BASE = 1;
    static final double UPVOTED_PER_EXTRA_VOTE = 0.5;
    static final double UPVOTED_CAP = 3;
    static final double MENTORED_WEIGHT = 3;
    static final double MENTORED_WELL_RATED_BONUS = 1;

    /** The weight of a completed mentorship the mentee rated so (1–5, null when they gave no rating). */
    static double mentoredWeight(Integer menteeRating) {
        return MENTORED_WEIGHT + (menteeRating != null && menteeRating >= 4 ? MENTORED_WELL_RATED_BONUS : 0);
    }

    /** The weight of an upvoted reply with this score (at least {@link #MIN_REPLY_SCORE}). */
    static double upvotedWeight(int score) {
        return Math.min(UPVOTED_CAP, UPVOTED_BASE + UPVOTED_PER_EXTRA_VOTE * Math.max(0, score - MIN_REPLY_SCORE));
    }

    /** Whether the item is a library document (else a forum post). */
    public boolean isDocument() {
        return this == AUTHORED || this == VERIFIED;
    }

    /** Whether the item is a forum post, which only its readers see counted. */
    public boolean isPost() {
        return this == ACCEPTED_ANSWER || this == UPVOTED_REPLY;
    }
}
