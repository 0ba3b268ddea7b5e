package org.agorahub.expertise.domain;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.agorahub.expertise.SkillRef;
import org.agorahub.shared.ai.AiFeature;
import org.agorahub.shared.ai.Enrichments;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expert finder by meaning, for a question that names no skill ("who knows about flood defences for new housing
 * estates?"): the skills whose names mean something close, and the people whose profiles (job title, department, job
 * family, topics, languages and skills, embedded by the on-premises model) are closest to it. Only while "matching by
 * meaning" is on; people are visible organisation-wide and deactivated people have no index entry.
 */
@Component
class ProfilesByMeaning {

    /** Below this cosine similarity a skill or a profile is not offered as close in meaning. */
    static final float MIN_SIMILARITY = 0.35f;

    static final int PEOPLE = 10;

    private final Enrichments enrichments;
    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    /** Vectors of skill names and aliases by their text: names are few and change rarely. */
    private final Map<String, float[]> names = new ConcurrentHashMap<>();

    ProfilesByMeaning(Enrichments enrichments, EntityManager entityManager, JdbcClient jdbc) {
        this.enrichments = enrichments;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    boolean enabled() {
        return enrichments.enabled(AiFeature.SMART_MATCHING);
    }

    /** Skills whose name or an alias is close in meaning to the question, closest first. */
    List<SkillRef> skills(String question, int limit) {
        if (!enabled()) {
            return List.of();
        }
        float[] asked = enrichments.embed(question).orElse(null);
        if (asked == null) {
            return List.of();
        }
        List<NamedSkill> skills = jdbc.sql("""
                        select s.id, s.name, c.name as category, s.name as text
                        from skill s left join skill_category c on c.id = s.category_id
                        union all
                        select s.id, s.name, c.name, a.alias
                        from skill_alias a join skill s on s.id = a.skill_id
                        left join skill_category c on c.id = s.category_id
                        """).query(NamedSkill.class).list();
        Map<Long, Double> best = new java.util.HashMap<>();
        Map<Long, SkillRef> refs = new java.util.HashMap<>();
        for (NamedSkill skill : skills) {
            float[] vector = names.computeIfAbsent(
                    skill.text(), text -> enrichments.embed(text).orElse(null));
            if (vector == null) {
                continue;
            }
            double similarity = Enrichments.similarity(asked, vector);
            if (similarity >= MIN_SIMILARITY && similarity > best.getOrDefault(skill.id(), -1.0)) {
                best.put(skill.id(), similarity);
                refs.put(skill.id(), new SkillRef(skill.id(), skill.name(), skill.category()));
            }
        }
        return best.entrySet().stream()
                .sorted(Map.Entry.<Long, Double>comparingByValue().reversed())
                .limit(limit)
                .map(entry -> refs.get(entry.getKey()))
                .toList();
    }

    /** The people whose profiles are closest in meaning to the question, closest first. */
    @Transactional(readOnly = true)
    List<CloseProfile> people(String question, Long departmentId) {
        if (!enabled()) {
            return List.of();
        }
        float[] asked = enrichments.embed(question).orElse(null);
        if (asked == null) {
            return List.of();
        }
        List<List<?>> hits = Search.session(entityManager)
                .search(PersonEntry.class)
                .select(f -> f.composite(
                        f.id(Long.class),
                        f.field("title", String.class),
                        f.field(PersonEntrySearchBinder.SUMMARY, String.class),
                        f.score()))
                .where(f -> f.knn(PEOPLE)
                        .field(Enrichments.VECTOR_FIELD)
                        .matching(asked)
                        .requiredMinimumScore(Enrichments.scoreOfSimilarity(MIN_SIMILARITY))
                        .filter(
                                departmentId == null
                                        ? f.matchAll()
                                        : f.match()
                                                .field(PersonEntrySearchBinder.DEPARTMENT)
                                                .matching(departmentId)))
                .fetchHits(PEOPLE);
        List<CloseProfile> people = new ArrayList<>();
        for (List<?> hit : hits) {
            people.add(new CloseProfile((Long) hit.get(0), (String) hit.get(1), (String) hit.get(2)));
        }
        return people;
    }

    record NamedSkill(long id, String name, String category, String text) {}
}
