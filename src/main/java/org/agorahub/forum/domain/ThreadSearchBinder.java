package org.agorahub.forum.domain;

import java.util.List;
import java.util.Set;
import org.agorahub.forum.ThreadKind;
import org.agorahub.shared.ai.EmbeddingField;
import org.agorahub.shared.ai.Enrichments;
import org.hibernate.Session;
import org.hibernate.query.QueryFlushMode;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.environment.bean.BeanHolder;
import org.hibernate.search.engine.environment.bean.BeanRetrieval;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * The derived search fields of a {@link ForumThread}, named as the library's documents name theirs so that one
 * query searches both: {@code text}, the readable posts of the thread (opening post, then replies, in order; cut at
 * {@link #MAX_TEXT} characters); {@code spell}, the unstemmed words of title, tags and text for "did you mean";
 * {@code departmentId}, the board's department; {@code readTokens}, who may find it ({@link
 * ForumPolicy#threadTokens}); and the forum's own {@code answered}, set on questions only (true when a reply is
 * accepted).
 *
 * <p>Posts and boards are not associations of the thread, so Hibernate Search cannot see their changes: the bridge
 * depends on the thread only ({@code useRootOnly}) and the forum's services reindex explicitly ({@link
 * ThreadIndexer}).
 */
public class ThreadSearchBinder implements TypeBinder {

    public static final String TEXT = "text";
    public static final String READ_TOKENS = "readTokens";
    public static final String DEPARTMENT = "departmentId";
    public static final String SPELL = "spell";
    public static final String ANSWERED = "answered";

    /**
     * A post ordinary readers see, on a {@link Post} aliased {@code p}: the one place that says which posts' words
     * a thread is found by (and suggested with): {@link ReadablePost}'s rule in JPQL.
     */
    static final String READABLE_POST = ReadablePost.jpql("p");

    /** Enough for the opening post and dozens of replies; longer threads are found by their first pages. */
    static final int MAX_TEXT = 50_000;

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().useRootOnly();
        var schema = context.indexSchemaElement();
        IndexFieldReference<String> text = schema.field(
                        TEXT,
                        f -> f.asString()
                                .analyzer("english")
                                .projectable(Projectable.YES)
                                .highlightable(Set.of(Highlightable.ANY)))
                .toReference();
        IndexFieldReference<String> tokens =
                schema.field(READ_TOKENS, f -> f.asString()).multiValued().toReference();
        IndexFieldReference<Long> department = schema.field(
                        DEPARTMENT, f -> f.asLong().aggregable(Aggregable.YES))
                .toReference();
        IndexFieldReference<String> spell = schema.field(
                        SPELL, f -> f.asString().analyzer("words"))
                .multiValued()
                .toReference();
        IndexFieldReference<Boolean> answered = schema.field(
                        ANSWERED,
                        f -> f.asBoolean().projectable(Projectable.YES).aggregable(Aggregable.YES))
                .toReference();
        BeanHolder<ForumPolicy> policy = context.beanResolver().resolve(ForumPolicy.class, BeanRetrieval.BEAN);
        EmbeddingField embedding = EmbeddingField.declare(context, Enrichments.KIND_THREAD);
        context.bridge(
                ForumThread.class,
                new Bridge(new Fields(text, tokens, department, spell, answered, embedding), policy.get()));
    }

    private record Fields(
            IndexFieldReference<String> text,
            IndexFieldReference<String> tokens,
            IndexFieldReference<Long> department,
            IndexFieldReference<String> spell,
            IndexFieldReference<Boolean> answered,
            EmbeddingField embedding) {}

    private record Bridge(Fields fields, ForumPolicy policy) implements TypeBridge<ForumThread> {

        @Override
        public void write(DocumentElement target, ForumThread thread, TypeBridgeWriteContext context) {
            Session session = context.extension(HibernateOrmExtension.get()).session();
            List<String> bodies = session.createSelectionQuery(
                            "select p.body from Post p where p.threadId = :id and " + READABLE_POST
                                    + " order by p.createdAt, p.id",
                            String.class)
                    .setParameter("id", thread.getId())
                    .setQueryFlushMode(QueryFlushMode.NO_FLUSH)
                    .getResultList();
            String text = join(bodies);
            if (!text.isEmpty()) {
                target.addValue(fields.text(), text);
                target.addValue(fields.spell(), text);
            }
            target.addValue(fields.spell(), thread.getTitle());
            thread.getTags().forEach(tag -> target.addValue(fields.spell(), tag));
            if (thread.getKind() == ThreadKind.QUESTION) {
                target.addValue(fields.answered(), thread.getAcceptedPostId() != null);
            }
            fields.embedding().write(target, thread.getId());
            Board board = session.find(Board.class, thread.getBoardId());
            if (board != null) {
                if (board.getDepartmentId() != null) {
                    target.addValue(fields.department(), board.getDepartmentId());
                }
                policy.threadTokens(board.getId(), board.getVisibility(), board.getDepartmentId())
                        .forEach(token -> target.addValue(fields.tokens(), token));
            }
        }
    }

    /** The posts' bodies, in order, separated by blank lines, cut at {@link #MAX_TEXT} characters. */
    static String join(List<String> bodies) {
        StringBuilder text = new StringBuilder();
        for (String body : bodies) {
            if (text.length() >= MAX_TEXT) {
                break;
            }
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(body, 0, Math.min(body.length(), MAX_TEXT - text.length()));
        }
        return text.toString();
    }
}
