package org.agorahub.mentoring.matching;

import java.util.List;

/** A pair a round proposes, its score and why, in plain sentences. */
public record ProposedPair(Mentee mentee, Mentor mentor, double score, List<String> reasons) {}
