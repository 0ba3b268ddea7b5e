package org.agorahub.library.domain;

import java.util.Set;
import org.agorahub.library.Classification;
import org.hibernate.Session;
import org.hibernate.query.QueryFlushMode;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
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
 * The two derived search fields of a {@link Document}: {@code text}, the text of its current (newest) version
 * (extracted text of a file, Markdown of a page), and {@code readTokens}, who may read it
 * ({@link LibraryPolicy#documentTokens}).
 *
 * <p>Versions and libraries are not associations of the document, so Hibernate Search cannot see their changes:
 * the bridge depends on the document only ({@code useRootOnly}) and the search module reindexes explicitly on
 * document and library-access events.
 */
public class DocumentSearchBinder implements TypeBinder {

    public static final String TEXT = "text";
    public static final String READ_TOKENS = "readTokens";

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().useRootOnly();
        IndexFieldReference<String> text = context.indexSchemaElement()
                .field(
                        TEXT,
                        f -> f.asString()
                                .analyzer("english")
                                .projectable(Projectable.YES)
                                .highlightable(Set.of(Highlightable.ANY)))
                .toReference();
        IndexFieldReference<String> tokens = context.indexSchemaElement()
                .field(READ_TOKENS, f -> f.asString())
                .multiValued()
                .toReference();
        BeanHolder<LibraryPolicy> policy = context.beanResolver().resolve(LibraryPolicy.class, BeanRetrieval.BEAN);
        context.bridge(Document.class, new Bridge(text, tokens, policy.get()));
    }

    private record Bridge(IndexFieldReference<String> text, IndexFieldReference<String> tokens, LibraryPolicy policy)
            implements TypeBridge<Document> {

        @Override
        public void write(DocumentElement target, Document document, TypeBridgeWriteContext context) {
            Session session = context.extension(HibernateOrmExtension.get()).session();
            String current = session.createSelectionQuery("""
                            select coalesce(v.extractedText, v.body) from DocumentVersion v
                            where v.documentId = :id order by v.number desc""", String.class)
                    .setParameter("id", document.getId())
                    .setQueryFlushMode(QueryFlushMode.NO_FLUSH)
                    .setMaxResults(1)
                    .uniqueResult();
            if (current != null) {
                target.addValue(text, current);
            }
            Library library = session.find(Library.class, document.getLibraryId());
            Classification classification = document.getClassification();
            if (library != null) {
                policy.documentTokens(LibraryAccess.of(library), classification)
                        .forEach(token -> target.addValue(tokens, token));
            }
        }
    }
}
