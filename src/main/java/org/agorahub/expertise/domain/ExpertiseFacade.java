package org.agorahub.expertise.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.agorahub.expertise.DepartmentSkillNeed;
import org.agorahub.expertise.ExpertiseApi;
import org.agorahub.expertise.SkillNeed;
import org.agorahub.expertise.SkillRef;
import org.agorahub.expertise.SkillStanding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The module's answers to other modules, from the services that answer its own pages. */
@Service
@Transactional(readOnly = true)
class ExpertiseFacade implements ExpertiseApi {

    /** Ids per statement, well under PostgreSQL's limit of bind parameters. */
    private static final int IDS_PER_QUERY = 5000;

    private final JdbcClient jdbc;
    private final SkillLookup skills;
    private final GapService gaps;
    private final EvidenceService evidence;
    private final ExpertiseProfileService profiles;
    private final RiskService risks;

    ExpertiseFacade(
            JdbcClient jdbc,
            SkillLookup skills,
            GapService gaps,
            EvidenceService evidence,
            ExpertiseProfileService profiles,
            RiskService risks) {
        this.jdbc = jdbc;
        this.skills = skills;
        this.gaps = gaps;
        this.evidence = evidence;
        this.profiles = profiles;
        this.risks = risks;
    }

    @Override
    public List<SkillStanding> declaredSkills(long personId) {
        return standings(List.of(personId)).getOrDefault(personId, Map.of()).values().stream()
                .filter(standing -> standing.level() > 0)
                .sorted((a, b) -> String.CASE_INSENSITIVE_ORDER.compare(a.skillName(), b.skillName()))
                .toList();
    }

    @Override
    public List<SkillNeed> gaps(long personId) {
        return gaps.forPerson(personId).gaps().stream()
                .map(gap -> new SkillNeed(gap.skillId(), gap.skillName(), gap.current(), gap.target()))
                .toList();
    }

    @Override
    public Map<Long, Map<Long, SkillStanding>> standings(Collection<Long> personIds) {
        Map<Long, Map<Long, Standing>> found = new HashMap<>();
        List<Long> ids = List.copyOf(Set.copyOf(personIds));
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            jdbc.sql("""
                    select p.person_id, p.skill_id, s.name as skill_name, p.level, 'LEVEL' as item_type, 0 as weight
                    from person_skill p join skill s on s.id = p.skill_id where p.person_id in (:ids)
                    union all
                    select i.person_id, i.skill_id, s.name, 0, i.item_type, i.weight
                    from skill_evidence_item i join skill s on s.id = i.skill_id where i.person_id in (:ids)
                    """)
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)))
                    .query(StandingRow.class)
                    .list()
                    .forEach(row -> found.computeIfAbsent(row.personId(), id -> new TreeMap<>())
                            .computeIfAbsent(row.skillId(), id -> new Standing(row.skillId(), row.skillName()))
                            .add(row));
        }
        Map<Long, Map<Long, SkillStanding>> result = new HashMap<>();
        found.forEach((person, bySkill) -> {
            Map<Long, SkillStanding> standings = new LinkedHashMap<>();
            bySkill.forEach((skill, standing) -> standings.put(skill, standing.result()));
            result.put(person, standings);
        });
        return result;
    }

    @Override
    public Map<Long, Set<String>> languages(Collection<Long> personIds) {
        return profiles.languages(personIds);
    }

    @Override
    public Optional<SkillRef> skillNamed(String nameOrAlias) {
        return skills.byNameOrAlias(nameOrAlias);
    }

    @Override
    public Map<Long, SkillRef> skills(Collection<Long> ids) {
        return skills.byIds(ids);
    }

    @Override
    public List<DepartmentSkillNeed> departmentGaps(long departmentId) {
        return gaps.skillsOf(departmentId).stream()
                .filter(skill -> skill.peopleWithGap() > 0)
                .toList();
    }

    @Override
    public int skillsHeldByOne(long departmentId) {
        return risks.soleHolders(departmentId).size();
    }

    @Override
    @Transactional
    public void recomputeEvidence(long personId) {
        evidence.recompute(personId);
    }

    record StandingRow(long personId, long skillId, String skillName, int level, String itemType, double weight) {}

    private static final class Standing {
        private final long skillId;
        private final String skillName;
        private int level;
        private double evidence;
        private final int[] counts = new int[EvidenceKind.values().length];

        Standing(long skillId, String skillName) {
            this.skillId = skillId;
            this.skillName = skillName;
        }

        void add(StandingRow row) {
            if ("LEVEL".equals(row.itemType())) {
                level = row.level();
            } else {
                EvidenceKind kind = EvidenceKind.valueOf(row.itemType());
                evidence += row.weight();
                counts[kind.ordinal()]++;
            }
        }

        SkillStanding result() {
            return new SkillStanding(
                    skillId,
                    skillName,
                    level,
                    evidence,
                    counts[EvidenceKind.ACCEPTED_ANSWER.ordinal()],
                    counts[EvidenceKind.UPVOTED_REPLY.ordinal()],
                    counts[EvidenceKind.AUTHORED.ordinal()],
                    counts[EvidenceKind.VERIFIED.ordinal()],
                    counts[EvidenceKind.MENTORED.ordinal()]);
        }
    }

    @Override
    public long countSkills() {
        return jdbc.sql("select count(*) from skill").query(Long.class).single();
    }
}
