package org.agorahub.expertise.domain;

/** Someone who could mentor a person in a skill: active, and declaring it at practitioner level or above. */
public record RecommendedMentor(
        long skillId, long personId, String displayName, String departmentName, int level, int endorsements) {}
