package org.agorahub.expertise.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.agorahub.library.DocumentReference;

/** One person's evidence for one skill as a viewer may see it, added up item by item. */
final class EvidenceTally {

    private double score;
    private int accepted;
    private int upvoted;
    private int mentored;
    private final List<DocumentReference> authored = new ArrayList<>();
    private final List<DocumentReference> verified = new ArrayList<>();

    /**
     * Adds an item if the viewer may open it.
     *
     * @param document the document it is, when the viewer may read it (null otherwise, and for posts)
     * @param readablePost whether it is a post the viewer may read
     */
    void add(EvidenceKind kind, double weight, DocumentReference document, boolean readablePost) {
        if (kind == EvidenceKind.MENTORED) {
            score += weight;
            mentored++;
        } else if (kind.isDocument()) {
            if (document != null) {
                score += weight;
                (kind == EvidenceKind.AUTHORED ? authored : verified).add(document);
            }
        } else if (readablePost) {
            score += weight;
            if (kind == EvidenceKind.ACCEPTED_ANSWER) {
                accepted++;
            } else {
                upvoted++;
            }
        }
    }

    double score() {
        return score;
    }

    EvidenceWhy why() {
        return new EvidenceWhy(
                accepted,
                upvoted,
                first(authored),
                Math.max(0, authored.size() - EvidenceWhy.TITLES_SHOWN),
                first(verified),
                Math.max(0, verified.size() - EvidenceWhy.TITLES_SHOWN),
                mentored);
    }

    private static List<DocumentReference> first(List<DocumentReference> documents) {
        return documents.stream()
                .sorted(Comparator.comparing(DocumentReference::title, String.CASE_INSENSITIVE_ORDER)
                        .thenComparingLong(DocumentReference::id))
                .limit(EvidenceWhy.TITLES_SHOWN)
                .toList();
    }
}
