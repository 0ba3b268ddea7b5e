package org.agorahub.insights.domain;

import java.time.LocalDate;

/** The answer page of a round, for one of the people asked. */
public record SurveyQuestionnaire(
        long id, String departmentName, String sentBy, LocalDate closesOn, boolean open, boolean answered) {}
