package org.agorahub.insights.domain;

/**
 * The six knowledge-management leadership practices a department rates itself on, in the order of the survey. Their
 * wording is in messages.properties under {@code survey.practice.<number>}.
 */
public enum KmPractice {
    LINKS_KNOWLEDGE_TO_OBJECTIVES,
    SHARING_AND_LEARNING_ARE_VALUES,
    LEADERS_ARE_ROLE_MODELS,
    EXECUTIVES_INVOLVED,
    CONTRIBUTIONS_VALUED,
    STRUCTURES_SET_AND_PRACTISED;

    /** The lowest and highest value of the rating scale. */
    public static final int LOWEST = 1;

    public static final int HIGHEST = 5;

    /** 1 to 6, as numbered in the survey and stored. */
    public int number() {
        return ordinal() + 1;
    }

    public String messageKey() {
        return "survey.practice." + number();
    }
}
