package org.agorahub.mentoring.domain;

import java.util.List;

/**
 * A proposed pair as its page shows it to one viewer (the pair or an organiser).
 *
 * @param reasons why the round proposed it, one plain sentence each
 * @param goals the mentee's free text (the pair and organisers may read it)
 * @param canAnswer whether the viewer is one of the pair and has yet to answer an open proposal
 */
public record ProposalView(
        long id,
        long programmeId,
        String programmeName,
        long menteeId,
        String menteeName,
        long mentorId,
        String mentorName,
        double score,
        List<String> reasons,
        boolean adjusted,
        String status,
        String menteeAnswer,
        String mentorAnswer,
        String declinedByName,
        String declineReason,
        String goals,
        List<String> skills,
        Long mentorshipId,
        boolean canAnswer) {}
