package org.agorahub.library.domain;

import java.util.Set;
import org.agorahub.library.Classification;
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
 * The derived search fields of a {@link Document}: {@code text}, the text of its current (newest) version
 * (extracted text of a file, Markdown of a page); {@code fileType}, the kind of that version's file (PDF, DOCX…;
 * none for pages); {@code departmentId}, its library's department; {@code spell}, every word of its title, tags,
 * description and text unstemmed, where spelling suggestions come from; and {@code readTokens}, who may read it
 * ({@link LibraryPolicy#documentTokens}).
 *
 * <p>Versions and libraries are not associations of the document, so Hibernate Search cannot see their changes:
 * the bridge depends on the document only ({@code useRootOnly}) and the search module reindexes explicitly on
 * document and library-access events.
 */
public class DocumentSearchBinder implements TypeBinder {

    public static final String TEXT = "text";
    public static final String READ_TOKENS = "readTokens";
    public static final String FILE_TYPE = "fileType";
    public static final String DEPARTMENT = "departmentId";
    public static final String SPELL = "spell";

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
        IndexFieldReference<String> fileType = context.indexSchemaElement()
                .field(FILE_TYPE, f -> f.asString().projectable(Projectable.YES).aggregable(Aggregable.YES))
                .toReference();
        IndexFieldReference<Long> department = context.indexSchemaElement()
                .field(DEPARTMENT, f -> f.asLong().aggregable(Aggregable.YES))
                .toReference();
        IndexFieldReference<String> spell = context.indexSchemaElement()
                .field(SPELL, f -> f.asString().analyzer("words"))
                .multiValued()
                .toReference();
        BeanHolder<LibraryPolicy> policy = context.beanResolver().resolve(LibraryPolicy.class, BeanRetrieval.BEAN);
        EmbeddingField embedding = EmbeddingField.declare(context, Enrichments.KIND_DOCUMENT);
        context.bridge(
                Document.class,
                new Bridge(new Fields(text, tokens, fileType, department, spell, embedding), policy.get()));
    }

    private record Fields(
            IndexFieldReference<String> text,
            IndexFieldReference<String> tokens,
            IndexFieldReference<String> fileType,
            IndexFieldReference<Long> department,
            IndexFieldReference<String> spell,
            EmbeddingField embedding) {}

    private record Bridge(Fields fields, LibraryPolicy policy) implements TypeBridge<Document> {

        @Override
        public void write(DocumentElement target, Document document, TypeBridgeWriteContext context) {
            Session session = context.extension(HibernateOrmExtension.get()).session();
            Object[] current = session.createSelectionQuery("""
                            select coalesce(v.extractedText, v.body), v.fileKind from DocumentVersion v
                            where v.documentId = :id order by v.number desc""", Object[].class)
                    .setParameter("id", document.getId())
                    .setQueryFlushMode(QueryFlushMode.NO_FLUSH)
                    .setMaxResults(1)
                    .uniqueResult();
            String text = current == null ? null : (String) current[0];
            if (text != null) {
                target.addValue(fields.text(), text);
            }
            if (current != null && current[1] != null && document.getKind() == Document.Kind.FILE) {
                target.addValue(fields.fileType(), (String) current[1]);
            }
            target.addValue(fields.spell(), document.getTitle());
            if (document.getDescription() != null) {
                target.addValue(fields.spell(), document.getDescription());
            }
            document.getTags().forEach(tag -> target.addValue(fields.spell(), tag));
            if (text != null) {
                target.addValue(fields.spell(), text);
            }
            fields.embedding().write(target, document.getId());
            Library library = session.find(Library.class, document.getLibraryId());
            Classification classification = document.getClassification();
            if (library != null) {
                if (library.getDepartmentId() != null) {
                    target.addValue(fields.department(), library.getDepartmentId());
                }
                policy.documentTokens(LibraryAccess.of(library), classification)
                        .forEach(token -> target.addValue(fields.tokens(), token));
            }
        }
    }
}
