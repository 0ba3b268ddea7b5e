package org.agorahub.mentoring.matching;

/** A mentee a round left without a mentor, and why, in a plain sentence. */
public record Unmatched(Mentee mentee, String reason) {}
