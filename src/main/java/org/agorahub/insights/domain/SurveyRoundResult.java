package org.agorahub.insights.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One survey round's figures as a lead may see them.
 *
 * @param closesOn the last day answers were or are taken (the day it was closed, when closed early)
 * @param shown whether the figures may be shown: the round is closed and at least
 *     {@value SurveyService#MIN_ANSWERS} people answered
 * @param averages the average rating of each practice in {@link KmPractice} order; empty when not shown
 */
public record SurveyRoundResult(
        long id,
        LocalDate sentOn,
        LocalDate closesOn,
        int invited,
        int answered,
        boolean shown,
        List<Double> averages) {

    public SurveyRoundResult {
        averages = List.copyOf(averages);
    }
}
