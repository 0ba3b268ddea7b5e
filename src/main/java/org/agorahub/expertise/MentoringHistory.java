package org.agorahub.expertise;

import java.util.List;

/**
 * Mentoring given, as evidence of expertise: implemented by the mentoring module (which depends on this one, so this
 * module asks through this interface and works without it). The evidence is recomputed whole nightly, and for one
 * mentor through {@link ExpertiseApi#recomputeEvidence} when a mentorship of theirs completes.
 */
public interface MentoringHistory {

    /** The completed mentorships, one row per skill mentored; only the mentor's when {@code mentorId} is not null. */
    List<MentoringGiven> mentoringGiven(Long mentorId);

    /**
     * A skill mentored in a completed mentorship.
     *
     * @param menteeRating the mentee's feedback, 1–5, or null when they gave none
     */
    record MentoringGiven(long mentorId, long skillId, long mentorshipId, Integer menteeRating) {}
}
