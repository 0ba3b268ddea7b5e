package org.agorahub.mentoring.domain;

import java.util.List;
import org.agorahub.mentoring.matching.MeetingFormat;

/** A mentor's offer: skills from their profile, how many mentees, how much time, how they meet, what they can do. */
public record OfferCommand(
        List<Long> skillIds, int capacity, int hoursPerMonth, MeetingFormat format, String canHelpWith) {}
