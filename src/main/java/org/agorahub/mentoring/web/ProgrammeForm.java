package org.agorahub.mentoring.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.agorahub.mentoring.domain.ProgrammeCommand;
import org.agorahub.mentoring.matching.CrossDepartment;
import org.springframework.format.annotation.DateTimeFormat;

/** A new programme: name, dates, audience and rules. */
record ProgrammeForm(
        @NotBlank(message = "{programme.name.required}") @Size(max = 200, message = "{field.tooLong}") String name,

        @Size(max = 5000, message = "{field.tooLong}") String description,

        @NotNull(message = "{programme.startsOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate startsOn,

        @NotNull(message = "{programme.endsOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate endsOn,

        @NotNull(message = "{programme.crossDepartment.required}") CrossDepartment crossDepartment,

        @Min(value = 1, message = "{programme.minGradeGap.range}") @Max(value = 10, message = "{programme.minGradeGap.range}") Integer minGradeGap,

        @NotNull(message = "{programme.maxMentees.range}") @Min(value = 1, message = "{programme.maxMentees.range}") @Max(value = 10, message = "{programme.maxMentees.range}") Integer maxMenteesPerMentor,

        List<Long> departmentIds) {

    static ProgrammeForm blank() {
        LocalDate today = LocalDate.now();
        return new ProgrammeForm("", "", today, today.plusMonths(6), CrossDepartment.PREFERRED, null, 2, List.of());
    }

    ProgrammeCommand command() {
        return new ProgrammeCommand(
                name,
                description,
                startsOn,
                endsOn,
                crossDepartment,
                minGradeGap,
                maxMenteesPerMentor,
                departmentIds == null ? List.of() : departmentIds);
    }
}
