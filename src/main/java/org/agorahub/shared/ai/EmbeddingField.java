package org.agorahub.shared.ai;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.VectorSimilarity;
import org.hibernate.search.engine.environment.bean.BeanRetrieval;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;

/**
 * The {@link Enrichments#VECTOR_FIELD} of a search index entry: the stored vector of the content, for search by
 * meaning (Lucene's HNSW k-nearest-neighbours). Declared the same way in every index so one query spans them.
 * Cosine similarity: the vectors are unit length, so it ranks as the dot product would, and it is the similarity
 * Hibernate Search also accepts on OpenSearch (which refuses the dot product). A vector without length (all zeros)
 * has no direction and is left out.
 */
public record EmbeddingField(IndexFieldReference<float[]> field, Enrichments enrichments, String kind) {

    /** Declares the field in the binder's index and resolves the enrichments bean. */
    public static EmbeddingField declare(TypeBindingContext context, String kind) {
        IndexFieldReference<float[]> field = context.indexSchemaElement()
                .field(
                        Enrichments.VECTOR_FIELD,
                        f -> f.asFloatVector()
                                .dimension(Enrichments.DIMENSIONS)
                                .vectorSimilarity(VectorSimilarity.COSINE))
                .toReference();
        Enrichments enrichments = context.beanResolver()
                .resolve(Enrichments.class, BeanRetrieval.BEAN)
                .get();
        return new EmbeddingField(field, enrichments, kind);
    }

    /** Adds the content's vector, when it has one. */
    public void write(DocumentElement target, long id) {
        enrichments
                .vectorOf(kind, id)
                .filter(EmbeddingField::hasLength)
                .ifPresent(vector -> target.addValue(field, vector));
    }

    private static boolean hasLength(float[] vector) {
        for (float value : vector) {
            if (value != 0) {
                return true;
            }
        }
        return false;
    }
}
