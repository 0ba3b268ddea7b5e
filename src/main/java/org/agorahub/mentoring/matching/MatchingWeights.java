package org.agorahub.mentoring.matching;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a matching round scores a mentee–mentor pair, under {@code agora.mentoring.matching}. A pair's score is the sum
 * of each weight times its component, every component being a share between 0 and 1 worked out as its parameter
 * says; the defaults sum to 100, so a perfect pair scores 100. Scores are rounded to two decimals. Hard constraints
 * (capacity, exclusions, past pairs, nobody mentoring themselves, a requested skill offered above the mentee's level,
 * and the programme's department and seniority rules) are not weighed: a pair that breaks one is never proposed.
 *
 * @param coverage weight of skill coverage (default 35): for each skill the mentee asked for, 1 when the mentor offers
 *     it at least two levels above the mentee's current level, 0.5 when one level above, 0 otherwise; averaged over
 *     the skills asked for
 * @param evidence weight of the mentor's evidence (default 10): for each skill the mentee asked for that the mentor
 *     covers (as above), the mentor's evidence score for it divided by {@code evidenceForFullMarks}, at most 1; 0 for
 *     skills not covered; averaged over the skills asked for
 * @param department weight of the department rule (default 10): 1 across departments; in the same department 0 when
 *     the programme prefers pairs across departments or the mentee asked for someone outside theirs, else 1 (the
 *     department plays no part). Programmes that require pairs across departments only ever see 1.
 * @param seniority weight of seniority (default 10): 1 when the programme has a seniority rule (every pair proposed
 *     meets it); without one, 1 when the mentor's grade is higher than the mentee's, 0.5 when equal or either is
 *     unknown, 0 when the mentor's is lower
 * @param language weight of language (default 10): 1 when the mentee asked for no language or the mentor speaks the
 *     one asked for (ignoring case), else 0
 * @param locationAndFormat weight of location and meeting format (default 10): 1 when both can meet in person and
 *     work in the same location (ignoring case); otherwise, when both can meet remotely, 1 (0.5 if the mentee prefers
 *     the same location); otherwise 0 (one meets only in person and the other only remotely, or in person only in
 *     different or unknown locations). {@link MeetingFormat#EITHER} can meet both ways.
 * @param availability weight of the mentor's time (default 5): the mentor's hours per month divided by
 *     {@code hoursForFullMarks}, at most 1
 * @param text weight of text similarity (default 10): when the AI's "matching by meaning" is on, the cosine
 *     similarity of the meanings of the mentee's goals and the mentor's "can help with" text (see {@link
 *     PairScorer#MEANING_FLOOR}); otherwise the words of the two texts, lower-cased, split at anything not a letter or digit, without English stop words and words under 3
 *     characters; the number of words in both divided by the number in the smaller set (0 when either is empty)
 * @param minimumScore pairs scoring less are never proposed: the mentee stays unmatched rather than get a poor pair
 *     (default 40)
 * @param evidenceForFullMarks the evidence score that earns a skill's full evidence share (default 10, for example
 *     three accepted answers and a document)
 * @param hoursForFullMarks the hours per month that earn the full availability share (default 4)
 * @param candidatesPerMentee when above 0, a round keeps only each mentee's best this many mentors (by score, then
 *     offer id) before finding the best assignment, which makes large rounds faster and may make the total slightly
 *     lower than the true optimum; 0 keeps every mentor at or above the minimum score (default 0)
 */
@ConfigurationProperties("agora.mentoring.matching")
public record MatchingWeights(
        @DefaultValue("35") double coverage,
        @DefaultValue("10") double evidence,
        @DefaultValue("10") double department,
        @DefaultValue("10") double seniority,
        @DefaultValue("10") double language,
        @DefaultValue("10") double locationAndFormat,
        @DefaultValue("5") double availability,
        @DefaultValue("10") double text,
        @DefaultValue("40") double minimumScore,
        @DefaultValue("10") double evidenceForFullMarks,
        @DefaultValue("4") double hoursForFullMarks,
        @DefaultValue("0") int candidatesPerMentee) {

    public MatchingWeights {
        for (double weight :
                new double[] {coverage, evidence, department, seniority, language, locationAndFormat, availability, text
                }) {
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("agora.mentoring.matching weights must be finite and not negative");
            }
        }
        if (!(minimumScore >= 0) || Double.isInfinite(minimumScore)) {
            throw new IllegalArgumentException("agora.mentoring.matching.minimum-score must not be negative");
        }
        if (!(evidenceForFullMarks > 0) || !(hoursForFullMarks > 0)) {
            throw new IllegalArgumentException(
                    "agora.mentoring.matching.evidence-for-full-marks and hours-for-full-marks must be positive");
        }
        if (candidatesPerMentee < 0) {
            throw new IllegalArgumentException("agora.mentoring.matching.candidates-per-mentee must not be negative");
        }
    }

    /** The defaults above, for code that runs without Spring (tests, benchmarks). */
    public static MatchingWeights defaults() {
        return new MatchingWeights(35, 10, 10, 10, 10, 10, 5, 10, 40, 10, 4, 0);
    }

    /** These weights with another minimum score. */
    public MatchingWeights withMinimumScore(double minimum) {
        return new MatchingWeights(
                coverage,
                evidence,
                department,
                seniority,
                language,
                locationAndFormat,
                availability,
                text,
                minimum,
                evidenceForFullMarks,
                hoursForFullMarks,
                candidatesPerMentee);
    }

    /** These weights keeping at most this many candidates per mentee (0 for all). */
    public MatchingWeights withCandidatesPerMentee(int candidates) {
        return new MatchingWeights(
                coverage,
                evidence,
                department,
                seniority,
                language,
                locationAndFormat,
                availability,
                text,
                minimumScore,
                evidenceForFullMarks,
                hoursForFullMarks,
                candidates);
    }
}
