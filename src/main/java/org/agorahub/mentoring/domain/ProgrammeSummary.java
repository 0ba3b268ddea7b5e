package org.agorahub.mentoring.domain;

import java.time.LocalDate;
import java.util.List;

/** A programme in the list: who it is for, how many are waiting, and the viewer's part in it. */
public record ProgrammeSummary(
        long id,
        String name,
        String description,
        LocalDate startsOn,
        LocalDate endsOn,
        List<String> departmentNames,
        int mentorsWaiting,
        int menteesWaiting,
        boolean organiser,
        boolean offering,
        boolean asking) {}
