package org.agorahub.insights.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Sending a survey round to a department: the last day it takes answers, or none for the default. */
record SurveySendForm(
        Long department,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn) {

    static SurveySendForm blank(long department) {
        return new SurveySendForm(department, null);
    }
}
