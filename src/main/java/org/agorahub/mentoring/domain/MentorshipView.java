package org.agorahub.mentoring.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A mentorship as its page shows it to one viewer: the pair see everything; organisers see that it runs and when
 * the pair met, never what they wrote.
 *
 * @param checkIns newest first; notes are null for a viewer outside the pair
 * @param ownFeedback the viewer's feedback, null when they gave none (or are not one of the pair)
 */
public record MentorshipView(
        long id,
        long programmeId,
        String programmeName,
        long mentorId,
        String mentorName,
        long menteeId,
        String menteeName,
        String goals,
        List<String> skills,
        LocalDate startedOn,
        LocalDate endsOn,
        String status,
        List<CheckIn> checkIns,
        boolean pair,
        Feedback ownFeedback,
        int feedbackCount) {

    public record CheckIn(LocalDate metOn, String authorName, String notes) {}

    public record Feedback(int rating, String comment) {}

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    public boolean asksForFeedback() {
        return pair && !active() && ownFeedback == null;
    }
}
