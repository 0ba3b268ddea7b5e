package org.agorahub.expertise.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.agorahub.expertise.SkillRef;
import org.agorahub.forum.ForumApi;
import org.agorahub.library.DocumentReference;
import org.agorahub.library.LibraryApi;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.PersonSummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Who knows about X?": the active people with a declared level, endorsements or evidence for the skill X names (by
 * name or alias), ranked by one combined score:
 *
 * <pre>
 *   score = 2 × declared level (aware 2 … expert 8, none 0)
 *         + 3 × ln(1 + endorsements)   (diminishing: 1 → 2.1, 3 → 4.2, 10 → 7.2)
 *         + evidence                   (the weights of {@link EvidenceKind}, counting only items the viewer may open)
 * </pre>
 *
 * Ties go by name. A document the viewer cannot read, or a reply on a board they cannot see, neither shows in the
 * "why" nor counts in the score, so it never moves anyone up for them; someone whose only evidence is hidden from
 * the viewer is not listed at all. People are visible to every member, so their declared levels and endorsements
 * are not trimmed.
 *
 * <p>A page costs the same number of statements however many people it ranks or shows: the candidates with their
 * levels, endorsements and evidence items in one query, then the people, the readable documents, the readable posts
 * and the languages of all candidates in one batch each.
 */
@Service
@Transactional(readOnly = true)
public class ExpertFinder {

    static final double LEVEL_WEIGHT = 2;
    static final double ENDORSEMENT_WEIGHT = 3;
    static final int SUGGESTIONS = 8;

    private static final String LEVEL = "LEVEL";
    private static final String ENDORSEMENTS = "ENDORSEMENTS";

    private final SkillLookup skills;
    private final PeopleApi people;
    private final LibraryApi library;
    private final ForumApi forum;
    private final JdbcClient jdbc;

    ExpertFinder(SkillLookup skills, PeopleApi people, LibraryApi library, ForumApi forum, JdbcClient jdbc) {
        this.skills = skills;
        this.people = people;
        this.library = library;
        this.forum = forum;
        this.jdbc = jdbc;
    }

    /**
     * The people who know about what {@code q} names, for the viewer.
     *
     * @param departmentId only people of this department, or null
     * @param language only people who speak this language (any case), or null
     */
    public ExpertSearch find(CurrentUser viewer, String q, Long departmentId, String language, Pageable page) {
        String query = q == null ? "" : q.strip();
        String wanted = language == null || language.isBlank() ? null : language.strip();
        if (query.isEmpty()) {
            return new ExpertSearch(query, null, List.of(), Page.empty(page), List.of(), List.of());
        }
        SkillRef skill = skills.byNameOrAlias(query).orElse(null);
        if (skill == null) {
            return new ExpertSearch(
                    query, null, skills.matching(query, SUGGESTIONS), Page.empty(page), List.of(), List.of());
        }
        List<Candidate> candidates = rank(viewer, skill.id());
        Map<Long, Set<String>> languages = languages(candidates);

        List<Candidate> inLanguage = candidates.stream()
                .filter(c -> wanted == null || speaks(languages, c, wanted))
                .toList();
        List<Candidate> inDepartment = candidates.stream()
                .filter(c -> departmentId == null || c.person.departmentId() == departmentId)
                .toList();
        List<Candidate> shown = inLanguage.stream()
                .filter(c -> departmentId == null || c.person.departmentId() == departmentId)
                .toList();

        int from = (int) Math.min(page.getOffset(), shown.size());
        int to = Math.min(shown.size(), from + page.getPageSize());
        List<ExpertResult> results =
                shown.subList(from, to).stream().map(Candidate::result).toList();
        return new ExpertSearch(
                query,
                skill,
                List.of(),
                new PageImpl<>(results, page, shown.size()),
                departmentFacet(inLanguage, departmentId),
                languageFacet(inDepartment, languages, wanted));
    }

    /**
     * A person's evidence for each skill, as the viewer may see it (only the items they may open count), highest
     * score first; skills whose evidence is all hidden from the viewer are left out. For profiles. Three statements
     * however much evidence there is.
     */
    public List<PersonEvidence> evidenceOf(CurrentUser viewer, long personId) {
        List<EvidenceRow> rows =
                jdbc.sql("""
                select i.skill_id, s.name as skill_name, c.name as category, i.item_type, i.item_id, i.weight
                from skill_evidence_item i
                join skill s on s.id = i.skill_id
                left join skill_category c on c.id = s.category_id
                where i.person_id = ?
                """).param(personId).query(EvidenceRow.class).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<Long> documentIds = new HashSet<>();
        Set<Long> postIds = new HashSet<>();
        rows.forEach(row -> {
            EvidenceKind kind = EvidenceKind.valueOf(row.itemType());
            if (kind.isDocument()) {
                documentIds.add(row.itemId());
            } else if (kind.isPost()) {
                postIds.add(row.itemId());
            }
        });
        Map<Long, DocumentReference> documents = library.readableDocuments(viewer, documentIds);
        Set<Long> posts = forum.readablePosts(viewer, postIds);
        Map<Long, SkillRef> skillsById = new HashMap<>();
        Map<Long, EvidenceTally> tallies = new LinkedHashMap<>();
        for (EvidenceRow row : rows) {
            skillsById.putIfAbsent(row.skillId(), new SkillRef(row.skillId(), row.skillName(), row.category()));
            tallies.computeIfAbsent(row.skillId(), id -> new EvidenceTally())
                    .add(
                            EvidenceKind.valueOf(row.itemType()),
                            row.weight(),
                            documents.get(row.itemId()),
                            posts.contains(row.itemId()));
        }
        return tallies.entrySet().stream()
                .filter(e -> e.getValue().score() > 0)
                .map(e -> new PersonEvidence(
                        skillsById.get(e.getKey()),
                        e.getValue().score(),
                        e.getValue().why()))
                .sorted(Comparator.comparingDouble(PersonEvidence::score)
                        .reversed()
                        .thenComparing(e -> e.skill().name(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    record EvidenceRow(long skillId, String skillName, String category, String itemType, long itemId, double weight) {}

    /** The active people with anything for the skill that counts for the viewer, best first. */
    private List<Candidate> rank(CurrentUser viewer, long skillId) {
        List<Row> rows = jdbc.sql("""
                select person_id, 'LEVEL' as kind, level as item_id, 0 as weight
                from person_skill where skill_id = :skill
                union all
                select person_id, 'ENDORSEMENTS', count(*), 0 from skill_endorsement where skill_id = :skill
                group by person_id
                union all
                select person_id, item_type, item_id, weight from skill_evidence_item where skill_id = :skill
                """).param("skill", skillId).query(Row.class).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<Long> documentIds = new HashSet<>();
        Set<Long> postIds = new HashSet<>();
        for (Row row : rows) {
            if (!row.kind().equals(LEVEL) && !row.kind().equals(ENDORSEMENTS)) {
                EvidenceKind kind = EvidenceKind.valueOf(row.kind());
                if (kind.isDocument()) {
                    documentIds.add(row.itemId());
                } else if (kind.isPost()) {
                    postIds.add(row.itemId());
                }
            }
        }
        Map<Long, PersonSummary> found =
                people.findPeople(rows.stream().map(Row::personId).distinct().toList());
        Map<Long, DocumentReference> documents = library.readableDocuments(viewer, documentIds);
        Set<Long> posts = forum.readablePosts(viewer, postIds);

        Map<Long, Candidate> candidates = new LinkedHashMap<>();
        for (Row row : rows) {
            PersonSummary person = found.get(row.personId());
            if (person == null || !person.active()) {
                continue;
            }
            Candidate c = candidates.computeIfAbsent(person.id(), id -> new Candidate(person));
            switch (row.kind()) {
                case LEVEL -> c.level = (int) row.itemId();
                case ENDORSEMENTS -> c.endorsements = (int) row.itemId();
                default -> {
                    EvidenceKind kind = EvidenceKind.valueOf(row.kind());
                    c.tally.add(kind, row.weight(), documents.get(row.itemId()), posts.contains(row.itemId()));
                }
            }
        }
        return candidates.values().stream()
                .filter(Candidate::counts)
                .sorted(Comparator.comparingDouble(Candidate::score)
                        .reversed()
                        .thenComparing(c -> c.person.displayName(), String.CASE_INSENSITIVE_ORDER)
                        .thenComparingLong(c -> c.person.id()))
                .toList();
    }

    private Map<Long, Set<String>> languages(Collection<Candidate> candidates) {
        Map<Long, Set<String>> languages = new HashMap<>();
        if (candidates.isEmpty()) {
            return languages;
        }
        jdbc.sql("select person_id, language from person_language where person_id in (:ids)")
                .param("ids", candidates.stream().map(c -> c.person.id()).toList())
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .forEach(entry -> languages
                        .computeIfAbsent(entry.getKey(), id -> new java.util.TreeSet<>())
                        .add(entry.getValue()));
        return languages;
    }

    private static boolean speaks(Map<Long, Set<String>> languages, Candidate c, String language) {
        return languages.getOrDefault(c.person.id(), Set.of()).stream().anyMatch(language::equalsIgnoreCase);
    }

    private static List<ExpertFacet> departmentFacet(List<Candidate> candidates, Long selected) {
        Map<Long, String> names = new HashMap<>();
        Map<Long, Long> counts = new HashMap<>();
        for (Candidate c : candidates) {
            names.put(c.person.departmentId(), c.person.departmentName());
            counts.merge(c.person.departmentId(), 1L, Long::sum);
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<Long, Long>comparingByValue()
                        .reversed()
                        .thenComparing(e -> names.get(e.getKey()), String.CASE_INSENSITIVE_ORDER))
                .map(e -> new ExpertFacet(
                        String.valueOf(e.getKey()),
                        names.get(e.getKey()),
                        e.getValue(),
                        Objects.equals(e.getKey(), selected)))
                .toList();
    }

    private static List<ExpertFacet> languageFacet(
            List<Candidate> candidates, Map<Long, Set<String>> languages, String selected) {
        // languages as typed by people, counted together whatever their case
        Map<String, String> labels = new TreeMap<>();
        Map<String, Long> counts = new HashMap<>();
        for (Candidate c : candidates) {
            Set<String> spoken = new HashSet<>();
            for (String language : languages.getOrDefault(c.person.id(), Set.of())) {
                String key = language.toLowerCase(Locale.ROOT);
                labels.putIfAbsent(key, language);
                if (spoken.add(key)) {
                    counts.merge(key, 1L, Long::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .map(e -> new ExpertFacet(
                        labels.get(e.getKey()),
                        labels.get(e.getKey()),
                        e.getValue(),
                        selected != null && selected.equalsIgnoreCase(e.getKey())))
                .toList();
    }

    /** A row of the candidates' query: a declared level, an endorsement count or an evidence item. */
    record Row(long personId, String kind, long itemId, double weight) {}

    private static final class Candidate {
        final PersonSummary person;
        final EvidenceTally tally = new EvidenceTally();
        Integer level;
        int endorsements;

        Candidate(PersonSummary person) {
            this.person = person;
        }

        double score() {
            return LEVEL_WEIGHT * (level == null ? 0 : level)
                    + ENDORSEMENT_WEIGHT * Math.log1p(endorsements)
                    + tally.score();
        }

        boolean counts() {
            return level != null || endorsements > 0 || tally.score() > 0;
        }

        ExpertResult result() {
            return new ExpertResult(
                    person.id(),
                    person.displayName(),
                    person.jobTitle(),
                    person.departmentName(),
                    level,
                    endorsements,
                    tally.score(),
                    score(),
                    tally.why());
        }
    }
}
