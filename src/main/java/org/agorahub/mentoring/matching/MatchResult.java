package org.agorahub.mentoring.matching;

import java.util.List;

/** A round's outcome: the pairs, the mentees left unmatched, and the pairs' total score. */
public record MatchResult(List<ProposedPair> pairs, List<Unmatched> unmatched, double totalScore) {}
