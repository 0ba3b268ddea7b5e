package org.agorahub.expertise.domain;

import java.util.List;
import java.util.Optional;
import org.agorahub.expertise.SkillRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds skills by what people type: a skill's name or one of its aliases, in any case. The read side every part of
 * the module shares (finder, gaps, evidence); the taxonomy screens change skills.
 */
@Component
@Transactional(readOnly = true)
public class SkillLookup {

    private static final String COLUMNS = """
            select s.id, s.name, c.name as category from skill s left join skill_category c on c.id = s.category_id
            """;

    private final JdbcClient jdbc;

    SkillLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The skill with exactly this name or alias (ignoring case and surrounding spaces). */
    public Optional<SkillRef> byNameOrAlias(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql(COLUMNS + """
                where lower(s.name) = lower(:text)
                   or s.id = (select a.skill_id from skill_alias a where lower(a.alias) = lower(:text))
                """)
                .param("text", text.strip())
                .query(SkillRef.class)
                .optional();
    }

    /**
     * Skills whose name or an alias contains the text (any case), those starting with it first, then by name; at
     * most {@code limit}.
     */
    public List<SkillRef> matching(String text, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String pattern = "%"
                + text.strip()
                        .toLowerCase(java.util.Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_")
                + "%";
        return jdbc.sql(COLUMNS + """
                where lower(s.name) like :pattern
                   or exists (select 1 from skill_alias a where a.skill_id = s.id and lower(a.alias) like :pattern)
                order by lower(s.name) like :prefix desc, lower(s.name)
                limit :limit
                """)
                .param("pattern", pattern)
                .param("prefix", pattern.substring(1))
                .param("limit", limit)
                .query(SkillRef.class)
                .list();
    }

    public Optional<SkillRef> byId(long id) {
        return jdbc.sql(COLUMNS + "where s.id = ?")
                .param(id)
                .query(SkillRef.class)
                .optional();
    }

    /** The skills with these ids that exist, by id. One statement. */
    public java.util.Map<Long, SkillRef> byIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, SkillRef> found = new java.util.HashMap<>();
        jdbc.sql(COLUMNS + "where s.id in (:ids)")
                .param("ids", List.copyOf(java.util.Set.copyOf(ids)))
                .query(SkillRef.class)
                .list()
                .forEach(skill -> found.put(skill.id(), skill));
        return found;
    }
}
