package org.agorahub.insights.domain;

import java.util.List;

/**
 * A round on the results page: its figures, whether it still takes answers, and how many people gave each value to
 * each practice (six lists of five counts, for 1 to 5; empty when the figures are not shown).
 */
public record SurveyRoundView(SurveyRoundResult result, boolean open, List<List<Integer>> distribution) {

    public SurveyRoundView {
        distribution = distribution.stream().map(List::copyOf).toList();
    }

    /** The share of answers for one practice and value, 0 to 100, for the distribution bars. */
    public int percent(int practiceIndex, int valueIndex) {
        int count = distribution.get(practiceIndex).get(valueIndex);
        return result.answered() == 0 ? 0 : Math.round(100f * count / result.answered());
    }
}
