package org.agorahub.expertise.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agorahub.forum.ForumApi;
import org.agorahub.forum.TaggedThread;
import org.agorahub.library.DocumentReference;
import org.agorahub.library.LibraryApi;
import org.agorahub.people.CurrentUser;
import org.agorahub.shared.Tags;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recommendations for a person's skill gaps: verified documents and forum threads tagged with the skill's name or
 * one of its aliases, only those the person may read; and people who could mentor the skill. A constant number of
 * queries however many gaps: one for the aliases, one for documents, one for threads, one for mentors.
 */
@Service
@Transactional(readOnly = true)
public class RecommendationService {

    /** At most this many documents, threads and mentors per gap. */
    public static final int PER_GAP = 3;

    /** A mentor declares the skill at least at this level (practitioner), and at least at the person's target. */
    public static final int MENTOR_LEVEL = 3;

    private final JdbcClient jdbc;
    private final LibraryApi libraries;
    private final ForumApi forums;

    RecommendationService(JdbcClient jdbc, LibraryApi libraries, ForumApi forums) {
        this.jdbc = jdbc;
        this.libraries = libraries;
        this.forums = forums;
    }

    /** Recommendations for each gap, by skill id, as the person (the reader) may see them. */
    public Map<Long, Recommendations> forGaps(CurrentUser reader, Collection<SkillGap> gaps) {
        if (gaps.isEmpty()) {
            return Map.of();
        }
        Map<Long, Set<String>> tags = tags(gaps);
        Map<Long, List<DocumentReference>> documents = libraries.verifiedDocumentsTagged(reader, tags, PER_GAP);
        Map<Long, List<TaggedThread>> threads = forums.threadsTagged(reader, tags, PER_GAP);
        Map<Long, List<RecommendedMentor>> mentors = mentors(reader.id(), gaps);
        Map<Long, Recommendations> result = new HashMap<>();
        for (SkillGap gap : gaps) {
            long skill = gap.skillId();
            result.put(
                    skill,
                    new Recommendations(
                            documents.getOrDefault(skill, List.of()),
                            threads.getOrDefault(skill, List.of()),
                            mentors.getOrDefault(skill, List.of())));
        }
        return result;
    }

    /** Each skill's name and aliases as tags. */
    private Map<Long, Set<String>> tags(Collection<SkillGap> gaps) {
        Map<Long, Set<String>> tags = new HashMap<>();
        for (SkillGap gap : gaps) {
            tags.computeIfAbsent(gap.skillId(), id -> new LinkedHashSet<>()).add(Tags.normalise(gap.skillName()));
        }
        jdbc.sql("select skill_id, alias from skill_alias where skill_id in (:skills)")
                .param("skills", List.copyOf(tags.keySet()))
                .query((rs, row) -> tags.get(rs.getLong(1)).add(Tags.normalise(rs.getString(2))))
                .list();
        tags.values().forEach(set -> set.remove(""));
        return tags;
    }

    /**
     * Up to {@link #PER_GAP} active people per skill, other than the person, declaring it at least at
     * max({@link #MENTOR_LEVEL}, target): highest level first, then most endorsed, then most evidence, then by name.
     */
    private Map<Long, List<RecommendedMentor>> mentors(Long personId, Collection<SkillGap> gaps) {
        List<Long> skills = new ArrayList<>();
        List<Long> expertOnly = new ArrayList<>(List.of(-1L));
        for (SkillGap gap : gaps) {
            skills.add(gap.skillId());
            if (gap.target() > MENTOR_LEVEL) {
                expertOnly.add(gap.skillId());
            }
        }
        Map<Long, List<RecommendedMentor>> found = new HashMap<>();
        jdbc.sql("""
                select skill_id, person_id, display_name, department_name, level, endorsements from (
                    select ps.skill_id, p.id as person_id, p.display_name, d.name as department_name, ps.level,
                           e.endorsements,
                           row_number() over (partition by ps.skill_id
                                              order by ps.level desc, e.endorsements desc,
                                                       coalesce(se.score, 0) desc, lower(p.display_name), p.id)
                               as position
                    from person_skill ps
                    join person p on p.id = ps.person_id and p.active and p.id <> :me
                    join department d on d.id = p.department_id
                    left join skill_evidence se on se.person_id = ps.person_id and se.skill_id = ps.skill_id
                    cross join lateral (select count(*) as endorsements from skill_endorsement en
                                        where en.person_id = ps.person_id and en.skill_id = ps.skill_id) e
                    where ps.skill_id in (:skills)
                      and ps.level >= case when ps.skill_id in (:expertOnly) then 4 else :mentorLevel end) ranked
                where position <= :perGap
                order by skill_id, position
                """)
                .param("me", personId == null ? -1L : personId)
                .param("skills", skills)
                .param("expertOnly", expertOnly)
                .param("mentorLevel", MENTOR_LEVEL)
                .param("perGap", PER_GAP)
                .query(RecommendedMentor.class)
                .list()
                .forEach(mentor -> found.computeIfAbsent(mentor.skillId(), id -> new ArrayList<>())
                        .add(mentor));
        return found;
    }
}
