package org.agorahub.expertise.domain;

import java.util.List;
import org.agorahub.expertise.DepartmentSkillNeed;

/**
 * A department's skill gaps, aggregated by skill: the skills its frameworks ask for, those with the most people
 * short first.
 *
 * @param people active people of the department (its own staff, not its sub-departments')
 */
public record DepartmentGaps(long departmentId, String departmentName, int people, List<DepartmentSkillNeed> skills) {}
