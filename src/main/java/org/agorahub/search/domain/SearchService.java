package org.agorahub.search.domain;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.agorahub.library.LibraryApi;
import org.agorahub.people.CurrentUser;
import org.agorahub.search.SearchApi;
import org.agorahub.search.SearchResults;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over library documents. Security trimming happens in the index query: every document carries
 * the tokens of who may read it and the query keeps only those sharing one of the person's tokens, so hit counts
 * are trimmed too.
 *
 * <p>Terms are combined with AND (every word must match, as people expect of a short query box), over the title,
 * tags, description and current text; the small title/tag/description boosts are a judgement call (on Cranfield,
 * equal title and body weights were best) to be revisited with the search benchmark.
 */
@Service
@Transactional(readOnly = true)
class SearchService implements SearchApi {

    static final String INDEXED_ENTITY = "Document";
    static final int MAX_QUERY_LENGTH = 500;
    static final int MAX_PAGE_SIZE = 100;
    static final int MAX_OFFSET = 10_000;
    private static final int SNIPPET_LENGTH = 200;

    private final EntityManager entityManager;
    private final LibraryApi libraries;

    SearchService(EntityManager entityManager, LibraryApi libraries) {
        this.entityManager = entityManager;
        this.libraries = libraries;
    }

    @Override
    public SearchResults search(CurrentUser user, String query, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int pageNumber = Math.max(0, Math.min(page, MAX_OFFSET / pageSize));
        String text = clean(query);
        if (text.isEmpty()) {
            return SearchResults.empty(pageNumber, pageSize);
        }
        Optional<Set<String>> tokens = libraries.documentReadTokens(user);
        SearchSession session = Search.session(entityManager);
        SearchScope<Object> scope = session.scope(Object.class, INDEXED_ENTITY);
        SearchResult<List<?>> result = session.search(scope)
                .select(f -> f.composite()
                        .from(
                                f.id(Long.class),
                                f.field("libraryId", Long.class),
                                f.field("title", String.class),
                                f.highlight("text"))
                        .asList())
                .where(f -> f.bool(b -> {
                    b.must(f.simpleQueryString()
                            .field("title")
                            .boost(1.5f)
                            .field("tags")
                            .boost(1.2f)
                            .field("description")
                            .boost(1.1f)
                            .field("text")
                            .matching(text)
                            .defaultOperator(BooleanOperator.AND));
                    tokens.ifPresent(
                            mine -> b.filter(f.terms().field("readTokens").matchingAny(mine)));
                }))
                .highlighter(h -> h.plain()
                        .encoder(HighlighterEncoder.HTML)
                        .fragmentSize(SNIPPET_LENGTH)
                        .numberOfFragments(1)
                        .noMatchSize(SNIPPET_LENGTH))
                .fetch(pageNumber * pageSize, pageSize);
        List<SearchResults.Hit> hits =
                result.hits().stream().map(SearchService::hit).toList();
        return new SearchResults(hits, result.total().hitCount(), pageNumber, pageSize);
    }

    private static SearchResults.Hit hit(List<?> row) {
        List<?> fragments = (List<?>) row.get(3);
        String snippet = fragments == null || fragments.isEmpty() ? "" : String.valueOf(fragments.get(0));
        return new SearchResults.Hit((Long) row.get(0), (Long) row.get(1), (String) row.get(2), snippet);
    }

    /** Any text is a query: control characters become spaces and very long input is cut. */
    static String clean(String query) {
        if (query == null) {
            return "";
        }
        String text = query.replaceAll("\\p{Cntrl}", " ").strip();
        if (text.length() > MAX_QUERY_LENGTH) {
            int end = MAX_QUERY_LENGTH;
            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            text = text.substring(0, end).strip();
        }
        return text;
    }
}
