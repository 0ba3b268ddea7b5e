package org.agorahub.forum.domain;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.agorahub.forum.ThreadKind;
import org.agorahub.library.LibraryApi;
import org.agorahub.library.SimilarDocument;
import org.agorahub.people.CurrentUser;
import org.agorahub.shared.ai.AiFeature;
import org.agorahub.shared.ai.Enrichments;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Similar content" on a thread page: the threads and library documents closest in meaning to the thread, by the
 * vectors the on-premises AI gave them. Threads come from the forum's own index entries, filtered inside the
 * k-nearest-neighbours query by the board tokens the viewer reads with (so a thread of a board they may not see is
 * never a candidate) and checked against the boards they may see; documents come from the library, trimmed by its
 * own rules.
 */
@Service
@Transactional(readOnly = true)
public class SimilarContent {

    /** Most items a thread page lists. */
    public static final int MAX = 5;

    /** Below this cosine similarity, an item is too far in meaning to be called similar. */
    static final double RELATED = 0.35;

    private final EntityManager entityManager;
    private final BoardService boards;
    private final LibraryApi libraries;
    private final Enrichments enrichments;

    SimilarContent(EntityManager entityManager, BoardService boards, LibraryApi libraries, Enrichments enrichments) {
        this.entityManager = entityManager;
        this.boards = boards;
        this.libraries = libraries;
        this.enrichments = enrichments;
    }

    /**
     * A similar thread or document.
     *
     * @param thread true for a forum thread, false for a library document
     * @param kind the thread's {@link ThreadKind} or the document's {@code FILE}/{@code PAGE}
     * @param where the board or library it is in
     */
    public record SimilarItem(boolean thread, long id, String title, String kind, String where, double similarity) {}

    /**
     * Up to {@link #MAX} threads and documents the person may open, most similar first, for a thread they are
     * shown; none when similar content is off or the thread has no vector yet.
     */
    public List<SimilarItem> similarTo(CurrentUser user, long threadId) {
        if (!enrichments.enabled(AiFeature.SIMILAR_CONTENT)) {
            return List.of();
        }
        Optional<float[]> found = enrichments.vectorOf(Enrichments.KIND_THREAD, threadId);
        if (found.isEmpty()) {
            return List.of();
        }
        float[] vector = found.get();
        List<SimilarItem> items = new ArrayList<>(threads(user, threadId, vector));
        for (SimilarDocument document : libraries.similarDocuments(user, vector, MAX)) {
            items.add(new SimilarItem(
                    false,
                    document.id(),
                    document.title(),
                    document.kind(),
                    document.libraryName(),
                    document.similarity()));
        }
        return items.stream()
                .sorted(Comparator.comparingDouble(SimilarItem::similarity).reversed())
                .limit(MAX)
                .toList();
    }

    private List<SimilarItem> threads(CurrentUser user, long threadId, float[] vector) {
        Optional<Set<String>> tokens = boards.threadReadTokens(user);
        SearchSession session = Search.session(entityManager);
        List<List<?>> rows = session.search(ForumThread.class)
                .select(f -> f.composite()
                        .from(
                                f.id(Long.class),
                                f.field("title", String.class),
                                f.field("kind", String.class, ValueModel.INDEX),
                                f.field("boardId", Long.class),
                                f.score())
                        .asList())
                .where(f -> f.knn(MAX)
                        .field(Enrichments.VECTOR_FIELD)
                        .matching(vector)
                        .filter(f.bool(b -> {
                            b.must(f.matchAll());
                            tokens.ifPresent(mine -> b.filter(f.terms()
                                    .field(ThreadSearchBinder.READ_TOKENS)
                                    .matchingAny(mine)));
                            b.mustNot(f.id().matching(threadId));
                        })))
                .fetchHits(MAX);
        if (rows.isEmpty()) {
            return List.of();
        }
        // the index is derived data: the database has the last word on which boards the person may see
        Map<Long, String> boardNames = boards.boardNames(
                user, rows.stream().map(row -> (Long) row.get(3)).toList());
        List<SimilarItem> items = new ArrayList<>();
        for (List<?> row : rows) {
            Long id = (Long) row.get(0);
            String board = boardNames.get((Long) row.get(3));
            double similarity = Enrichments.similarityOfScore((Float) row.get(4));
            if (board != null && similarity >= RELATED) {
                items.add(new SimilarItem(true, id, (String) row.get(1), (String) row.get(2), board, similarity));
            }
        }
        return items;
    }
}
