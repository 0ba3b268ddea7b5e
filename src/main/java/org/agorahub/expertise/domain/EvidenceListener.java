package org.agorahub.expertise.domain;

import java.util.LinkedHashSet;
import java.util.Set;
import org.agorahub.forum.ForumEvents.AnswerAccepted;
import org.agorahub.forum.ForumEvents.PostVoted;
import org.agorahub.library.DocumentEvents.DocumentChanged;
import org.agorahub.library.DocumentEvents.DocumentPublished;
import org.agorahub.library.DocumentEvents.DocumentPurged;
import org.agorahub.library.DocumentEvents.DocumentRestored;
import org.agorahub.library.DocumentEvents.DocumentTrashed;
import org.agorahub.library.DocumentEvents.DocumentUpdated;
import org.agorahub.library.DocumentEvents.DocumentVerified;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the evidence of the people concerned current after what they did is committed: the author of an accepted
 * answer or of a reply voted on, and for a document the person who acted (who published or verified it) and whoever
 * has it as evidence now (so a trashed or purged document stops counting for its owner).
 */
@Component
class EvidenceListener {

    private final EvidenceService evidence;
    private final JdbcClient jdbc;

    EvidenceListener(EvidenceService evidence, JdbcClient jdbc) {
        this.evidence = evidence;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(AnswerAccepted event) {
        evidence.recompute(event.answerAuthorId());
    }

    @ApplicationModuleListener
    void on(PostVoted event) {
        evidence.recompute(event.postAuthorId());
    }

    @ApplicationModuleListener
    void on(DocumentChanged event) {
        recomputeFor(event.documentId(), actor(event));
    }

    @ApplicationModuleListener
    void on(DocumentPurged event) {
        recomputeFor(event.documentId(), event.actorId());
    }

    /** Who acted: every kind of change names them, though the interface does not. */
    private static long actor(DocumentChanged event) {
        if (event instanceof DocumentPublished published) {
            return published.actorId();
        } else if (event instanceof DocumentUpdated updated) {
            return updated.actorId();
        } else if (event instanceof DocumentVerified verified) {
            return verified.actorId();
        } else if (event instanceof DocumentTrashed trashed) {
            return trashed.actorId();
        }
        return ((DocumentRestored) event).actorId();
    }

    private void recomputeFor(long documentId, long actorId) {
        Set<Long> people = new LinkedHashSet<>();
        people.add(actorId);
        people.addAll(jdbc.sql("""
                select distinct person_id from skill_evidence_item
                where item_id = ? and item_type in ('AUTHORED', 'VERIFIED')
                """).param(documentId).query(Long.class).list());
        people.forEach(evidence::recompute);
    }
}
