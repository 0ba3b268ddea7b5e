package org.agorahub.expertise.domain;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.agorahub.people.AccessPolicy;
import org.agorahub.shared.ai.EmbeddingField;
import org.agorahub.shared.ai.Enrichments;
import org.hibernate.Session;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * The derived search fields of a {@link PersonEntry}, named as documents and threads name theirs: {@code kind}
 * ({@value #KIND}); {@code text}, job title, department, job family, topics they are happy to be
 * asked about and languages; {@code spell}, the unstemmed words of all those for "did you mean"; {@code
 * departmentId}; {@code readTokens}, the organisation token only (people are visible organisation-wide); and {@code
 * summary}, "job title · department", the line shown under a person found. (The entry maps {@code tags} itself:
 * the names and aliases of the skills they declare, so "FOI" finds people who declare Freedom of information.)
 *
 * <p>Languages, topics and the department are not associations of the entry, so Hibernate Search cannot see
 * their changes: the bridge depends on the entry only ({@code useRootOnly}) and this module reindexes explicitly
 * ({@link PeopleIndexer}). They are read in one statement on the session's own connection, so a reindex inside a
 * transaction sees that transaction's changes.
 */
public class PersonEntrySearchBinder implements TypeBinder {

    public static final String KIND_FIELD = "kind";
    public static final String TEXT = "text";
    public static final String SPELL = "spell";
    public static final String DEPARTMENT = "departmentId";
    public static final String READ_TOKENS = "readTokens";
    public static final String SUMMARY = "summary";

    /** The {@code kind} of a person's entry, as documents have FILE or PAGE and threads QUESTION or DISCUSSION. */
    public static final String KIND = "PERSON";

    /** Between job title and department in the summary line. */
    static final String SEPARATOR = " · ";

    private static final String DETAILS = """
            select d.name as department,
                   (select job_family from expertise_profile where person_id = :person) as job_family,
                   array(select language from person_language where person_id = :person
                         order by lower(language)) as languages,
                   array(select topic from person_topic where person_id = :person order by lower(topic)) as topics
            from department d where d.id = :department
            """;

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().useRootOnly();
        var schema = context.indexSchemaElement();
        Fields fields = new Fields(
                schema.field(
                                KIND_FIELD,
                                f -> f.asString().projectable(Projectable.YES).aggregable(Aggregable.YES))
                        .toReference(),
                schema.field(
                                TEXT,
                                f -> f.asString()
                                        .analyzer("english")
                                        .projectable(Projectable.YES)
                                        .highlightable(Set.of(Highlightable.ANY)))
                        .toReference(),
                schema.field(SPELL, f -> f.asString().analyzer("words"))
                        .multiValued()
                        .toReference(),
                schema.field(DEPARTMENT, f -> f.asLong().aggregable(Aggregable.YES))
                        .toReference(),
                schema.field(READ_TOKENS, f -> f.asString()).multiValued().toReference(),
                schema.field(
                                SUMMARY,
                                f -> f.asString().searchable(Searchable.NO).projectable(Projectable.YES))
                        .toReference(),
                EmbeddingField.declare(context, Enrichments.KIND_PERSON));
        context.bridge(PersonEntry.class, new Bridge(fields));
    }

    private record Fields(
            IndexFieldReference<String> kind,
            IndexFieldReference<String> text,
            IndexFieldReference<String> spell,
            IndexFieldReference<Long> department,
            IndexFieldReference<String> tokens,
            IndexFieldReference<String> summary,
            EmbeddingField embedding) {}

    /** What the entry holds beyond the person's own row. */
    record Details(String department, String jobFamily, List<String> languages, List<String> topics) {}

    /** The entry's department name, job family, languages and topics, read on the session's own connection. */
    static Details details(Session session, PersonEntry person) {
        return session.doReturningWork(connection -> {
            String sql = DETAILS.replace(":person", "?").replace(":department", "?");
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 1; i <= 3; i++) {
                    statement.setLong(i, person.getId());
                }
                statement.setLong(4, person.getDepartmentId());
                try (ResultSet rs = statement.executeQuery()) {
                    if (!rs.next()) {
                        return new Details(null, null, List.of(), List.of());
                    }
                    return new Details(
                            rs.getString("department"),
                            rs.getString("job_family"),
                            strings(rs, "languages"),
                            strings(rs, "topics"));
                }
            }
        });
    }

    private record Bridge(Fields fields) implements TypeBridge<PersonEntry> {

        @Override
        public void write(DocumentElement target, PersonEntry person, TypeBridgeWriteContext context) {
            Session session = context.extension(HibernateOrmExtension.get()).session();
            Details details = details(session, person);
            target.addValue(fields.kind(), KIND);
            target.addValue(fields.department(), person.getDepartmentId());
            target.addValue(fields.tokens(), AccessPolicy.ORGANISATION_TOKEN);
            String summary = summary(person.getJobTitle(), details.department());
            if (!summary.isEmpty()) {
                target.addValue(fields.summary(), summary);
            }
            String text = text(person, details);
            if (!text.isEmpty()) {
                target.addValue(fields.text(), text);
                target.addValue(fields.spell(), text);
            }
            target.addValue(fields.spell(), person.getDisplayName());
            person.getSkills().forEach(skill -> target.addValue(fields.spell(), skill));
            fields.embedding().write(target, person.getId());
        }
    }

    /** Job title, department, job family, topics and languages, one to a line. */
    static String text(PersonEntry person, Details details) {
        List<String> lines = new ArrayList<>();
        addIfPresent(lines, person.getJobTitle());
        addIfPresent(lines, details.department());
        addIfPresent(lines, details.jobFamily());
        lines.addAll(details.topics());
        lines.addAll(details.languages());
        return String.join("\n", lines);
    }

    /** "Procurement officer · Commercial", or whichever of the two the person has. */
    static String summary(String jobTitle, String department) {
        List<String> parts = new ArrayList<>();
        addIfPresent(parts, jobTitle);
        addIfPresent(parts, department);
        return String.join(SEPARATOR, parts);
    }

    private static void addIfPresent(List<String> list, String value) {
        if (value != null && !value.isBlank()) {
            list.add(value.strip());
        }
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null
                ? List.of()
                : Arrays.stream((Object[]) array.getArray())
                        .map(String::valueOf)
                        .toList();
    }
}
