package org.agorahub.bench.latency;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * People, skills and competency frameworks for the expertise benchmark, copied straight into the tables beside the
 * demo data. Skills are named after the tags the generated documents carry ({@link SyntheticCorpus#topicTags}) and
 * the forum benchmark's thread tags, so evidence has something to find; one in five gets an alias. Each person works
 * in two topics: their skills come from those (so the people who know a skill are a few dozen, not everyone), at
 * levels skewed towards the middle, with a few endorsements from colleagues; every department has a framework of ten
 * skills, so every person has gaps to show.
 */
final class ExpertiseSeeder {

    static final String EMAIL_DOMAIN = "@bench.agora.example";
    private static final int SKILLS_PER_PERSON = 8;
    private static final int FRAMEWORK_SKILLS = 10;

    /** What was seeded: the people's addresses (all with the member's password) and the skill names. */
    record Seeded(List<String> emails, List<String> skills, List<String> aliases, long nanos) {}

    private final SyntheticCorpus corpus;
    private final DataSource dataSource;

    ExpertiseSeeder(SyntheticCorpus corpus, DataSource dataSource) {
        this.corpus = corpus;
        this.dataSource = dataSource;
    }

    Seeded seed(int people, int skills, List<String> extraSkills, String passwordOf) throws SQLException {
        long started = System.nanoTime();
        Random random = new Random(SyntheticCorpus.SEED + 6);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            PGConnection pg = connection.unwrap(PGConnection.class);
            List<Long> departments = BenchSupport.longs(dataSource, "select id from department order by id");
            String hash = BenchSupport.strings(
                            dataSource, "select password_hash from person where email = '" + passwordOf + "'")
                    .get(0);

            // people
            List<String> emails = new ArrayList<>();
            try (CopyWriter out = new CopyWriter(pg.getCopyAPI()
                    .copyIn("copy person (email, display_name, job_title, department_id, password_hash) from stdin"))) {
                for (int i = 0; i < people; i++) {
                    String email = "person" + i + EMAIL_DOMAIN;
                    emails.add(email);
                    out.row(email, "Bench Person " + i, "Officer", departments.get(i % departments.size()), hash);
                }
            }
            List<Long> personIds = BenchSupport.longs(
                    dataSource, "select id from person where email like '%" + EMAIL_DOMAIN + "' order by id");
            try (CopyWriter out =
                    new CopyWriter(pg.getCopyAPI().copyIn("copy person_role (person_id, role) from stdin"))) {
                for (long id : personIds) {
                    out.row(id, "MEMBER");
                }
            }

            // skills: the documents' tags, topic by topic, then the forum's; aliases for one in five
            // names and aliases the demo's skills already use stay theirs
            Set<String> taken = new java.util.HashSet<>(BenchSupport.strings(
                    dataSource, "select lower(name) from skill union select lower(alias) from skill_alias"));
            Set<String> names = new LinkedHashSet<>();
            extraSkills.stream()
                    .filter(name -> !taken.contains(name.toLowerCase(java.util.Locale.ROOT)))
                    .forEach(names::add);
            for (int round = 0; names.size() < skills && round < 10; round++) {
                for (int topic = 0; topic < SyntheticCorpus.TOPICS && names.size() < skills; topic++) {
                    List<String> tags = corpus.topicTags(topic);
                    if (round < tags.size() && !taken.contains(tags.get(round))) {
                        names.add(tags.get(round));
                    }
                }
            }
            try (CopyWriter out = new CopyWriter(pg.getCopyAPI().copyIn("copy skill_category (name) from stdin"))) {
                for (int c = 0; c < 10; c++) {
                    out.row("Bench category " + c);
                }
            }
            List<Long> categories = BenchSupport.longs(
                    dataSource, "select id from skill_category where name like 'Bench category %' order by id");
            List<String> skillNames = List.copyOf(names);
            try (CopyWriter out =
                    new CopyWriter(pg.getCopyAPI().copyIn("copy skill (name, description, category_id) from stdin"))) {
                for (int s = 0; s < skillNames.size(); s++) {
                    out.row(skillNames.get(s), "Generated skill", categories.get(s % categories.size()));
                }
            }
            List<Long> skillIds = BenchSupport.longs(
                    dataSource, "select id from skill where description = 'Generated skill' order by id");
            List<String> aliases = new ArrayList<>();
            try (CopyWriter out =
                    new CopyWriter(pg.getCopyAPI().copyIn("copy skill_alias (skill_id, alias) from stdin"))) {
                for (int s = 0; s < skillIds.size(); s += 5) {
                    String alias = "alias-" + skillNames.get(s);
                    aliases.add(alias);
                    out.row(skillIds.get(s), alias);
                }
            }

            // declared skills, from each person's two topics' skills, and endorsements by colleagues
            if (skillIds.size() < SKILLS_PER_PERSON) {
                throw new IllegalArgumentException("at least " + SKILLS_PER_PERSON + " skills are needed");
            }
            int perTopic = Math.max(1, skillIds.size() / SyntheticCorpus.TOPICS);
            // one COPY at a time on a connection: languages are written after the declared skills
            List<Object[]> languageRows = new ArrayList<>();
            try (CopyWriter declared = new CopyWriter(
                    pg.getCopyAPI().copyIn("copy person_skill (person_id, skill_id, level) from stdin"))) {
                for (int p = 0; p < personIds.size(); p++) {
                    Set<Integer> mine = new LinkedHashSet<>();
                    int first = random.nextInt(SyntheticCorpus.TOPICS);
                    int second = random.nextInt(SyntheticCorpus.TOPICS);
                    while (mine.size() < SKILLS_PER_PERSON) {
                        int topic = random.nextBoolean() ? first : second;
                        // a window of the skills after the topic's first, wide enough to hold a person's skills
                        int window = Math.max(perTopic, SKILLS_PER_PERSON);
                        mine.add((topic * perTopic + random.nextInt(window)) % skillIds.size());
                    }
                    for (int s : mine) {
                        int level = 1 + Math.min(3, (int) Math.abs(random.nextGaussian() * 1.2 + 1.2));
                        declared.row(personIds.get(p), skillIds.get(s), level);
                    }
                    languageRows.add(new Object[] {personIds.get(p), "English"});
                    if (p % 7 == 0) {
                        languageRows.add(new Object[] {personIds.get(p), p % 2 == 0 ? "Welsh" : "French"});
                    }
                }
            }
            try (CopyWriter languages =
                    new CopyWriter(pg.getCopyAPI().copyIn("copy person_language (person_id, language) from stdin"))) {
                for (Object[] row : languageRows) {
                    languages.row(row);
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("""
                        insert into skill_endorsement (person_id, skill_id, endorser_id)
                        select ps.person_id, ps.skill_id, e.id
                        from person_skill ps
                        join person e on e.email like '%%%s' and e.id <> ps.person_id
                          and e.id %% 3331 = (ps.person_id * 7 + ps.skill_id) %% 3331
                        where ps.level >= 3
                        on conflict do nothing
                        """.formatted(EMAIL_DOMAIN));
                // a framework per department: ten skills its people mostly lack
                for (int d = 0; d < departments.size(); d++) {
                    statement.execute("insert into competency_framework (name, department_id, created_by)"
                            + " values ('Bench framework " + d + "', " + departments.get(d) + ", "
                            + personIds.get(0) + ")");
                }
                List<Long> frameworks = BenchSupport.longs(
                        dataSource,
                        "select id from competency_framework where name like 'Bench framework %' order by id");
                StringBuilder rows = new StringBuilder();
                for (long framework : frameworks) {
                    Set<Integer> chosen = new LinkedHashSet<>();
                    while (chosen.size() < FRAMEWORK_SKILLS) {
                        chosen.add(random.nextInt(skillIds.size()));
                    }
                    for (int s : chosen) {
                        rows.append(rows.length() == 0 ? "" : ", ")
                                .append("(")
                                .append(framework)
                                .append(", ")
                                .append(skillIds.get(s))
                                .append(", ")
                                .append(2 + random.nextInt(3))
                                .append(", ")
                                .append(1 + random.nextInt(3))
                                .append(")");
                    }
                }
                statement.execute(
                        "insert into framework_skill (framework_id, skill_id, target_level, importance) values "
                                + rows);
                for (String table : List.of(
                        "person",
                        "person_role",
                        "skill",
                        "skill_alias",
                        "person_skill",
                        "skill_endorsement",
                        "person_language",
                        "framework_skill")) {
                    statement.execute("analyze " + table);
                }
            }
            return new Seeded(emails, skillNames, aliases, System.nanoTime() - started);
        }
    }
}
