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
 * <p>A page costs the same number of statements however many people it ranks or shows: the candidates, one row a
 * person with their level, endorsements, department and stored evidence, in one query; their languages in another;
 * then the evidence items of the candidates whose visible evidence matters (see {@link #trim}), and the readable
 * documents and posts among those items, in one batch each.
 */
@Service
@Transactional(readOnly = true)
public class ExpertFinder {

    static final double LEVEL_WEIGHT = 2;
    static final double ENDORSEMENT_WEIGHT = 3;
    static final int SUGGESTIONS = 8;

    /** Room for rounding when comparing a score with a bound computed in another order. */
    private static final double TOLERANCE = 1e-9;

    private final SkillLookup skills;
    private final LibraryApi library;
    private final ForumApi forum;
    private final JdbcClient jdbc;
    private final ExpertiseProfileService profiles;
    private final ProfilesByMeaning meaning;

    ExpertFinder(
            SkillLookup skills,
            LibraryApi library,
            ForumApi forum,
            JdbcClient jdbc,
            ExpertiseProfileService profiles,
            ProfilesByMeaning meaning) {
        this.meaning = meaning;
        this.skills = skills;
        this.library = library;
        this.forum = forum;
        this.jdbc = jdbc;
        this.profiles = profiles;
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
                    query,
                    null,
                    suggestions(query),
                    Page.empty(page),
                    List.of(),
                    List.of(),
                    meaning.people(query, departmentId));
        }
        List<Candidate> candidates = candidates(skill.id());
        Map<Long, Set<String>> languages = languages(candidates);
        List<Candidate> shown = candidates.stream()
                .filter(c -> wanted == null || speaks(languages, c, wanted))
                .filter(c -> departmentId == null || c.departmentId == departmentId)
                .toList();
        trim(viewer, skill.id(), candidates, shown, page.getOffset() + page.getPageSize());

        List<Candidate> counted = candidates.stream().filter(Candidate::counts).toList();
        List<Candidate> inLanguage = counted.stream()
                .filter(c -> wanted == null || speaks(languages, c, wanted))
                .toList();
        List<Candidate> inDepartment = counted.stream()
                .filter(c -> departmentId == null || c.departmentId == departmentId)
                .toList();
        List<Candidate> ranked = shown.stream()
                .filter(Candidate::counts)
                .sorted(Comparator.comparingDouble(Candidate::rankingScore)
                        .reversed()
                        .thenComparing(c -> c.displayName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparingLong(c -> c.personId))
                .toList();

        int from = (int) Math.min(page.getOffset(), ranked.size());
        int to = Math.min(ranked.size(), from + page.getPageSize());
        List<ExpertResult> results =
                ranked.subList(from, to).stream().map(Candidate::result).toList();
        return new ExpertSearch(
                query,
                skill,
                List.of(),
                new PageImpl<>(results, page, ranked.size()),
                departmentFacet(inLanguage, departmentId),
                languageFacet(inDepartment, languages, wanted));
    }

    /** Skills whose names contain the words, then skills whose names are close in meaning; at most {@link #SUGGESTIONS}. */
    private List<SkillRef> suggestions(String query) {
        java.util.LinkedHashMap<Long, SkillRef> found = new java.util.LinkedHashMap<>();
        skills.matching(query, SUGGESTIONS).forEach(s -> found.put(s.id(), s));
        if (found.size() < SUGGESTIONS) {
            meaning.skills(query, SUGGESTIONS).forEach(s -> found.putIfAbsent(s.id(), s));
        }
        return found.values().stream().limit(SUGGESTIONS).toList();
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

    /**
     * The active people with a declared level, endorsements or evidence for the skill, each with the whole of their
     * evidence as stored (what every viewer could at most see of it) and the part every viewer sees (mentoring given).
     * One row a person, however many items they have.
     */
    private List<Candidate> candidates(long skillId) {
        return jdbc.sql("""
                select f.person_id, p.display_name, p.job_title, p.department_id, d.name as department_name,
                       max(f.level) as level, sum(f.endorsements) as endorsements,
                       sum(f.evidence) as evidence, sum(f.always_visible) as always_visible
                from (
                    select person_id, level, 0 as endorsements, 0.0 as evidence, 0.0 as always_visible
                    from person_skill where skill_id = :skill
                    union all
                    select person_id, null, count(*), 0.0, 0.0 from skill_endorsement where skill_id = :skill
                    group by person_id
                    union all
                    select person_id, null, 0, sum(weight),
                           coalesce(sum(weight) filter (where item_type = :alwaysVisible), 0.0)
                    from skill_evidence_item where skill_id = :skill
                    group by person_id) f
                join person p on p.id = f.person_id and p.active
                join department d on d.id = p.department_id
                group by f.person_id, p.display_name, p.job_title, p.department_id, d.name
                """)
                .param("skill", skillId)
                .param("alwaysVisible", EvidenceKind.MENTORED.name())
                .query((rs, row) -> new Candidate(
                        rs.getLong("person_id"),
                        rs.getString("display_name"),
                        rs.getString("job_title"),
                        rs.getLong("department_id"),
                        rs.getString("department_name"),
                        rs.getObject("level") == null ? null : rs.getInt("level"),
                        rs.getInt("endorsements"),
                        rs.getDouble("evidence"),
                        rs.getDouble("always_visible")))
                .list();
    }

    /**
     * Counts, for the viewer, the evidence items of the candidates whose visible evidence matters: everyone who is
     * listed only for evidence (they drop out when the viewer may open none of it, which the facets and the total
     * must know), and those of the {@code shown} who could still reach the first {@code wanted} places. A person's
     * visible evidence is at most their stored evidence and at least what every viewer sees, so once {@code wanted}
     * people are sure to score at least some threshold, nobody whose stored whole is below it can reach those
     * places: their items are left unread, and their exact score is never needed. One statement for the items, one
     * each for the documents and the posts among them, whoever is checked.
     */
    private void trim(
            CurrentUser viewer, long skillId, List<Candidate> candidates, List<Candidate> shown, long wanted) {
        double threshold = threshold(shown, wanted);
        Map<Long, Candidate> checked = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.evidence > 0 && (!c.surelyCounts() || c.upperBound() >= threshold - TOLERANCE)) {
                checked.put(c.personId, c);
            }
        }
        if (checked.isEmpty()) {
            return;
        }
        List<Row> rows = jdbc.sql("""
                select person_id, item_type as kind, item_id, weight from skill_evidence_item
                where skill_id = :skill and person_id in (:people)
                """)
                .param("skill", skillId)
                .param("people", List.copyOf(checked.keySet()))
                .query(Row.class)
                .list();
        Set<Long> documentIds = new HashSet<>();
        Set<Long> postIds = new HashSet<>();
        for (Row row : rows) {
            EvidenceKind kind = EvidenceKind.valueOf(row.kind());
            if (kind.isDocument()) {
                documentIds.add(row.itemId());
            } else if (kind.isPost()) {
                postIds.add(row.itemId());
            }
        }
        Map<Long, DocumentReference> documents = library.readableDocuments(viewer, documentIds);
        Set<Long> posts = forum.readablePosts(viewer, postIds);
        checked.values().forEach(c -> c.tally = new EvidenceTally());
        for (Row row : rows) {
            checked.get(row.personId())
                    .tally
                    .add(
                            EvidenceKind.valueOf(row.kind()),
                            row.weight(),
                            documents.get(row.itemId()),
                            posts.contains(row.itemId()));
        }
    }

    /**
     * The score the {@code wanted}-th of the shown people surely reaches: the {@code wanted}-th highest lower bound
     * among those who are listed whatever the viewer may see; minus infinity when there are fewer of them.
     */
    private static double threshold(List<Candidate> shown, long wanted) {
        List<Double> lowerBounds = shown.stream()
                .filter(Candidate::surelyCounts)
                .map(Candidate::lowerBound)
                .sorted(Comparator.reverseOrder())
                .toList();
        return wanted <= 0 || lowerBounds.size() < wanted
                ? Double.NEGATIVE_INFINITY
                : lowerBounds.get((int) wanted - 1);
    }

    private Map<Long, Set<String>> languages(Collection<Candidate> candidates) {
        return candidates.isEmpty()
                ? Map.of()
                : profiles.languages(candidates.stream().map(c -> c.personId).toList());
    }

    private static boolean speaks(Map<Long, Set<String>> languages, Candidate c, String language) {
        return languages.getOrDefault(c.personId, Set.of()).stream().anyMatch(language::equalsIgnoreCase);
    }

    private static List<ExpertFacet> departmentFacet(List<Candidate> candidates, Long selected) {
        Map<Long, String> names = new HashMap<>();
        Map<Long, Long> counts = new HashMap<>();
        for (Candidate c : candidates) {
            names.put(c.departmentId, c.departmentName);
            counts.merge(c.departmentId, 1L, Long::sum);
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
            for (String language : languages.getOrDefault(c.personId, Set.of())) {
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

    /** An evidence item of a candidate.*/
    record Row(long personId, String kind, long itemId, double weight) {}

    private static final class Candidate {
        final long personId;
        final String displayName;
        final String jobTitle;
        final long departmentId;
        final String departmentName;
        final Integer level;
        final int endorsements;
        /** The stored evidence: every item, whoever may open it. */
        final double evidence;
        /** The part of it every viewer sees. */
        final double alwaysVisible;
        /** The evidence as the viewer may see it, once their items are counted ({@link #trim}); else null. */
        EvidenceTally tally;

        Candidate(
                long personId,
                String displayName,
                String jobTitle,
                long departmentId,
                String departmentName,
                Integer level,
                int endorsements,
                double evidence,
                double alwaysVisible) {
            this.personId = personId;
            this.displayName = displayName;
            this.jobTitle = jobTitle;
            this.departmentId = departmentId;
            this.departmentName = departmentName;
            this.level = level;
            this.endorsements = endorsements;
            this.evidence = evidence;
            this.alwaysVisible = alwaysVisible;
        }

        private double declared() {
            return LEVEL_WEIGHT * (level == null ? 0 : level) + ENDORSEMENT_WEIGHT * Math.log1p(endorsements);
        }

        double score() {
            return declared() + visibleEvidence();
        }

        private double visibleEvidence() {
            return tally == null ? 0 : tally.score();
        }

        double lowerBound() {
            return declared() + alwaysVisible;
        }

        double upperBound() {
            return declared() + evidence;
        }

        /** The score to rank by: exact when counted or without evidence; else its upper bound, below the page. */
        double rankingScore() {
            return tally != null || evidence == 0 ? score() : upperBound();
        }

        /** Listed whatever the viewer may see. */
        boolean surelyCounts() {
            return level != null || endorsements > 0 || alwaysVisible > 0;
        }

        boolean counts() {
            return surelyCounts() || visibleEvidence() > 0;
        }

        ExpertResult result() {
            return new ExpertResult(
                    personId,
                    displayName,
                    jobTitle,
                    departmentName,
                    level,
                    endorsements,
                    visibleEvidence(),
                    score(),
                    (tally == null ? new EvidenceTally() : tally).why());
        }
    }
}
