package org.agorahub.expertise;

import java.util.concurrent.atomic.AtomicInteger;
import org.agorahub.people.PersonSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Skills, declared levels and endorsements for tests, written straight to the tables so every part of the module can
 * set up its cases the same way. Names get a unique suffix unless given exactly, so tests sharing one database do not
 * collide.
 */
@Component
public class TestSkills {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;

    public TestSkills(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A unique name starting with {@code base}, e.g. "Procurement 17". */
    public static String unique(String base) {
        return base + " " + SEQUENCE.incrementAndGet();
    }

    /** A skill with exactly this name (no suffix) in a category of that name (created when new), with aliases. */
    public long skill(String name, String category, String... aliases) {
        Long categoryId = category == null ? null : category(category);
        long id = jdbc.sql("insert into skill (name, category_id) values (?, ?) returning id")
                .params(name, categoryId)
                .query(Long.class)
                .single();
        for (String alias : aliases) {
            jdbc.sql("insert into skill_alias (skill_id, alias) values (?, ?)")
                    .params(id, alias)
                    .update();
        }
        return id;
    }

    public long category(String name) {
        return jdbc.sql("""
                insert into skill_category (name) values (?)
                on conflict (lower(name)) do update set name = excluded.name
                returning id
                """).param(name).query(Long.class).single();
    }

    /** The person declares the skill at a level (1 aware … 4 expert), replacing any level they had. */
    public void declare(PersonSummary person, long skillId, int level) {
        jdbc.sql("""
                insert into person_skill (person_id, skill_id, level) values (?, ?, ?)
                on conflict (person_id, skill_id) do update set level = excluded.level, updated_at = now()
                """).params(person.id(), skillId, level).update();
    }

    public void endorse(PersonSummary endorser, PersonSummary person, long skillId) {
        jdbc.sql("insert into skill_endorsement (person_id, skill_id, endorser_id) values (?, ?, ?)")
                .params(person.id(), skillId, endorser.id())
                .update();
    }

    /** A competency framework of a department and/or a job family, written straight to the table; returns its id. */
    public long framework(PersonSummary creator, String name, Long departmentId, String jobFamily) {
        return jdbc.sql("""
                insert into competency_framework (name, department_id, job_family, created_by)
                values (?, ?, ?, ?) returning id
                """)
                .params(name, departmentId, jobFamily, creator.id())
                .query(Long.class)
                .single();
    }

    /** The framework asks for the skill at a target level (1–4) with an importance (1 useful … 3 essential). */
    public void target(long frameworkId, long skillId, int targetLevel, int importance) {
        jdbc.sql("insert into framework_skill (framework_id, skill_id, target_level, importance) values (?, ?, ?, ?)")
                .params(frameworkId, skillId, targetLevel, importance)
                .update();
    }

    /** The person's evidence score for the skill, as the background computation would leave it. */
    public void evidence(PersonSummary person, long skillId, double score) {
        jdbc.sql("""
                insert into skill_evidence (person_id, skill_id, score) values (?, ?, ?)
                on conflict (person_id, skill_id) do update set score = excluded.score, computed_at = now()
                """).params(person.id(), skillId, score).update();
    }

    /** The person's job family on their expertise profile. */
    public void jobFamily(PersonSummary person, String jobFamily) {
        jdbc.sql("""
                insert into expertise_profile (person_id, job_family) values (?, ?)
                on conflict (person_id) do update set job_family = excluded.job_family, updated_at = now()
                """).params(person.id(), jobFamily).update();
    }

    /** The person says they speak this language. */
    public void speaks(PersonSummary person, String language) {
        jdbc.sql("insert into person_language (person_id, language) values (?, ?)")
                .params(person.id(), language)
                .update();
    }
}
