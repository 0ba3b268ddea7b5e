package org.agorahub.mentoring;

import java.time.LocalDate;
import java.util.Collection;

/** What other modules may ask of the mentoring module. */
public interface MentoringApi {

    /** Mentoring figures of the departments over the period (both days included); one query. */
    MentoringFigures figures(Collection<Long> departmentIds, LocalDate from, LocalDate to);
}
