package org.agorahub.mentoring.domain;

import java.time.LocalDate;
import java.util.List;
import org.agorahub.mentoring.matching.CrossDepartment;

/** What it takes to start a programme (checked by the form first, and again by the database). */
public record ProgrammeCommand(
        String name,
        String description,
        LocalDate startsOn,
        LocalDate endsOn,
        CrossDepartment crossDepartment,
        Integer minGradeGap,
        int maxMenteesPerMentor,
        List<Long> departmentIds) {}
