package org.agorahub.expertise;

/**
 * A skill was merged into another. Published inside the merge's transaction before the merged skill is deleted, so a
 * module that refers to skills moves its references to the kept skill with a plain (synchronous) event listener, and
 * the merge stays all or nothing.
 */
public record SkillMerged(long fromId, long intoId) {}
