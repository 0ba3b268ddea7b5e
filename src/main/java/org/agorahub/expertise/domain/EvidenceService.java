package org.agorahub.expertise.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agorahub.expertise.MentoringHistory;
import org.agorahub.expertise.MentoringHistory.MentoringGiven;
import org.agorahub.forum.AnswerContribution;
import org.agorahub.forum.ForumApi;
import org.agorahub.library.DocumentContribution;
import org.agorahub.library.LibraryApi;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.PersonSummary;
import org.agorahub.shared.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inferred expertise: fills {@code skill_evidence_item} and {@code skill_evidence} from what people did, as
 * {@link EvidenceKind} lists. A document or thread counts for a skill when one of its tags equals the skill's name
 * or one of its aliases, both normalised like {@link Tags}; completed mentorships count for the skills mentored
 * ({@link MentoringHistory}, when the mentoring module is there). Documents in the trash, deleted threads, deleted or
 * hidden replies and deactivated people give no evidence.
 *
 * <p>The evidence is derived data, recomputed whole (at start-up and nightly, {@link EvidenceSchedule}) and for one
 * person after something they did changed ({@link EvidenceListener}). The stored score counts every item; pages
 * count only the items their viewer may open ({@link ExpertFinder}).
 */
@Service
public class EvidenceService {

    private static final Logger log = LoggerFactory.getLogger(EvidenceService.class);

    /** Recomputations one at a time, so a person's recompute never interleaves with a whole one. */
    private static final long ADVISORY_LOCK = 0x45766964656e6365L;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final LibraryApi library;
    private final ForumApi forum;
    private final PeopleApi people;
    private final ObjectProvider<MentoringHistory> mentoring;

    EvidenceService(
            JdbcClient jdbc,
            JdbcTemplate batch,
            LibraryApi library,
            ForumApi forum,
            PeopleApi people,
            ObjectProvider<MentoringHistory> mentoring) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.library = library;
        this.forum = forum;
        this.people = people;
        this.mentoring = mentoring;
    }

    /** Recomputes everyone's evidence; returns the number of items found. */
    @Transactional
    public int recomputeAll() {
        long start = System.nanoTime();
        int items = recompute(null);
        log.info("Recomputed expertise evidence: {} items in {} ms", items, (System.nanoTime() - start) / 1_000_000);
        return items;
    }

    /** Recomputes one person's evidence (none when they are deactivated); returns the number of items found. */
    @Transactional
    public int recompute(long personId) {
        return recompute(Long.valueOf(personId));
    }

    private int recompute(Long personId) {
        jdbc.sql("select pg_advisory_xact_lock(?)")
                .param(ADVISORY_LOCK)
                .query((rs, row) -> 1)
                .list();
        Map<String, Set<Long>> skillsByTag = skillsByTag();
        Map<ItemKey, Double> items = new LinkedHashMap<>();
        if (!skillsByTag.isEmpty()) {
            for (DocumentContribution row : library.documentContributions(skillsByTag.keySet(), personId)) {
                for (long skill : skillsByTag.getOrDefault(row.tag(), Set.of())) {
                    add(items, personId, row.ownerId(), skill, EvidenceKind.AUTHORED, row.documentId(), 0);
                    add(items, personId, row.createdBy(), skill, EvidenceKind.AUTHORED, row.documentId(), 0);
                    if (row.verifiedBy() != null) {
                        add(items, personId, row.verifiedBy(), skill, EvidenceKind.VERIFIED, row.documentId(), 0);
                    }
                }
            }
            for (AnswerContribution row :
                    forum.answerContributions(skillsByTag.keySet(), EvidenceKind.MIN_REPLY_SCORE, personId)) {
                for (long skill : skillsByTag.getOrDefault(row.tag(), Set.of())) {
                    add(
                            items,
                            personId,
                            row.authorId(),
                            skill,
                            row.accepted() ? EvidenceKind.ACCEPTED_ANSWER : EvidenceKind.UPVOTED_REPLY,
                            row.postId(),
                            row.score());
                }
            }
        }
        MentoringHistory history = mentoring.getIfAvailable();
        if (history != null) {
            for (MentoringGiven row : history.mentoringGiven(personId)) {
                int rating = row.menteeRating() == null ? 0 : row.menteeRating();
                add(items, personId, row.mentorId(), row.skillId(), EvidenceKind.MENTORED, row.mentorshipId(), rating);
            }
        }
        Set<Long> active = active(items.keySet().stream().map(ItemKey::personId).toList());
        List<Object[]> rows = new ArrayList<>();
        items.forEach((key, weight) -> {
            if (active.contains(key.personId())) {
                rows.add(new Object[] {key.personId(), key.skillId(), key.kind().name(), key.itemId(), weight});
            }
        });
        long person = personId == null ? -1L : personId;
        jdbc.sql("delete from skill_evidence_item where :person = -1 or person_id = :person")
                .param("person", person)
                .update();
        jdbc.sql("delete from skill_evidence where :person = -1 or person_id = :person")
                .param("person", person)
                .update();
        if (!rows.isEmpty()) {
            batch.batchUpdate(
                    "insert into skill_evidence_item (person_id, skill_id, item_type, item_id, weight)"
                            + " values (?, ?, ?, ?, ?)",
                    rows);
            jdbc.sql("""
                    insert into skill_evidence (person_id, skill_id, score)
                    select person_id, skill_id, sum(weight) from skill_evidence_item
                    where :person = -1 or person_id = :person
                    group by person_id, skill_id
                    """).param("person", person).update();
        }
        return rows.size();
    }

    /** Every skill's name and aliases, normalised like tags, to the skills they name. */
    private Map<String, Set<Long>> skillsByTag() {
        Map<String, Set<Long>> skills = new HashMap<>();
        jdbc.sql("select id, name from skill union all select skill_id, alias from skill_alias")
                .query((rs, row) -> Map.entry(rs.getLong(1), Tags.normalise(rs.getString(2))))
                .list()
                .forEach(entry -> {
                    if (!entry.getValue().isEmpty()) {
                        skills.computeIfAbsent(entry.getValue(), tag -> new HashSet<>())
                                .add(entry.getKey());
                    }
                });
        return skills;
    }

    private static void add(
            Map<ItemKey, Double> items,
            Long onlyFor,
            long personId,
            long skillId,
            EvidenceKind kind,
            long itemId,
            int score) {
        if (onlyFor != null && onlyFor != personId) {
            return;
        }
        double weight = switch (kind) {
            case AUTHORED -> EvidenceKind.AUTHORED_WEIGHT;
            case VERIFIED -> EvidenceKind.VERIFIED_WEIGHT;
            case ACCEPTED_ANSWER -> EvidenceKind.ACCEPTED_WEIGHT;
            case UPVOTED_REPLY -> EvidenceKind.upvotedWeight(score);
            case MENTORED -> EvidenceKind.mentoredWeight(score > 0 ? score : null);
        };
        items.put(new ItemKey(personId, skillId, kind, itemId), weight);
    }

    private Set<Long> active(Collection<Long> personIds) {
        Set<Long> active = new HashSet<>();
        people.findPeople(personIds).values().stream()
                .filter(PersonSummary::active)
                .forEach(p -> active.add(p.id()));
        return active;
    }

    private record ItemKey(long personId, long skillId, EvidenceKind kind, long itemId) {}
}
