package org.agorahub.expertise;

/** A skill as other code refers to it: id, name and category name (null when uncategorised). */
public record SkillRef(long id, String name, String category) {}
