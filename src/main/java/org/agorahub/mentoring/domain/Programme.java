package org.agorahub.mentoring.domain;

import java.time.LocalDate;
import java.util.List;
import org.agorahub.mentoring.matching.CrossDepartment;
import org.agorahub.mentoring.matching.MatchingRules;

/**
 * A mentoring programme as its pages show it.
 *
 * @param departmentIds the departments it is for (with those under them); empty for the whole organisation
 * @param minGradeGap the mentor must be at least this many grades more senior; null for no rule
 */
public record Programme(
        long id,
        String name,
        String description,
        LocalDate startsOn,
        LocalDate endsOn,
        CrossDepartment crossDepartment,
        Integer minGradeGap,
        int maxMenteesPerMentor,
        List<Long> departmentIds,
        List<String> departmentNames,
        List<Long> organiserIds) {

    public MatchingRules rules() {
        return new MatchingRules(crossDepartment, minGradeGap, maxMenteesPerMentor);
    }

    public boolean organisationWide() {
        return departmentIds.isEmpty();
    }

    public boolean ended(LocalDate today) {
        return endsOn.isBefore(today);
    }
}
