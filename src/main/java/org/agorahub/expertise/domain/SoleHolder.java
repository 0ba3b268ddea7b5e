package org.agorahub.expertise.domain;

/** A skill only one active person of a department holds at practitioner level or above: that person. */
public record SoleHolder(long skillId, String skillName, long personId, String displayName, int level) {}
