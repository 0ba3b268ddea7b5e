package org.agorahub.insights.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.agorahub.insights.domain.KmPractice;
import org.springframework.validation.BindingResult;

/**
 * One person's ratings of the six practices, as sent: kept as text so that whatever was chosen (or typed into the
 * request) comes back on the page with a message rather than a conversion error.
 */
record SurveyAnswerForm(
        String practice1, String practice2, String practice3, String practice4, String practice5, String practice6) {

    static SurveyAnswerForm blank() {
        return new SurveyAnswerForm(null, null, null, null, null, null);
    }

    private List<String> values() {
        return Arrays.asList(practice1, practice2, practice3, practice4, practice5, practice6);
    }

    /** Puts a message next to each rating that is missing or not a value of the scale. */
    void check(BindingResult errors) {
        List<String> values = values();
        for (int i = 0; i < values.size(); i++) {
            String field = "practice" + (i + 1);
            String value = values.get(i);
            if (value == null || value.isBlank()) {
                errors.rejectValue(field, "survey.answer.required", new Object[] {i + 1}, null);
            } else if (score(value) == null) {
                errors.rejectValue(field, "survey.answer.range", new Object[] {i + 1}, null);
            }
        }
    }

    /** The ratings in practice order; call after {@link #check} found nothing. */
    List<Integer> scores() {
        List<Integer> scores = new ArrayList<>();
        values().forEach(value -> scores.add(score(value)));
        return scores;
    }

    private static Integer score(String value) {
        if (value == null) {
            return null;
        }
        try {
            int score = Integer.parseInt(value.strip());
            return score >= KmPractice.LOWEST && score <= KmPractice.HIGHEST ? score : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
