package org.agorahub.mentoring.matching;

/** A mentee and mentor already proposed to each other in the programme, who are never paired again there. */
public record PastPair(long menteePersonId, long mentorPersonId) {}
