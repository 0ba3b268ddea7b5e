package org.agorahub.expertise.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agorahub.expertise.SkillLevel;
import org.agorahub.expertise.SkillRef;
import org.agorahub.people.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the signed-in person says of their own expertise: skills at a level, languages, topics they are happy to be
 * asked about and their job family. Everything here changes the caller's own profile only, and their search entry
 * with it ({@link PeopleIndexer}).
 */
@Service
public class ProfileSkillService {

    public static final int MAX_SKILLS = 100;
    public static final int MAX_LANGUAGES = 20;
    public static final int MAX_LANGUAGE_LENGTH = 60;
    public static final int MAX_TOPICS = 20;
    public static final int MAX_TOPIC_LENGTH = 100;
    public static final int MAX_JOB_FAMILY_LENGTH = 100;

    private final JdbcClient jdbc;
    private final SkillLookup lookup;
    private final PeopleIndexer index;

    ProfileSkillService(JdbcClient jdbc, SkillLookup lookup, PeopleIndexer index) {
        this.jdbc = jdbc;
        this.lookup = lookup;
        this.index = index;
    }

    /**
     * Adds the skill named (by name or alias) at a level, or changes its level when already declared.
     *
     * @return the skill
     * @throws SkillRefusedException for an unknown skill, a level off the scale, or one skill too many
     */
    @Transactional
    public SkillRef add(CurrentUser user, String typed, String level) {
        long personId = self(user);
        SkillRef skill = lookup.byNameOrAlias(typed)
                .orElseThrow(() -> typed == null || typed.isBlank()
                        ? new SkillRefusedException("skill", "profileSkill.skill.required")
                        : new SkillRefusedException("skill", "profileSkill.unknown", typed.strip()));
        int value = level(level);
        // one person's additions are serialised, so two at once cannot pass the limit together
        jdbc.sql("select id from person where id = ? for update")
                .param(personId)
                .query(Long.class)
                .single();
        long declared = jdbc.sql("select count(*) from person_skill where person_id = ? and skill_id <> ?")
                .params(personId, skill.id())
                .query(Long.class)
                .single();
        if (declared >= MAX_SKILLS) {
            throw new SkillRefusedException("skill", "profileSkill.tooMany", MAX_SKILLS);
        }
        declare(personId, skill.id(), value);
        index.reindex(personId);
        return skill;
    }

    /** @return the skill's name */
    @Transactional
    public String changeLevel(CurrentUser user, long skillId, String level) {
        long personId = self(user);
        int value = level(level);
        String name = declaredName(personId, skillId);
        declare(personId, skillId, value);
        index.reindex(personId);
        return name;
    }

    /** Removes a declared skill and the endorsements it had. @return the skill's name */
    @Transactional
    public String remove(CurrentUser user, long skillId) {
        long personId = self(user);
        String name = declaredName(personId, skillId);
        jdbc.sql("delete from skill_endorsement where person_id = ? and skill_id = ?")
                .params(personId, skillId)
                .update();
        jdbc.sql("delete from person_skill where person_id = ? and skill_id = ?")
                .params(personId, skillId)
                .update();
        index.reindex(personId);
        return name;
    }

    /**
     * Replaces languages (comma-separated), topics (one per line) and job family.
     *
     * @throws SkillRefusedException when one is too long or there are too many
     */
    @Transactional
    public void saveAbout(CurrentUser user, String languages, String topics, String jobFamily) {
        long personId = self(user);
        List<String> languageList = languages(languages);
        List<String> topicList = topics(topics);
        String family = TaxonomyService.clean(jobFamily);
        if (family.length() > MAX_JOB_FAMILY_LENGTH) {
            throw new SkillRefusedException("jobFamily", "profileSkill.jobFamily.tooLong", MAX_JOB_FAMILY_LENGTH);
        }
        if (!family.isEmpty()) {
            // the spelling others already use, so frameworks and facets see one job family
            family = jdbc.sql("select job_family from expertise_profile where lower(job_family) = lower(?) limit 1")
                    .param(family)
                    .query(String.class)
                    .optional()
                    .orElse(family);
        }
        jdbc.sql("""
                insert into expertise_profile (person_id, job_family) values (?, ?)
                on conflict (person_id) do update set job_family = excluded.job_family, updated_at = now()
                """).params(personId, family.isEmpty() ? null : family).update();
        jdbc.sql("delete from person_language where person_id = ?")
                .param(personId)
                .update();
        for (String language : languageList) {
            jdbc.sql("insert into person_language (person_id, language) values (?, ?)")
                    .params(personId, language)
                    .update();
        }
        jdbc.sql("delete from person_topic where person_id = ?").param(personId).update();
        for (String topic : topicList) {
            jdbc.sql("insert into person_topic (person_id, topic) values (?, ?)")
                    .params(personId, topic)
                    .update();
        }
        index.reindex(personId);
    }

    /** A level from a form: 1 to 4, anything else refused. */
    public static int level(String raw) {
        try {
            return SkillLevel.of(Integer.parseInt(raw == null ? "" : raw.strip()))
                    .value();
        } catch (IllegalArgumentException e) {
            throw new SkillRefusedException("level", "profileSkill.level.invalid");
        }
    }

    /** "british sign language, WELSH" → "British Sign Language", "Welsh"; repeats dropped. */
    static List<String> languages(String raw) {
        Map<String, String> byLower = new LinkedHashMap<>();
        if (raw != null) {
            for (String part : raw.split("[,;\\n]")) {
                String clean = TaxonomyService.clean(part);
                if (clean.isEmpty()) {
                    continue;
                }
                if (clean.length() > MAX_LANGUAGE_LENGTH) {
                    throw new SkillRefusedException(
                            "languages", "profileSkill.language.tooLong", clean, MAX_LANGUAGE_LENGTH);
                }
                byLower.putIfAbsent(clean.toLowerCase(Locale.ROOT), capitalise(clean));
            }
        }
        if (byLower.size() > MAX_LANGUAGES) {
            throw new SkillRefusedException("languages", "profileSkill.languages.tooMany", MAX_LANGUAGES);
        }
        return new ArrayList<>(byLower.values());
    }

    static List<String> topics(String raw) {
        Map<String, String> byLower = new LinkedHashMap<>();
        if (raw != null) {
            for (String line : raw.split("\\R")) {
                String clean = TaxonomyService.clean(line);
                if (clean.isEmpty()) {
                    continue;
                }
                if (clean.length() > MAX_TOPIC_LENGTH) {
                    throw new SkillRefusedException("topics", "profileSkill.topic.tooLong", MAX_TOPIC_LENGTH);
                }
                byLower.putIfAbsent(clean.toLowerCase(Locale.ROOT), clean);
            }
        }
        if (byLower.size() > MAX_TOPICS) {
            throw new SkillRefusedException("topics", "profileSkill.topics.tooMany", MAX_TOPICS);
        }
        return new ArrayList<>(byLower.values());
    }

    /** Each word with a capital first letter; words typed all in capitals of up to 4 letters ("BSL") kept. */
    private static String capitalise(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            boolean acronym = word.length() <= 4
                    && word.equals(word.toUpperCase(Locale.ROOT))
                    && !word.equals(word.toLowerCase(Locale.ROOT));
            if (acronym) {
                out.append(word);
            } else {
                String lower = word.toLowerCase(Locale.ROOT);
                out.append(lower.substring(0, 1).toUpperCase(Locale.ROOT)).append(lower.substring(1));
            }
        }
        return out.toString();
    }

    private void declare(long personId, long skillId, int level) {
        jdbc.sql("""
                insert into person_skill (person_id, skill_id, level) values (?, ?, ?)
                on conflict (person_id, skill_id) do update set level = excluded.level, updated_at = now()
                """).params(personId, skillId, level).update();
    }

    private String declaredName(long personId, long skillId) {
        return jdbc.sql("""
                select s.name from person_skill ps join skill s on s.id = ps.skill_id
                where ps.person_id = ? and ps.skill_id = ?
                """)
                .params(personId, skillId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new TaxonomyService.UnknownSkillException(skillId));
    }

    private static long self(CurrentUser user) {
        if (user.id() == null) {
            throw new AccessDeniedException("Only people with a profile have skills");
        }
        return user.id();
    }
}
