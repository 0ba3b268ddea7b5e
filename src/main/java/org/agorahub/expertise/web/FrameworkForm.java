package org.agorahub.expertise.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.agorahub.expertise.domain.FrameworkDetails;
import org.agorahub.expertise.domain.FrameworkSettings;

/**
 * Creating or changing a competency framework. Skills are rows of a name (or alias), a target level and an
 * importance; blank rows are ignored, and the form always offers a few, so it works without JavaScript.
 */
record FrameworkForm(
        @NotBlank(message = "{framework.name.required}") @Size(max = 200, message = "{field.tooLong}") String name,

        @Size(max = 4000, message = "{field.tooLong}") String description,
        String departmentId,

        @Size(max = 100, message = "{field.tooLong}") String jobFamily,

        @Valid List<Row> skills) {

    static final int BLANK_ROWS = 3;

    /** Levels are text, so a tampered value is refused by the rules with a message instead of failing to bind. */
    record Row(@Size(max = 100, message = "{field.tooLong}") String skill, String target, String importance) {

        static Row blank() {
            return new Row("", "3", "2");
        }

        boolean isBlank() {
            return skill == null || skill.isBlank();
        }
    }

    FrameworkForm {
        skills = skills == null ? List.of() : skills;
    }

    static FrameworkForm blank(Long departmentId) {
        return new FrameworkForm("", "", departmentId == null ? "" : departmentId.toString(), "", List.of())
                .withBlankRows(5);
    }

    static FrameworkForm of(FrameworkDetails framework) {
        List<Row> rows = framework.skills().stream()
                .map(skill ->
                        new Row(skill.skillName(), String.valueOf(skill.target()), String.valueOf(skill.importance())))
                .toList();
        return new FrameworkForm(
                        framework.name(),
                        framework.description() == null ? "" : framework.description(),
                        framework.departmentId() == null
                                ? ""
                                : framework.departmentId().toString(),
                        framework.jobFamily() == null ? "" : framework.jobFamily(),
                        rows)
                .withBlankRows(BLANK_ROWS);
    }

    /** The same form with this many blank rows more at the end. */
    FrameworkForm withBlankRows(int count) {
        List<Row> rows = new ArrayList<>(skills);
        for (int i = 0; i < count; i++) {
            rows.add(Row.blank());
        }
        return new FrameworkForm(name, description, departmentId, jobFamily, rows);
    }

    FrameworkSettings settings() {
        List<FrameworkSettings.Entry> entries = new ArrayList<>();
        for (int i = 0; i < skills.size(); i++) {
            Row row = skills.get(i);
            if (row != null && !row.isBlank()) {
                entries.add(
                        new FrameworkSettings.Entry(i, row.skill(), number(row.target()), number(row.importance())));
            }
        }
        return new FrameworkSettings(name, description, department(), jobFamily, entries);
    }

    /** The chosen department's id; null for none; -1 (no such department) for anything that is not an id. */
    private Long department() {
        if (departmentId == null || departmentId.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(departmentId.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    /** The whole number the text holds, or null when it holds none. */
    private static Integer number(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
