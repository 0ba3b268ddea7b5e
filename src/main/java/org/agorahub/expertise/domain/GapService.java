package org.agorahub.expertise.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.agorahub.expertise.DepartmentSkillNeed;
import org.agorahub.people.DepartmentSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Skill gaps of a person and of a department. The frameworks that apply to a person are those of their department
 * and of every department above it, and those of their job family (from their expertise profile, in any case); the
 * rule itself is {@link GapRule}. Each answer is one query, however many frameworks, skills or people.
 */
@Service
@Transactional(readOnly = true)
public class GapService {

    /**
     * Every requirement of the frameworks that apply to the people of the {@code staff} common table expression
     * (columns person_id, department_id, job_family), with the person's declared level and evidence score.
     */
    private static final String REQUIREMENTS = """
            with recursive staff as (%s),
            chain (person_id, department_id) as (
                select person_id, department_id from staff
                union
                select c.person_id, d.parent_id from chain c
                join department d on d.id = c.department_id
                where d.parent_id is not null),
            applicable (person_id, framework_id) as (
                select c.person_id, f.id from chain c join competency_framework f on f.department_id = c.department_id
                union
                select s.person_id, f.id from staff s
                join competency_framework f on lower(f.job_family) = lower(s.job_family))
            select a.person_id, fs.skill_id, sk.name as skill_name, f.id as framework_id, f.name as framework_name,
                   fs.target_level as target, fs.importance, ps.level as declared, se.score as evidence
            from applicable a
            join competency_framework f on f.id = a.framework_id
            join framework_skill fs on fs.framework_id = f.id
            join skill sk on sk.id = fs.skill_id
            left join person_skill ps on ps.person_id = a.person_id and ps.skill_id = fs.skill_id
            left join skill_evidence se on se.person_id = a.person_id and se.skill_id = fs.skill_id
            order by a.person_id, fs.skill_id, f.id
            """;

    private final JdbcClient jdbc;

    GapService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's gaps, most pressing first, and the frameworks that apply to them. */
    public PersonalGaps forPerson(long personId) {
        List<GapRequirement> requirements = jdbc.sql(REQUIREMENTS.formatted("""
                        select p.id as person_id, p.department_id, ep.job_family
                        from person p left join expertise_profile ep on ep.person_id = p.id
                        where p.id = :person"""))
                .param("person", personId)
                .query(GapRequirement.class)
                .list();
        TreeSet<String> frameworks = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        requirements.forEach(requirement -> frameworks.add(requirement.frameworkName()));
        return new PersonalGaps(List.copyOf(frameworks), GapRule.gaps(requirements));
    }

    /**
     * The department's gaps by skill, over its active people: the skills with most people short first, then the
     * largest average shortfall, then by name. Nobody is named.
     */
    public DepartmentGaps forDepartment(DepartmentSummary department) {
        List<DepartmentSkillNeed> skills = skillsOf(department.id());
        int people = jdbc.sql("select count(*) from person where department_id = ? and active")
                .param(department.id())
                .query(Integer.class)
                .single();
        return new DepartmentGaps(department.id(), department.name(), people, List.copyOf(skills));
    }

    /** The department's gaps by skill, in the order {@link #forDepartment} gives; one statement. */
    public List<DepartmentSkillNeed> skillsOf(long departmentId) {
        Map<Long, List<GapRequirement>> byPerson = new LinkedHashMap<>();
        jdbc.sql(REQUIREMENTS.formatted("""
                        select p.id as person_id, p.department_id, ep.job_family
                        from person p left join expertise_profile ep on ep.person_id = p.id
                        where p.department_id = :department and p.active"""))
                .param("department", departmentId)
                .query(GapRequirement.class)
                .list()
                .forEach(requirement -> byPerson.computeIfAbsent(requirement.personId(), id -> new ArrayList<>())
                        .add(requirement));
        Map<Long, Tally> bySkill = new LinkedHashMap<>();
        for (List<GapRequirement> requirements : byPerson.values()) {
            for (SkillGap gap : GapRule.assess(requirements)) {
                bySkill.computeIfAbsent(gap.skillId(), id -> new Tally(id, gap.skillName()))
                        .add(gap.gap());
            }
        }
        List<DepartmentSkillNeed> skills =
                new ArrayList<>(bySkill.values().stream().map(Tally::result).toList());
        skills.sort(Comparator.comparingInt(DepartmentSkillNeed::peopleWithGap)
                .reversed()
                .thenComparing(Comparator.comparingDouble(DepartmentSkillNeed::averageShortfall)
                        .reversed())
                .thenComparing(skill -> skill.skillName().toLowerCase(Locale.ROOT)));
        return List.copyOf(skills);
    }

    private static final class Tally {
        private final long skillId;
        private final String skillName;
        private int asked;
        private final int[] shortBy = new int[4];
        private int totalShortfall;

        Tally(long skillId, String skillName) {
            this.skillId = skillId;
            this.skillName = skillName;
        }

        void add(int gap) {
            asked++;
            if (gap > 0) {
                shortBy[Math.min(gap, 3)]++;
                totalShortfall += gap;
            }
        }

        DepartmentSkillNeed result() {
            int withGap = shortBy[1] + shortBy[2] + shortBy[3];
            double average = withGap == 0 ? 0 : Math.round(10.0 * totalShortfall / withGap) / 10.0;
            return new DepartmentSkillNeed(
                    skillId, skillName, asked, withGap, shortBy[1], shortBy[2], shortBy[3], average);
        }
    }
}
