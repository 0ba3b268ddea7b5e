package org.agorahub.mentoring.matching;

/**
 * A programme's rules for a round.
 *
 * @param crossDepartment whether pairs must, should or need not cross departments
 * @param minGradeGap the mentor must be at least this many grades more senior than the mentee (grades are ranks,
 *     higher is more senior); null for no seniority rule
 * @param maxMenteesPerMentor no mentor gets more mentees than this in the programme, whatever their offer says
 */
public record MatchingRules(CrossDepartment crossDepartment, Integer minGradeGap, int maxMenteesPerMentor) {}
