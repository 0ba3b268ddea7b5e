package org.agorahub.expertise.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.agorahub.expertise.domain.ExpertiseProfileView.ProfileSkill;
import org.agorahub.expertise.domain.ExpertiseProfileView.SkillGroup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a person's expertise for their profile and their "My skills" page: three statements however many skills
 * and endorsements they have. Endorsements by deactivated people neither count nor show.
 */
@Service
@Transactional(readOnly = true)
public class ExpertiseProfileService {

    /** Ids per statement, well under PostgreSQL's limit of bind parameters. */
    private static final int IDS_PER_QUERY = 5000;

    /** Endorsers named beside each skill; the rest are counted. */
    public static final int ENDORSERS_SHOWN = 3;

    private final JdbcClient jdbc;

    ExpertiseProfileService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's expertise as {@code viewerId} (null: nobody in particular) sees it. */
    public ExpertiseProfileView profile(long personId, Long viewerId) {
        Map<Long, List<String>> endorsers = new HashMap<>();
        jdbc.sql("""
                select skill_id, display_name from (
                    select e.skill_id, p.display_name,
                           row_number() over (partition by e.skill_id order by e.created_at desc, p.id) as n
                    from skill_endorsement e join person p on p.id = e.endorser_id and p.active
                    where e.person_id = ?) named
                where n <= ?
                order by skill_id, n
                """).params(personId, ENDORSERS_SHOWN).query(rs -> {
            endorsers.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
        List<ProfileSkill> skills = jdbc.sql("""
                select ps.skill_id, s.name, c.name as category, ps.level,
                       (select count(*) from skill_endorsement e join person p on p.id = e.endorser_id and p.active
                        where e.person_id = ps.person_id and e.skill_id = ps.skill_id) as endorsements,
                       exists (select 1 from skill_endorsement e where e.person_id = ps.person_id
                               and e.skill_id = ps.skill_id and e.endorser_id = :viewer) as endorsed
                from person_skill ps join skill s on s.id = ps.skill_id
                     left join skill_category c on c.id = s.category_id
                where ps.person_id = :person
                order by c.name is null, lower(c.name), ps.level desc, lower(s.name)
                """)
                .param("person", personId)
                .param("viewer", viewerId == null ? -1L : viewerId)
                .query((rs, row) -> new ProfileSkill(
                        rs.getLong("skill_id"),
                        rs.getString("name"),
                        rs.getString("category"),
                        rs.getInt("level"),
                        rs.getLong("endorsements"),
                        List.copyOf(endorsers.getOrDefault(rs.getLong("skill_id"), List.of())),
                        rs.getBoolean("endorsed")))
                .list();
        Map<String, List<ProfileSkill>> byCategory = new LinkedHashMap<>();
        for (ProfileSkill skill : skills) {
            byCategory.computeIfAbsent(skill.category(), k -> new ArrayList<>()).add(skill);
        }
        List<SkillGroup> groups = new ArrayList<>();
        byCategory.forEach((category, list) -> groups.add(new SkillGroup(category, List.copyOf(list))));
        About about = about(personId);
        return new ExpertiseProfileView(List.copyOf(groups), about.jobFamily(), about.languages(), about.topics());
    }

    /** Job family, languages and topics, in one statement. */
    public About about(long personId) {
        return jdbc.sql("""
                select (select job_family from expertise_profile where person_id = :person) as job_family,
                       array(select language from person_language where person_id = :person
                             order by lower(language)) as languages,
                       array(select topic from person_topic where person_id = :person order by lower(topic)) as topics
                """)
                .param("person", personId)
                .query((rs, row) ->
                        new About(rs.getString("job_family"), strings(rs, "languages"), strings(rs, "topics")))
                .single();
    }

    /** Job families people have given, for suggestions, by name. */
    public List<String> jobFamilies() {
        return jdbc.sql("""
                select min(job_family) from expertise_profile where job_family is not null
                group by lower(job_family) order by lower(min(job_family))
                """).query(String.class).list();
    }

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null
                ? List.of()
                : Arrays.stream((Object[]) array.getArray())
                        .map(o -> Objects.toString(o))
                        .toList();
    }

    /** What a person says of themselves beyond skills. */
    /**
     * The languages each of these people speak, as they typed them (one entry per language whatever its case). One
     * statement for up to 5,000 people, one more for each 5,000 after.
     */
    public Map<Long, Set<String>> languages(Collection<Long> personIds) {
        Map<Long, Set<String>> languages = new HashMap<>();
        List<Long> ids = List.copyOf(Set.copyOf(personIds));
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            jdbc.sql("select person_id, language from person_language where person_id in (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)))
                    .query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .list()
                    .forEach(entry -> languages
                            .computeIfAbsent(entry.getKey(), id -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER))
                            .add(entry.getValue()));
        }
        return languages;
    }

    public record About(String jobFamily, List<String> languages, List<String> topics) {}
}
