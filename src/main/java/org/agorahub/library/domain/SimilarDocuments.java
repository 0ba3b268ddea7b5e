package org.agorahub.library.domain;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.agorahub.library.DocumentReference;
import org.agorahub.library.SimilarDocument;
import org.agorahub.people.CurrentUser;
import org.agorahub.shared.Tags;
import org.agorahub.shared.ai.AiFeature;
import org.agorahub.shared.ai.ContentText;
import org.agorahub.shared.ai.Enrichments;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the on-premises AI says about a document for the people working with it: documents like it, documents that
 * are (nearly) the same, and tags and a category to give it. Neighbours are found with a k-nearest-neighbours query
 * on the search index's vectors, filtered inside the query by the viewer's read tokens (so a document the viewer may
 * not open is never a candidate, however close), and checked once more against the database before they are named.
 */
@Service
@Transactional(readOnly = true)
public class SimilarDocuments {

    /** Most similar documents a page lists. */
    public static final int MAX = 5;

    /**
     * Cosine similarity of the opening passages (what the model reads in one go) from which two texts count as nearly
     * the same. Measured with the model shipped, on the texts of the tests ({@code AiTexts}): the same text 1.0, a
     * copy with one sentence reworded 0.99, the same text behind a two-word heading 0.95, a different text on the same
     * subject 0.56, a text opening with another one and then going on about something else 0.73 to 0.94 (which the
     * length rule below also keeps out), unrelated texts under 0.2.
     */
    static final double NEAR_IDENTICAL = 0.95;

    /**
     * A document whose stored vector is at least this close to a new document's opening is compared with it passage
     * to passage; below it, it is too different to be nearly the same text.
     */
    static final double DUPLICATE_CANDIDATE = 0.7;

    /** Nearly identical texts are of about the same length: the longer at most this many times the shorter. */
    static final double LENGTH_RATIO = 1.25;

    /** Below this, a neighbour is too far in meaning to be shown as similar or to lend its tags. */
    static final double RELATED = 0.35;

    /** Most tags suggested at once, and most of them taken from similar documents (the rest are key phrases). */
    static final int MAX_TAGS = 8;

    private static final int FROM_NEIGHBOURS = 5;
    private static final int OPENING_CHARS = 4_000;
    private static final int NEIGHBOURS = 8;

    private final EntityManager entityManager;
    private final LibraryService libraries;
    private final DocumentService documents;
    private final DocumentContent content;
    private final Enrichments enrichments;
    private final JdbcClient jdbc;

    SimilarDocuments(
            EntityManager entityManager,
            LibraryService libraries,
            DocumentService documents,
            DocumentContent content,
            Enrichments enrichments,
            JdbcClient jdbc) {
        this.entityManager = entityManager;
        this.libraries = libraries;
        this.documents = documents;
        this.content = content;
        this.enrichments = enrichments;
        this.jdbc = jdbc;
    }

    /** Byte-identical and nearly identical documents. */
    public record Duplicates(List<DocumentReference> identical, List<DocumentReference> similar) {

        public boolean any() {
            return !identical.isEmpty() || !similar.isEmpty();
        }
    }

    /** Tags and a category to suggest. */
    public record Suggestions(List<String> tags, Long categoryId, String categoryName) {

        public static final Suggestions NONE = new Suggestions(List.of(), null, null);

        public boolean any() {
            return !tags.isEmpty() || categoryId != null;
        }
    }

    /**
     * Up to {@link #MAX} documents like the one shown (which the caller has shown the person, so may read), most
     * similar first; none when similar content is off or the document has no vector yet.
     */
    public List<SimilarDocument> similarTo(CurrentUser user, DocumentView document) {
        if (!enrichments.enabled(AiFeature.SIMILAR_CONTENT)) {
            return List.of();
        }
        return enrichments
                .vectorOf(Enrichments.KIND_DOCUMENT, document.id())
                .map(vector -> near(user, vector, Set.of(document.id()), MAX, RELATED))
                .orElse(List.of());
    }

    /** Up to {@code limit} documents the person may open whose meaning is close to the vector, most similar first. */
    public List<SimilarDocument> near(
            CurrentUser user, float[] vector, Collection<Long> excluded, int limit, double minimum) {
        if (vector == null || vector.length != Enrichments.DIMENSIONS || limit <= 0) {
            return List.of();
        }
        Optional<Set<String>> tokens = libraries.documentReadTokens(user);
        SearchSession session = Search.session(entityManager);
        List<List<?>> hits = session.search(Document.class)
                .select(f -> f.composite().from(f.id(Long.class), f.score()).asList())
                .where(f -> f.knn(limit)
                        .field(Enrichments.VECTOR_FIELD)
                        .matching(vector)
                        .filter(f.bool(b -> {
                            b.must(f.matchAll());
                            tokens.ifPresent(mine -> b.filter(f.terms()
                                    .field(DocumentSearchBinder.READ_TOKENS)
                                    .matchingAny(mine)));
                            excluded.forEach(id -> b.mustNot(f.id().matching(id)));
                        })))
                .fetchHits(limit);
        if (hits.isEmpty()) {
            return List.of();
        }
        // the index is derived data: the database has the last word on what the person may open
        Map<Long, DocumentReference> readable = documents.readableReferences(
                user, hits.stream().map(hit -> (Long) hit.get(0)).toList());
        List<SimilarDocument> similar = new ArrayList<>();
        for (List<?> hit : hits) {
            DocumentReference reference = readable.get((Long) hit.get(0));
            double similarity = Enrichments.similarityOfScore((Float) hit.get(1));
            if (reference != null && similarity >= minimum) {
                similar.add(new SimilarDocument(
                        reference.id(),
                        reference.title(),
                        reference.kind(),
                        reference.libraryId(),
                        reference.libraryName(),
                        similarity));
            }
        }
        similar.sort(Comparator.comparingDouble(SimilarDocument::similarity).reversed());
        return similar;
    }

    /**
     * Documents the person may open that hold the same file as the document's current version (cheap: file hashes
     * are indexed), and, when similar content is on, those whose text is nearly the same (the same words in another
     * format or under another name, or a lightly revised copy). For the second, the opening passage of the new text is
     * embedded now (a few milliseconds: it need not wait for the background enrichment), the nearest documents by
     * stored vector are found in the index, trimmed to what the person may open, and the opening passage of each of
     * those of about the same length is compared with it.
     */
    public Duplicates duplicatesOf(CurrentUser user, DocumentView document) {
        List<DocumentReference> identical = jdbc.sql(
                        """
                        select distinct d.id, d.title, d.kind, l.id as library_id, l.name as library_name
                        from document_version v
                        join document d on d.id = v.document_id and d.deleted_at is null
                        join library l on l.id = d.library_id
                        where v.file_sha256 = (select c.file_sha256 from document_version c
                                               where c.document_id = :document order by c.number desc limit 1)
                          and d.id <> :document
                          and %s
                          and (d.classification <> 'OFFICIAL_SENSITIVE' or %s)
                        order by d.id
                        limit :limit
                        """.formatted(LibraryService.CAN_READ_LIBRARY, LibraryService.MEMBER_OF_LIBRARY))
                .params(LibraryService.viewerParameters(user))
                .param("document", document.id())
                .param("limit", MAX)
                .query(DocumentReference.class)
                .list();
        if (!enrichments.enabled(AiFeature.SIMILAR_CONTENT)) {
            return new Duplicates(identical, List.of());
        }
        String text = currentTexts(List.of(document.id())).getOrDefault(document.id(), "");
        Optional<float[]> opening = enrichments.embed(opening(text));
        if (opening.isEmpty()) {
            return new Duplicates(identical, List.of());
        }
        Set<Long> excluded = new HashSet<>();
        excluded.add(document.id());
        identical.forEach(reference -> excluded.add(reference.id()));
        List<SimilarDocument> candidates = near(user, opening.get(), excluded, MAX, DUPLICATE_CANDIDATE);
        Map<Long, String> texts =
                currentTexts(candidates.stream().map(SimilarDocument::id).toList());
        List<DocumentReference> similar = new ArrayList<>();
        for (SimilarDocument candidate : candidates) {
            String other = texts.getOrDefault(candidate.id(), "");
            double longer = Math.max(text.length(), other.length());
            double shorter = Math.max(1, Math.min(text.length(), other.length()));
            if (longer / shorter > LENGTH_RATIO) {
                continue;
            }
            boolean nearlySame = enrichments
                    .embed(opening(other))
                    .filter(vector -> Enrichments.similarity(opening.get(), vector) >= NEAR_IDENTICAL)
                    .isPresent();
            if (nearlySame) {
                similar.add(new DocumentReference(
                        candidate.id(),
                        candidate.title(),
                        candidate.kind(),
                        candidate.libraryId(),
                        candidate.libraryName()));
            }
        }
        return new Duplicates(identical, similar);
    }

    /**
     * Tags for the document: first those of the most similar documents the person may open (weighted by how
     * similar each is), then key phrases of its own text; never a tag it already has. A category when the similar
     * documents agree on one it does not have. Nothing when suggested tags are off.
     */
    public Suggestions suggestionsFor(CurrentUser user, DocumentView document) {
        if (!enrichments.enabled(AiFeature.SUGGESTED_TAGS)) {
            return Suggestions.NONE;
        }
        Set<String> have = Tags.normalise(document.tags());
        Map<String, Double> tagScores = new HashMap<>();
        Map<Long, Double> categoryScores = new HashMap<>();
        Optional<ContentText> text = content.text(document.id());
        // a document just added is not enriched yet: its opening, embedded now, stands in for its vector
        Optional<float[]> vector = enrichments
                .vectorOf(Enrichments.KIND_DOCUMENT, document.id())
                .or(() -> text.flatMap(t -> enrichments.embed(opening(t.title() + ". " + t.body()))));
        if (vector.isPresent()) {
            List<SimilarDocument> neighbours = near(user, vector.get(), Set.of(document.id()), NEIGHBOURS, RELATED);
            Map<Long, Double> similarity = new LinkedHashMap<>();
            neighbours.forEach(n -> similarity.put(n.id(), n.similarity()));
            documents
                    .readableTags(user, similarity.keySet())
                    .forEach((id, tags) -> tags.forEach(tag -> {
                        if (!have.contains(tag)) {
                            tagScores.merge(tag, similarity.get(id), Double::sum);
                        }
                    }));
            categoriesOf(similarity.keySet()).forEach((id, category) -> {
                if (!category.equals(document.categoryId())) {
                    categoryScores.merge(category, similarity.get(id), Double::sum);
                }
            });
        }
        List<String> tags = new ArrayList<>(tagScores.keySet().stream()
                .sorted(Comparator.comparingDouble((String tag) -> -tagScores.get(tag))
                        .thenComparing(tag -> tag))
                .limit(FROM_NEIGHBOURS)
                .toList());
        text.ifPresent(t -> enrichments.keyPhrases(t.body(), MAX_TAGS).stream()
                .map(Tags::normalise)
                .filter(phrase -> !phrase.isEmpty() && !have.contains(phrase) && !tags.contains(phrase))
                .limit(Math.max(0, MAX_TAGS - tags.size()))
                .forEach(tags::add));
        Long category = categoryScores.entrySet().stream()
                .max(Map.Entry.<Long, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(null);
        String categoryName = category == null
                ? null
                : jdbc.sql("select name from category where id = ?")
                        .param(category)
                        .query(String.class)
                        .optional()
                        .orElse(null);
        return new Suggestions(List.copyOf(tags), categoryName == null ? null : category, categoryName);
    }

    private Map<Long, Long> categoriesOf(Collection<Long> ids) {
        Map<Long, Long> categories = new HashMap<>();
        if (ids.isEmpty()) {
            return categories;
        }
        jdbc.sql("select id, category_id from document where id in (:ids) and category_id is not null")
                .param("ids", List.copyOf(ids))
                .query((rs, row) -> categories.put(rs.getLong(1), rs.getLong(2)))
                .list();
        return categories;
    }

    /**
     * The start of a text, comfortably more than the model reads in one passage: what is embedded on the spot is cut
     * before it is split into sentences, so even 10 MB of text costs no more than a page.
     */
    private static String opening(String text) {
        return text.length() > OPENING_CHARS ? text.substring(0, OPENING_CHARS) : text;
    }

    /** The text of each document's current version (a file's extracted text, a page's Markdown). */
    private Map<Long, String> currentTexts(Collection<Long> ids) {
        Map<Long, String> texts = new HashMap<>();
        if (ids.isEmpty()) {
            return texts;
        }
        jdbc.sql("""
                        select distinct on (v.document_id) v.document_id, coalesce(v.extracted_text, v.body, '')
                        from document_version v where v.document_id in (:ids)
                        order by v.document_id, v.number desc
                        """)
                .param("ids", List.copyOf(ids))
                .query((rs, row) -> texts.put(rs.getLong(1), rs.getString(2)))
                .list();
        return texts;
    }
}
