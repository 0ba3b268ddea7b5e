package org.agorahub.mentoring.domain;

import java.time.Instant;
import java.util.List;

/**
 * A matching round as its organisers see it: progress while it runs, then the drafted pairs with their reasons and
 * the mentees left unmatched with why, and the mentors who still have places (for adjusting by hand).
 */
public record RoundView(
        long id,
        long programmeId,
        String programmeName,
        String status,
        String stage,
        int done,
        int total,
        int mentees,
        int mentors,
        Double totalScore,
        String problem,
        Instant startedAt,
        Instant finishedAt,
        List<Pair> pairs,
        List<Left> unmatched,
        List<MentorOption> mentorsWithPlaces) {

    public record Pair(
            long proposalId,
            long requestId,
            String menteeName,
            String mentorName,
            double score,
            List<String> reasons,
            boolean adjusted,
            String status,
            String goals) {}

    public record Left(long requestId, String menteeName, String reason, String goals) {}

    public record MentorOption(long offerId, String name, int places) {}

    public boolean running() {
        return "RUNNING".equals(status);
    }

    public boolean underReview() {
        return "REVIEW".equals(status);
    }

    /** Whole per cent of the current stage done, for the progress bar. */
    public int percent() {
        return total <= 0 ? 0 : (int) Math.min(100, Math.round(100.0 * done / total));
    }
}
