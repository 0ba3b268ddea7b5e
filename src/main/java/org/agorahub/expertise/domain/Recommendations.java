package org.agorahub.expertise.domain;

import java.util.List;
import org.agorahub.forum.TaggedThread;
import org.agorahub.library.DocumentReference;

/** What could help close one skill gap: documents to read, threads to follow and people to ask. */
public record Recommendations(
        List<DocumentReference> documents, List<TaggedThread> threads, List<RecommendedMentor> mentors) {

    static final Recommendations NONE = new Recommendations(List.of(), List.of(), List.of());

    public boolean isEmpty() {
        return documents.isEmpty() && threads.isEmpty() && mentors.isEmpty();
    }
}
