package org.agorahub.expertise.domain;

/** One gap on a person's development page, with what could help close it. */
public record DevelopmentItem(SkillGap gap, Recommendations recommendations) {}
