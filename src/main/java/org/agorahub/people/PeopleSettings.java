package org.agorahub.people;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The organisation's people settings, under {@code agora.people}.
 *
 * @param grades the grade scale from most junior to most senior; a person's grade is its position (1 for the first).
 *     By default the UK civil service's grades.
 */
@ConfigurationProperties("agora.people")
public record PeopleSettings(
        @DefaultValue({"AA", "AO", "EO", "HEO", "SEO", "Grade 7", "Grade 6", "SCS1", "SCS2", "SCS3"})
        List<String> grades) {

    /** The name of a grade, or null for none or one off the scale. */
    public String gradeName(Integer grade) {
        return grade == null || grade < 1 || grade > grades.size() ? null : grades.get(grade - 1);
    }

    public boolean isGrade(Integer grade) {
        return gradeName(grade) != null;
    }
}
