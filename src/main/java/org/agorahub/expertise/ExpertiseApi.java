package org.agorahub.expertise;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What other modules may ask of the expertise module. */
public interface ExpertiseApi {

    /** The skills a person declared, with their levels, by skill name. */
    List<SkillStanding> declaredSkills(long personId);

    /** A person's skill gaps, most pressing first (only skills short of their target). */
    List<SkillNeed> gaps(long personId);

    /**
     * Where each of these people stands on each skill they declared or have evidence for, by person then skill. A
     * fixed number of statements however many people.
     */
    Map<Long, Map<Long, SkillStanding>> standings(Collection<Long> personIds);

    /** The languages each of these people speak, as they typed them. */
    Map<Long, Set<String>> languages(Collection<Long> personIds);

    /** The skill a name or alias names, in any case. */
    Optional<SkillRef> skillNamed(String nameOrAlias);

    /** The skills with these ids that exist, by id. */
    Map<Long, SkillRef> skills(Collection<Long> ids);

    /** A department's skill gaps by skill, the skills with most people short first; nobody is named. */
    List<DepartmentSkillNeed> departmentGaps(long departmentId);

    /** How many skills only one active person of the department holds at practitioner level or above. */
    int skillsHeldByOne(long departmentId);

    /** Recomputes one person's evidence now (after something that counts as evidence changed elsewhere). */
    void recomputeEvidence(long personId);

    /** How many skills the taxonomy holds (for the taxonomy overview). */
    long countSkills();
}
