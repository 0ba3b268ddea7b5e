package org.agorahub.mentoring.matching;

/** A skill a mentee asked for, with their current level (0 none, 1 aware … 4 expert). */
public record WantedSkill(long skillId, String name, int currentLevel) {}
