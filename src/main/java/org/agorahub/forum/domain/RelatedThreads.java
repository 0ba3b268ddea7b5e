package org.agorahub.forum.domain;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.agorahub.forum.ThreadKind;
import org.agorahub.people.CurrentUser;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Is your question already answered?": threads like the one being written, found in the search index by the words
 * of its title (any of them, in a thread's title or posts; title words weigh more) and trimmed by the same board
 * tokens as search, so a thread of a board the person may not see is never suggested. The forum asks its own index
 * entries here: the search module depends on the forum, not the other way round.
 */
@Service
@Transactional(readOnly = true)
public class RelatedThreads {

    public static final int MAX = 5;

    /** Fewer characters than this suggest nothing: too little to go on. */
    static final int MIN_LENGTH = 3;

    private static final int MAX_LENGTH = 200;
    private static final float TITLE_BOOST = 2f;

    private final EntityManager entityManager;
    private final BoardService boards;

    RelatedThreads(EntityManager entityManager, BoardService boards) {
        this.entityManager = entityManager;
        this.boards = boards;
    }

    /** One similar thread, with its board; {@code answered} only for questions with an accepted answer. */
    public record RelatedThread(
            long id, String title, ThreadKind kind, long boardId, String boardName, boolean answered) {}

    /** Up to {@link #MAX} threads the person may see, most similar first; none for a title of under three letters. */
    public List<RelatedThread> similarTo(CurrentUser user, String title) {
        if (!enoughToGoOn(title)) {
            return List.of();
        }
        String typed = clean(title);
        Optional<Set<String>> tokens = boards.threadReadTokens(user);
        SearchSession session = Search.session(entityManager);
        List<List<?>> rows = session.search(ForumThread.class)
                .select(f -> f.composite()
                        .from(
                                f.id(Long.class),
                                f.field("title", String.class),
                                f.field("kind", String.class, ValueModel.INDEX),
                                f.field("boardId", Long.class),
                                f.field(ThreadSearchBinder.ANSWERED, Boolean.class))
                        .asList())
                .where(f -> f.bool(b -> {
                    b.must(f.match()
                            .field("title")
                            .boost(TITLE_BOOST)
                            .field(ThreadSearchBinder.TEXT)
                            .matching(typed));
                    tokens.ifPresent(mine -> b.filter(
                            f.terms().field(ThreadSearchBinder.READ_TOKENS).matchingAny(mine)));
                }))
                .fetchHits(MAX);
        Map<Long, String> names = boards.boardNames(
                user, rows.stream().map(row -> (Long) row.get(3)).toList());
        return rows.stream()
                .filter(row -> names.containsKey((Long) row.get(3)))
                .map(row -> new RelatedThread(
                        (Long) row.get(0),
                        (String) row.get(1),
                        ThreadKind.valueOf((String) row.get(2)),
                        (Long) row.get(3),
                        names.get((Long) row.get(3)),
                        Boolean.TRUE.equals(row.get(4))))
                .toList();
    }

    /** Whether the typed title is long enough to look for similar threads. */
    public static boolean enoughToGoOn(String title) {
        String typed = clean(title);
        return typed.codePointCount(0, typed.length()) >= MIN_LENGTH;
    }

    /** Any text: control characters become spaces, and long text is cut. */
    private static String clean(String title) {
        if (title == null) {
            return "";
        }
        String text = title.replaceAll("\\p{Cntrl}", " ").strip();
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
    }
}
