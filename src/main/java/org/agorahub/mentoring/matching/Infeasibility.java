package org.agorahub.mentoring.matching;

/** The hard constraint that rules a mentee–mentor pair out, in the order {@link PairScorer} checks them. */
public enum Infeasibility {
    /** Nobody mentors themselves. */
    SELF,
    /** The mentee asked not to be paired with the mentor (their line manager, a named person). */
    EXCLUDED,
    /** The two were already proposed to each other in the programme. */
    PAST_PAIR,
    /** The mentor offers none of the requested skills above the mentee's current level. */
    NO_SKILL_ABOVE_LEVEL,
    /** Same department, and the programme pairs across departments only. */
    SAME_DEPARTMENT,
    /** The programme has a seniority rule the pair does not meet, or cannot be shown to meet (a grade unknown). */
    NOT_SENIOR_ENOUGH
}
