package org.agorahub.mentoring.matching;

/**
 * A skill a mentor offers, with their level (1 aware … 4 expert), their evidence score for it (0 when none) and
 * that evidence in words ("12 accepted answers", empty when none).
 */
public record OfferedSkill(long skillId, String name, int level, double evidence, String evidenceWhy) {}
