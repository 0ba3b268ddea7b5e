package org.agorahub.expertise.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.agorahub.expertise.SkillMerged;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.Role;
import org.agorahub.shared.NotFoundException;
import org.agorahub.shared.audit.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The skills taxonomy as curators and admins keep it: create, edit (rename), and merge one skill into another. A
 * name or alias names one skill only, in any case, so typing it always finds the same skill. People are found in
 * search by their skills' names and aliases, so a change reindexes everyone declaring the skill, in the same
 * transaction ({@link PeopleIndexer}).
 */
@Service
public class TaxonomyService {

    public static final int MAX_NAME = 100;
    public static final int MAX_ALIASES = 30;

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final PeopleIndexer index;
    private final ApplicationEventPublisher events;

    TaxonomyService(
            JdbcClient jdbc,
            AccessPolicy access,
            AuditLog audit,
            PeopleIndexer index,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.index = index;
        this.events = events;
    }

    public boolean canManage(CurrentUser user) {
        return user.isAdmin() || user.hasRole(Role.CURATOR);
    }

    /** Every skill, grouped by category (categories by name, uncategorised last), in one statement. */
    @Transactional(readOnly = true)
    public List<SkillCategoryView> overview() {
        List<SkillSummary> skills =
                jdbc.sql("""
                select s.id, s.name, s.description, s.category_id, c.name as category,
                       array(select a.alias from skill_alias a where a.skill_id = s.id order by lower(a.alias))
                           as aliases,
                       (select count(*) from person_skill ps join person p on p.id = ps.person_id and p.active
                        where ps.skill_id = s.id) as people
                from skill s left join skill_category c on c.id = s.category_id
                order by c.name is null, lower(c.name), lower(s.name)
                """).query(TaxonomyService::summary).list();
        Map<Long, SkillCategoryView> byCategory = new LinkedHashMap<>();
        List<SkillCategoryView> result = new ArrayList<>();
        for (SkillSummary skill : skills) {
            SkillCategoryView view =
                    byCategory.computeIfAbsent(skill.categoryId() == null ? -1 : skill.categoryId(), k -> {
                        SkillCategoryView v =
                                new SkillCategoryView(skill.categoryId(), skill.category(), new ArrayList<>());
                        result.add(v);
                        return v;
                    });
            view.skills().add(skill);
        }
        return result;
    }

    @Transactional(readOnly = true)
    public List<CategoryOption> categories() {
        return jdbc.sql("select id, name from skill_category order by lower(name)")
                .query(CategoryOption.class)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<SkillSummary> skill(long id) {
        return jdbc.sql("""
                select s.id, s.name, s.description, s.category_id, c.name as category,
                       array(select a.alias from skill_alias a where a.skill_id = s.id order by lower(a.alias))
                           as aliases,
                       (select count(*) from person_skill ps join person p on p.id = ps.person_id and p.active
                        where ps.skill_id = s.id) as people
                from skill s left join skill_category c on c.id = s.category_id
                where s.id = ?
                """).param(id).query(TaxonomyService::summary).optional();
    }

    /** Other skills a skill may be merged into, by name. */
    @Transactional(readOnly = true)
    public List<CategoryOption> otherSkills(long id) {
        return jdbc.sql("select id, name from skill where id <> ? order by lower(name)")
                .param(id)
                .query(CategoryOption.class)
                .list();
    }

    @Transactional
    public long create(CurrentUser user, SkillCommand command) {
        access.require(canManage(user), user, "manage skills", "create");
        String name = checkName(command.name());
        Set<String> aliases = aliases(command.aliases(), name);
        checkFree(name, aliases, null);
        Long categoryId = category(command);
        long id = jdbc.sql("insert into skill (name, description, category_id) values (?, ?, ?) returning id")
                .params(name, blankToNull(command.description()), categoryId)
                .query(Long.class)
                .single();
        insertAliases(id, aliases);
        audit.record(user.id(), "skill.created", "skill", id, name);
        return id;
    }

    /** Edits a skill; a new name is a rename, the old name kept as an alias when the command says so. */
    @Transactional
    public void update(CurrentUser user, long id, SkillCommand command) {
        access.require(canManage(user), user, "manage skills", id);
        SkillSummary old = lock(id);
        String name = checkName(command.name());
        Set<String> aliases = aliases(command.aliases(), name);
        boolean renamed = !old.name().equals(name);
        if (renamed && command.keepOldName() && !old.name().equalsIgnoreCase(name)) {
            aliases.add(old.name());
        }
        checkFree(name, aliases, id);
        Long categoryId = category(command);
        jdbc.sql("""
                update skill set name = ?, description = ?, category_id = ?, updated_at = now(),
                                 version = version + 1
                where id = ?
                """)
                .params(name, blankToNull(command.description()), categoryId, id)
                .update();
        jdbc.sql("delete from skill_alias where skill_id = ?").param(id).update();
        insertAliases(id, aliases);
        index.reindexDeclaring(id); // people are found by their skills' names and aliases
        audit.record(
                user.id(),
                renamed ? "skill.renamed" : "skill.updated",
                "skill",
                id,
                renamed ? "“" + old.name() + "” → “" + name + "”" : name);
    }

    /**
     * Merges skill {@code fromId} into {@code intoId}, all in one transaction: declared levels (the higher one when
     * a person had both), endorsements (once each), frameworks (the higher target and importance) and aliases move
     * to the kept skill, the merged skill's name becomes one of its aliases, the merged skill's evidence is dropped
     * (it is recomputed) and the merged skill deleted.
     *
     * @return the name of the merged (deleted) skill
     */
    @Transactional
    public String merge(CurrentUser user, long fromId, long intoId) {
        access.require(canManage(user), user, "manage skills", fromId);
        if (fromId == intoId) {
            throw new SkillRefusedException("into", "skill.merge.self");
        }
        // locked in id order, so two merges of the same pair in opposite directions cannot deadlock
        SkillSummary first = lock(Math.min(fromId, intoId));
        SkillSummary second = lock(Math.max(fromId, intoId));
        SkillSummary from = first.id() == fromId ? first : second;
        SkillSummary into = first.id() == intoId ? first : second;
        Map<String, Object> ids = Map.of("from", fromId, "into", intoId);
        jdbc.sql("""
                insert into person_skill (person_id, skill_id, level, updated_at)
                select person_id, :into, level, updated_at from person_skill where skill_id = :from
                on conflict (person_id, skill_id) do update
                    set level = greatest(person_skill.level, excluded.level), updated_at = now()
                """).params(ids).update();
        jdbc.sql("delete from person_skill where skill_id = :from").params(ids).update();
        jdbc.sql("""
                insert into skill_endorsement (person_id, skill_id, endorser_id, created_at)
                select person_id, :into, endorser_id, created_at from skill_endorsement where skill_id = :from
                on conflict do nothing
                """).params(ids).update();
        jdbc.sql("delete from skill_endorsement where skill_id = :from")
                .params(ids)
                .update();
        jdbc.sql("""
                insert into framework_skill (framework_id, skill_id, target_level, importance)
                select framework_id, :into, target_level, importance from framework_skill where skill_id = :from
                on conflict (framework_id, skill_id) do update
                    set target_level = greatest(framework_skill.target_level, excluded.target_level),
                        importance = greatest(framework_skill.importance, excluded.importance)
                """).params(ids).update();
        jdbc.sql("delete from framework_skill where skill_id = :from")
                .params(ids)
                .update();
        jdbc.sql("delete from skill_evidence_item where skill_id = :from")
                .params(ids)
                .update();
        jdbc.sql("delete from skill_evidence where skill_id = :from")
                .params(ids)
                .update();
        jdbc.sql("delete from skill_alias where skill_id = :from").params(ids).update();
        Set<String> moved = new LinkedHashSet<>(from.aliases());
        moved.add(from.name());
        for (String alias : moved) {
            if (!alias.equalsIgnoreCase(into.name())) {
                jdbc.sql("insert into skill_alias (skill_id, alias) values (?, ?) on conflict do nothing")
                        .params(intoId, alias)
                        .update();
            }
        }
        events.publishEvent(new SkillMerged(fromId, intoId));
        jdbc.sql("delete from skill where id = :from").params(ids).update();
        jdbc.sql("update skill set updated_at = now(), version = version + 1 where id = :into")
                .params(ids)
                .update();
        index.reindexDeclaring(intoId); // everyone who had either skill now has the kept one, with its new aliases
        audit.record(
                user.id(), "skill.merged", "skill", intoId, "“" + from.name() + "” merged into “" + into.name() + "”");
        return from.name();
    }

    private SkillSummary lock(long id) {
        jdbc.sql("select id from skill where id = ? for update")
                .param(id)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new UnknownSkillException(id));
        return skill(id).orElseThrow(() -> new UnknownSkillException(id));
    }

    private static String checkName(String raw) {
        String name = clean(raw);
        if (name.isEmpty()) {
            throw new SkillRefusedException("name", "skill.name.required");
        }
        if (name.length() > MAX_NAME) {
            throw new SkillRefusedException("name", "skill.name.tooLong", MAX_NAME);
        }
        return name;
    }

    /** The aliases typed, cleaned, without repeats (any case) and without the skill's own name. */
    private static Set<String> aliases(String raw, String name) {
        Map<String, String> byLower = new LinkedHashMap<>();
        if (raw != null) {
            for (String part : raw.split(",")) {
                String alias = clean(part);
                if (alias.isEmpty() || alias.equalsIgnoreCase(name)) {
                    continue;
                }
                if (alias.length() > MAX_NAME) {
                    throw new SkillRefusedException("aliases", "skill.alias.tooLong", alias, MAX_NAME);
                }
                byLower.putIfAbsent(alias.toLowerCase(Locale.ROOT), alias);
            }
        }
        if (byLower.size() > MAX_ALIASES) {
            throw new SkillRefusedException("aliases", "skill.alias.tooMany", MAX_ALIASES);
        }
        return new LinkedHashSet<>(byLower.values());
    }

    /** Refuses a name or alias that is already a name or alias of another skill, saying which. */
    private void checkFree(String name, Set<String> aliases, Long self) {
        List<String> texts = new ArrayList<>();
        texts.add(name);
        texts.addAll(aliases);
        List<String> lowered =
                texts.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
        List<Taken> taken = jdbc.sql("""
                select lower(s.name) as text, s.name as owner from skill s
                where lower(s.name) in (:texts) and (cast(:self as bigint) is null or s.id <> :self)
                union all
                select lower(a.alias), s.name from skill_alias a join skill s on s.id = a.skill_id
                where lower(a.alias) in (:texts) and (cast(:self as bigint) is null or s.id <> :self)
                """)
                .param("texts", lowered)
                .param("self", self)
                .query(Taken.class)
                .list();
        for (int i = 0; i < texts.size(); i++) {
            String lower = lowered.get(i);
            for (Taken t : taken) {
                if (t.text().equals(lower)) {
                    throw new SkillRefusedException(
                            i == 0 ? "name" : "aliases", "skill.nameInUse", texts.get(i), t.owner());
                }
            }
        }
    }

    private Long category(SkillCommand command) {
        String newCategory = clean(command.newCategory());
        if (!newCategory.isEmpty()) {
            if (newCategory.length() > MAX_NAME) {
                throw new SkillRefusedException("newCategory", "skill.category.tooLong", MAX_NAME);
            }
            return jdbc.sql("""
                    insert into skill_category (name) values (?)
                    on conflict (lower(name)) do update set name = skill_category.name
                    returning id
                    """).param(newCategory).query(Long.class).single();
        }
        if (command.categoryId() == null) {
            return null;
        }
        boolean exists = jdbc.sql("select count(*) from skill_category where id = ?")
                        .param(command.categoryId())
                        .query(Long.class)
                        .single()
                > 0;
        if (!exists) {
            throw new SkillRefusedException("categoryId", "skill.category.unknown");
        }
        return command.categoryId();
    }

    private void insertAliases(long id, Set<String> aliases) {
        for (String alias : aliases) {
            jdbc.sql("insert into skill_alias (skill_id, alias) values (?, ?)")
                    .params(id, alias)
                    .update();
        }
    }

    static String clean(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static SkillSummary summary(ResultSet rs, int row) throws SQLException {
        Array array = rs.getArray("aliases");
        List<String> aliases = array == null ? List.of() : Arrays.asList((String[]) array.getArray());
        Long categoryId = rs.getObject("category_id", Long.class);
        return new SkillSummary(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("description"),
                categoryId,
                rs.getString("category"),
                List.copyOf(aliases),
                rs.getLong("people"));
    }

    /** A choice in a select: a category, or a skill to merge into. */
    public record CategoryOption(long id, String name) {}

    private record Taken(String text, String owner) {}

    /** No skill with this id (perhaps merged away meanwhile). */
    public static class UnknownSkillException extends NotFoundException {
        public UnknownSkillException(long id) {
            super("No skill " + id);
        }
    }
}
