package org.agorahub.search.domain;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.agorahub.expertise.PeopleIndex;
import org.agorahub.forum.ForumApi;
import org.agorahub.library.LibraryApi;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.search.SearchApi;
import org.agorahub.search.SearchFilters;
import org.agorahub.search.SearchFilters.Facet;
import org.agorahub.search.SearchFilters.Updated;
import org.agorahub.search.SearchRequest;
import org.agorahub.search.SearchResults;
import org.agorahub.search.SearchResults.Count;
import org.agorahub.search.SearchResults.FacetCounts;
import org.agorahub.search.domain.ParsedQuery.AnyOf;
import org.agorahub.search.domain.ParsedQuery.Part;
import org.agorahub.search.domain.ParsedQuery.Phrase;
import org.agorahub.shared.ai.AiFeature;
import org.agorahub.shared.ai.Enrichments;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.hibernate.search.util.common.data.Range;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over library documents and pages, forum threads and people, in one query over their three
 * indexes (their fields share names, see {@link SearchFields}).
 *
 * <p><b>Trimming.</b> Every document and thread carries the tokens of who may read it and every query keeps only
 * those sharing one of the person's tokens (the library's and the forum's, together), so totals and facet counts are
 * trimmed too. Admins and curators read everything. People are visible organisation-wide: their entries carry the
 * organisation token, which every signed-in person holds.
 *
 * <p><b>Matching.</b> The query is read by {@link ParsedQuery}: words, quoted phrases, {@code -exclusions} and
 * synonym groups. Each word is looked for in the title, tags, description and text (boosted in that order) and,
 * from five letters on, also with one typo (a weaker clause, so exact matches rank first). Up to four parts must
 * all match, as people expect of a short query; when nothing has every word, the hits with any of them are shown
 * instead and the page says so. Longer queries are questions typed as sentences ("how do I ...?"): any part may
 * match and BM25 ranks the items matching most of them (rare words weighing most) first. On the Cranfield
 * collection, requiring three words in four of such queries lost a third of the relevant documents.
 *
 * <p><b>Ranking.</b> Lucene's BM25 over those fields, plus two small constant nudges: verified documents and
 * documents changed in the last six months. They are a fraction of a single word match, so they order near-ties
 * and never lift a weak match over a strong one.
 *
 * <p><b>Meaning.</b> When search by meaning is on ({@link AiFeature#MEANING_SEARCH}) and the search is not exact (no
 * phrase in quotes, "exact words only" not ticked), the query is embedded by the on-premises model and the
 * {@link MeaningSearchSettings#neighbours() k} items whose stored vectors are nearest to it (Lucene's HNSW kNN) join
 * the items found by the words, in one boolean query: {@code should(words) should(knn)}. An item found both ways
 * scores the sum, one found by meaning alone {@code weight × (1 + cosine) / 2}. The knn clause carries the same
 * trimming, facet filters and exclusions as its own {@code filter}, so the k nearest are chosen among what the
 * person may open and has narrowed to, and the totals and facet counts are those of exactly the hits shown. On
 * Cranfield it lifts nDCG@10 from 0.374 to 0.407 and MAP from 0.296 to 0.329 over the words alone; reciprocal rank
 * fusion of the two lists did as well (0.408, 0.336) but needs two ranked queries, a third for totals and facets
 * and the fusion in Java, whereas this is one query in the one shape the Elasticsearch backend also accepts (a
 * knn predicate as a should clause of the top-level bool; bench/RESULTS.md). Whether nothing has all the words
 * ("some of your words") and "did you mean" are decided by the words alone.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(MeaningSearchSettings.class)
class SearchService implements SearchApi {

    private static final Logger log = LoggerFactory.getLogger(SearchService.class);

    static final String INDEXED_ENTITY = "Document";
    static final String THREAD_ENTITY = "ForumThread";
    static final String PERSON_ENTITY = PeopleIndex.ENTITY;
    /** Everything search finds: library documents, forum threads and people. */
    static final List<String> INDEXED_ENTITIES = List.of(INDEXED_ENTITY, THREAD_ENTITY, PERSON_ENTITY);

    static final int MAX_QUERY_LENGTH = 500;
    static final int MAX_PAGE_SIZE = 100;
    static final int MAX_OFFSET = 10_000;
    /** Up to this many parts must all match; longer queries are questions, ranked by how much of them matches. */
    static final int ALL_REQUIRED_UP_TO = 4;

    static final int FUZZY_FROM_LENGTH = 5;
    static final float TITLE_BOOST = 1.5f;
    static final float TAGS_BOOST = 1.2f;
    static final float DESCRIPTION_BOOST = 1.1f;
    static final float TYPO_WEIGHT = 0.3f;
    static final float VERIFIED_NUDGE = 0.3f;
    static final float FRESH_NUDGE = 0.2f;
    static final int FRESH_DAYS = 183;
    /** "Did you mean" is tried when a query finds fewer than this many items. */
    static final int FEW_HITS = 3;

    private static final int SNIPPET_LENGTH = 200;
    private static final int FACET_SIZE = 12;
    private static final AggregationKey<Map<Range<Instant>, Long>> UPDATED_COUNTS = AggregationKey.of("updated");

    private final EntityManager entityManager;
    private final LibraryApi libraries;
    private final ForumApi forum;
    private final SynonymService synonyms;
    private final SpellingSuggester speller;
    private final QueryLog queryLog;
    private final SearchIndexHealth health;
    private final SearchIndexRebuild rebuild;
    private final Enrichments enrichments;
    private final MeaningSearchSettings meaning;
    private final boolean radialKnn;

    SearchService(
            EntityManager entityManager,
            LibraryApi libraries,
            ForumApi forum,
            SynonymService synonyms,
            SpellingSuggester speller,
            QueryLog queryLog,
            SearchIndexHealth health,
            SearchIndexRebuild rebuild,
            Enrichments enrichments,
            MeaningSearchSettings meaning,
            Environment environment) {
        this.radialKnn = SearchBackendSettings.isOpenSearch(environment);
        this.enrichments = enrichments;
        this.meaning = meaning;
        this.health = health;
        this.rebuild = rebuild;
        this.entityManager = entityManager;
        this.libraries = libraries;
        this.forum = forum;
        this.synonyms = synonyms;
        this.speller = speller;
        this.queryLog = queryLog;
    }

    @Override
    public org.agorahub.search.IndexStatus indexStatus() {
        IndexHealth now;
        try {
            now = health.health();
        } catch (SearchException e) {
            // the search engine does not answer (OpenSearch down): nothing is indexed as far as anyone can see
            log.warn("The search index could not be counted: {}", e.getMessage());
            now = new IndexHealth(health.inDatabase(), 0, null, null);
        }
        IndexHealth.LastRebuild last = now.lastRebuild();
        return new org.agorahub.search.IndexStatus(
                now.inDatabase(),
                now.inIndex(),
                rebuild.isRunning(),
                last == null ? null : last.finishedAt(),
                last != null && last.succeeded());
    }

    @Override
    public java.util.List<org.agorahub.search.SearchActivity> searchActivity() {
        return queryLog.activity();
    }

    @Override
    public java.util.List<org.agorahub.search.FailedSearchActivity> failedSearchActivity() {
        return queryLog.failedActivity();
    }

    @Override
    public SearchResults search(CurrentUser user, String query, int page, int size) {
        return search(user, SearchRequest.of(query, page, size));
    }

    @Override
    public SearchResults search(CurrentUser user, SearchRequest request) {
        int pageSize = Math.max(1, Math.min(request.size(), MAX_PAGE_SIZE));
        int pageNumber = Math.max(0, Math.min(request.page(), MAX_OFFSET / pageSize));
        ParsedQuery query = parse(request.query());
        if (query.isEmpty()) {
            return SearchResults.empty(pageNumber, pageSize);
        }
        Optional<Set<String>> tokens = readTokens(user);
        Instant now = Instant.now();
        float[] vector = request.exact() || query.hasPhrase() ? null : meaningOf(request.query());
        Search search = new Search(query, tokens, request.filters(), now, vector);
        SearchResults results;
        long foundByWords;
        if (vector == null) {
            results = search.run(false, request.sort(), pageNumber, pageSize);
            if (results.total() == 0 && query.required().size() > 1) {
                SearchResults relaxed = search.run(true, request.sort(), pageNumber, pageSize);
                if (relaxed.total() > 0) {
                    results = relaxed;
                }
            }
            foundByWords = results.total();
        } else {
            // the hits by meaning never hide that nothing has all the words, nor a misspelling
            foundByWords = search.count(false);
            boolean relaxed = false;
            if (foundByWords == 0 && query.required().size() > 1) {
                foundByWords = search.count(true);
                relaxed = foundByWords > 0;
            }
            results = search.run(relaxed, request.sort(), pageNumber, pageSize);
        }
        if (foundByWords < FEW_HITS) {
            String suggestion = speller.correct(query)
                    .filter(corrected -> new Search(corrected, tokens, request.filters(), now, null).count(false) > 0)
                    .map(ParsedQuery::display)
                    .orElse(null);
            if (suggestion != null) {
                results = results.withSuggestion(suggestion);
            }
        }
        return results;
    }

    /**
     * The query's vector for the search by meaning, or null when that is off or the query has nothing to embed. The
     * model reads the query as typed (stop words and word order carry meaning for it), without the parts to leave
     * out.
     */
    private float[] meaningOf(String text) {
        if (!enrichments.enabled(AiFeature.MEANING_SEARCH)) {
            return null;
        }
        String wanted = EXCLUSION.matcher(clean(text)).replaceAll(" ").strip();
        return enrichments.embed(wanted).orElse(null);
    }

    /** A {@code -word} or {@code -"a phrase"} to leave out, as {@link ParsedQuery} reads them. */
    private static final java.util.regex.Pattern EXCLUSION =
            java.util.regex.Pattern.compile("(?<=^|\\s)-(\"[^\"]*\"|[^\\s\"]+)");

    /**
     * The person's tokens for documents and threads together, or empty (no trimming) when both modules say the
     * person reads everything. Each module gives out only its own tokens (library:…, board:…) and the shared ones
     * (org, dept:…) mean the same to both, so the union lets nobody find more than either module would show.
     */
    Optional<Set<String>> readTokens(CurrentUser user) {
        Optional<Set<String>> documents = libraries.documentReadTokens(user);
        Optional<Set<String>> threads = forum.threadReadTokens(user);
        if (documents.isEmpty() && threads.isEmpty()) {
            return Optional.empty();
        }
        Set<String> all = new LinkedHashSet<>();
        all.add(AccessPolicy.ORGANISATION_TOKEN); // people, whom everyone may find
        documents.ifPresent(all::addAll);
        threads.ifPresent(all::addAll);
        return Optional.of(all);
    }

    /** The query as the search reads it, with the synonym groups in effect now. */
    ParsedQuery parse(String text) {
        return ParsedQuery.parse(clean(text), synonyms.current());
    }

    /** One query with its trimming and filters, run for a page of hits or for a count. */
    private final class Search {

        private final ParsedQuery query;
        private final Optional<Set<String>> tokens;
        private final SearchFilters filters;
        private final Instant now;
        /** The query's vector when items close in meaning are searched for too, else null. */
        private final float[] vector;

        private final SearchSession session = org.hibernate.search.mapper.orm.Search.session(entityManager);
        private final SearchScope<Object> scope = session.scope(Object.class, INDEXED_ENTITIES);

        Search(ParsedQuery query, Optional<Set<String>> tokens, SearchFilters filters, Instant now, float[] vector) {
            this.query = query;
            this.tokens = tokens;
            this.filters = filters;
            this.now = now;
            this.vector = vector;
        }

        /** How many items the words alone find, all of them or ({@code relaxed}) some. */
        long count(boolean relaxed) {
            return session.search(scope)
                    .where(f -> f.bool(b -> {
                        b.must(words(f, relaxed));
                        narrow(f, b);
                    }))
                    .fetchTotalHitCount();
        }

        SearchResults run(boolean relaxed, SearchRequest.Sort sort, int page, int size) {
            Map<Facet, AggregationKey<Map<Object, Long>>> keys = new LinkedHashMap<>();
            for (Facet facet : Facet.values()) {
                if (facet != Facet.UPDATED) {
                    keys.put(facet, AggregationKey.of(facet.parameter()));
                }
            }
            var step = session.search(scope)
                    .select(f -> f.composite()
                            .from(
                                    f.id(Long.class),
                                    f.field(SearchFields.KIND, String.class, ValueModel.INDEX),
                                    f.field(SearchFields.LIBRARY, Long.class),
                                    f.field(SearchFields.CATEGORY, Long.class),
                                    f.field(SearchFields.TITLE, String.class),
                                    // Lucene's highlighter would rewrite the knn clause for every hit: the hits
                                    // found with the vector get their passages from the words' query below
                                    vector == null ? f.highlight(SearchFields.TEXT) : f.constant(List.of()),
                                    f.field(SearchFields.FILE_TYPE, String.class),
                                    f.field(SearchFields.STATUS, String.class, ValueModel.INDEX),
                                    f.field(SearchFields.UPDATED, Instant.class),
                                    f.field(SearchFields.BOARD, Long.class),
                                    f.field(SearchFields.ANSWERED, Boolean.class),
                                    f.field(SearchFields.SUMMARY, String.class))
                            .asList())
                    .where(f -> where(f, relaxed))
                    .sort(f -> sort == SearchRequest.Sort.NEWEST
                            ? f.field(SearchFields.UPDATED).desc().then().score()
                            : f.score().then().field(SearchFields.UPDATED).desc())
                    .highlighter(h -> h.plain()
                            .encoder(HighlighterEncoder.HTML)
                            .fragmentSize(SNIPPET_LENGTH)
                            .numberOfFragments(1)
                            .noMatchSize(SNIPPET_LENGTH));
            for (var entry : keys.entrySet()) {
                step = step.aggregation(entry.getValue(), f -> termsOf(f, entry.getKey()));
            }
            SearchResult<List<?>> result = step.aggregation(
                            UPDATED_COUNTS,
                            f -> f.range()
                                    .field(SearchFields.UPDATED, Instant.class)
                                    .ranges(updatedRanges(now).values()))
                    .fetch(page * size, size);
            List<FacetCounts> facets = new ArrayList<>();
            keys.forEach((facet, key) -> facets.add(counts(facet, result.aggregation(key))));
            facets.add(updatedCounts(result.aggregation(UPDATED_COUNTS), now));
            List<SearchResults.Hit> hits =
                    result.hits().stream().map(SearchService::hit).toList();
            if (vector != null) {
                hits = withPassages(hits, relaxed);
            }
            return new SearchResults(
                    hits, result.total().hitCount(), page, size, facets, null, relaxed, vector != null);
        }

        /**
         * The hits of a search with the vector, each with its passage highlighted by the words' query alone: the
         * same hits again (by id, trimmed as before), so the highlighter never sees the knn clause. A hit found by
         * meaning alone gets the start of its text, as a hit matching only in its title does.
         */
        private List<SearchResults.Hit> withPassages(List<SearchResults.Hit> hits, boolean relaxed) {
            List<Long> ids = hits.stream()
                    .filter(hit -> !hit.person())
                    .map(SearchResults.Hit::id)
                    .distinct()
                    .toList();
            if (ids.isEmpty()) {
                return hits;
            }
            Map<String, String> passages = new java.util.HashMap<>();
            session.search(scope)
                    .select(f -> f.composite()
                            .from(
                                    f.id(Long.class),
                                    f.field(SearchFields.KIND, String.class, ValueModel.INDEX),
                                    f.highlight(SearchFields.TEXT))
                            .asList())
                    .where(f -> f.bool(b -> {
                        b.filter(f.id().matchingAny(ids));
                        b.should(words(f, relaxed));
                        narrow(f, b);
                    }))
                    .highlighter(h -> h.plain()
                            .encoder(HighlighterEncoder.HTML)
                            .fragmentSize(SNIPPET_LENGTH)
                            .numberOfFragments(1)
                            .noMatchSize(SNIPPET_LENGTH))
                    .fetchHits(ids.size() * INDEXED_ENTITIES.size())
                    .forEach(row -> {
                        List<?> fragments = (List<?>) row.get(2);
                        String type = String.valueOf(row.get(1)).toLowerCase(Locale.ROOT);
                        passages.put(
                                type + ":" + row.get(0),
                                fragments == null || fragments.isEmpty() ? "" : String.valueOf(fragments.get(0)));
                    });
            return hits.stream()
                    .map(hit -> hit.person()
                            ? hit
                            : hit.withSnippet(passages.getOrDefault(hit.type() + ":" + hit.id(), "")))
                    .toList();
        }

        /**
         * The words (with the ranking nudges), or the words or the nearest in meaning. With the vector, the knn
         * clause is a should clause of this top-level bool, where the Elasticsearch backend accepts it too.
         */
        private PredicateFinalStep where(SearchPredicateFactory f, boolean relaxed) {
            if (vector == null) {
                return f.bool(b -> {
                    b.must(words(f, relaxed));
                    nudges(f, b);
                    narrow(f, b);
                });
            }
            return f.bool(b -> {
                b.should(f.bool(byWords -> {
                    byWords.must(words(f, relaxed));
                    nudges(f, byWords);
                }));
                var nearest = f.knn(meaning.neighbours())
                        .field(Enrichments.VECTOR_FIELD)
                        .matching(vector)
                        .boost(meaning.weight());
                boolean floor = meaning.minimumSimilarity() > -1; // -1: none (OpenSearch refuses a minimum score of 0)
                if (floor) {
                    nearest.requiredMinimumScore(Enrichments.scoreOfSimilarity(meaning.minimumSimilarity()));
                }
                // OpenSearch makes a knn clause with a floor a radial search (every item above it, no k), which
                // refuses a filter of its own; the whole query's filters below trim it just as well, since no
                // k nearest are cut before them
                if (narrows() && !(radialKnn && floor)) {
                    // the k nearest among what the person may open and chose: the same clauses as the whole query's
                    nearest.filter(f.bool(inside -> {
                        inside.must(f.matchAll());
                        narrow(f, inside);
                    }));
                }
                b.should(nearest);
                b.minimumShouldMatchNumber(1);
                narrow(f, b);
            });
        }

        /** All the query's parts, or ({@code relaxed}, or a question of more than four) any of them. */
        private PredicateFinalStep words(SearchPredicateFactory f, boolean relaxed) {
            return f.bool(parts -> {
                query.required().forEach(part -> parts.should(part(f, part)));
                int n = query.required().size();
                parts.minimumShouldMatchNumber(relaxed || n > ALL_REQUIRED_UP_TO ? 1 : n);
            });
        }

        private boolean narrows() {
            return tokens.isPresent() || !filters.isEmpty() || !query.excluded().isEmpty();
        }

        /** Trimming to what the person may read, the chosen facet values and the words to leave out. */
        private void narrow(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> b) {
            query.excluded().forEach(part -> b.mustNot(exact(f, part)));
            tokens.ifPresent(
                    mine -> b.filter(f.terms().field(SearchFields.READ_TOKENS).matchingAny(mine)));
            filters.values().forEach((facet, values) -> values.forEach(value -> b.filter(filter(f, facet, value))));
        }

        private void nudges(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> b) {
            b.should(f.match()
                    .field(SearchFields.STATUS)
                    .matching("VERIFIED", ValueModel.INDEX)
                    .constantScore()
                    .boost(VERIFIED_NUDGE));
            b.should(f.range()
                    .field(SearchFields.UPDATED)
                    .atLeast(now.minus(FRESH_DAYS, ChronoUnit.DAYS))
                    .constantScore()
                    .boost(FRESH_NUDGE));
        }
    }

    private static SearchPredicate part(SearchPredicateFactory f, Part part) {
        if (part instanceof Phrase phrase) {
            return phrase(f, phrase.text());
        }
        if (part instanceof AnyOf any) {
            return f.bool(b -> any.alternatives()
                            .forEach(alternative -> b.should(
                                    ParsedQuery.words(alternative).size() == 1
                                            ? word(f, alternative)
                                            : phrase(f, alternative))))
                    .toPredicate();
        }
        return word(f, part.text());
    }

    private static SearchPredicate exact(SearchPredicateFactory f, Part part) {
        return part instanceof Phrase phrase
                ? phrase(f, phrase.text())
                : matchFields(f, part.text()).toPredicate();
    }

    /**
     * A word in any text field; from five letters on also with one typo, weighted well below an exact match. The
     * typo is looked for among the unstemmed words of the {@code spell} field: the stemmed fields hold "procur" for
     * "procurement", which is four edits from "procurment".
     */
    private static SearchPredicate word(SearchPredicateFactory f, String word) {
        var exact = matchFields(f, word);
        if (word.length() < FUZZY_FROM_LENGTH || !word.chars().anyMatch(Character::isLetter)) {
            return exact.toPredicate();
        }
        return f.bool()
                .should(exact)
                .should(f.match()
                        .field(SearchFields.SPELL)
                        .matching(word)
                        .fuzzy(1, 1)
                        .boost(TYPO_WEIGHT))
                .toPredicate();
    }

    private static org.hibernate.search.engine.search.predicate.dsl.MatchPredicateOptionsStep<?> matchFields(
            SearchPredicateFactory f, String text) {
        return f.match()
                .field(SearchFields.TITLE)
                .boost(TITLE_BOOST)
                .field(SearchFields.TAGS)
                .boost(TAGS_BOOST)
                .field(SearchFields.DESCRIPTION)
                .boost(DESCRIPTION_BOOST)
                .field(SearchFields.TEXT)
                .matching(text);
    }

    private static SearchPredicate phrase(SearchPredicateFactory f, String text) {
        return f.phrase()
                .field(SearchFields.TITLE)
                .boost(TITLE_BOOST)
                .field(SearchFields.TAGS)
                .boost(TAGS_BOOST)
                .field(SearchFields.DESCRIPTION)
                .boost(DESCRIPTION_BOOST)
                .field(SearchFields.TEXT)
                .matching(text)
                .toPredicate();
    }

    /** One chosen facet value as a filter; a value that cannot be read (a library "abc") matches nothing. */
    private static SearchPredicate filter(SearchPredicateFactory f, Facet facet, String value) {
        return switch (facet) {
            case TYPE -> keyword(f, SearchFields.KIND, value.toUpperCase(Locale.ROOT));
            case STATUS -> keyword(f, SearchFields.STATUS, value.toUpperCase(Locale.ROOT));
            case TAG -> keyword(f, SearchFields.TAG, value);
            case FILE_TYPE -> keyword(f, SearchFields.FILE_TYPE, value.toUpperCase(Locale.ROOT));
            case LIBRARY -> id(f, SearchFields.LIBRARY, value);
            case DEPARTMENT -> id(f, SearchFields.DEPARTMENT, value);
            case UPDATED -> updated(f, value);
            case BOARD -> id(f, SearchFields.BOARD, value);
            case ANSWERED -> answered(f, value);
        };
    }

    /** Questions with ("yes") or without ("no") an accepted answer; discussions and documents are neither. */
    private static SearchPredicate answered(SearchPredicateFactory f, String value) {
        if (!SearchFilters.ANSWERED_YES.equals(value) && !SearchFilters.ANSWERED_NO.equals(value)) {
            return f.not(f.matchAll()).toPredicate();
        }
        return f.match()
                .field(SearchFields.ANSWERED)
                .matching(SearchFilters.ANSWERED_YES.equals(value))
                .toPredicate();
    }

    private static SearchPredicate keyword(SearchPredicateFactory f, String field, String value) {
        return f.match().field(field).matching(value, ValueModel.INDEX).toPredicate();
    }

    private static SearchPredicate id(SearchPredicateFactory f, String field, String value) {
        try {
            return f.match().field(field).matching(Long.parseLong(value)).toPredicate();
        } catch (NumberFormatException e) {
            return f.not(f.matchAll()).toPredicate();
        }
    }

    private static SearchPredicate updated(SearchPredicateFactory f, String value) {
        Updated window = java.util.Arrays.stream(Updated.values())
                .filter(u -> u.parameter().equals(value))
                .findFirst()
                .orElse(null);
        if (window == null) {
            return f.not(f.matchAll()).toPredicate();
        }
        Range<Instant> range = updatedRanges(Instant.now()).get(window);
        return f.range().field(SearchFields.UPDATED).within(range).toPredicate();
    }

    /** "Past week", "past month", "past year" (overlapping, as people mean them) and "older". */
    static Map<Updated, Range<Instant>> updatedRanges(Instant now) {
        Map<Updated, Range<Instant>> ranges = new LinkedHashMap<>();
        for (Updated window : Updated.values()) {
            ranges.put(
                    window,
                    window == Updated.OLDER
                            ? Range.lessThan(now.minus(Updated.YEAR.days(), ChronoUnit.DAYS))
                            : Range.atLeast(now.minus(window.days(), ChronoUnit.DAYS)));
        }
        return ranges;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep<Map<Object, Long>> termsOf(
            org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory f, Facet facet) {
        var terms = f.terms();
        var step = switch (facet) {
            case TYPE -> terms.field(SearchFields.KIND, String.class, ValueModel.INDEX);
            case LIBRARY -> terms.field(SearchFields.LIBRARY, Long.class);
            case DEPARTMENT -> terms.field(SearchFields.DEPARTMENT, Long.class);
            case TAG -> terms.field(SearchFields.TAG, String.class);
            case FILE_TYPE -> terms.field(SearchFields.FILE_TYPE, String.class);
            case STATUS -> terms.field(SearchFields.STATUS, String.class, ValueModel.INDEX);
            case BOARD -> terms.field(SearchFields.BOARD, Long.class);
            case ANSWERED -> terms.field(SearchFields.ANSWERED, Boolean.class);
            case UPDATED -> throw new IllegalArgumentException("a range facet");
        };
        return (org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep) step.maxTermCount(FACET_SIZE);
    }

    private static FacetCounts counts(Facet facet, Map<Object, Long> counts) {
        boolean lowerCase = facet == Facet.TYPE || facet == Facet.STATUS;
        List<Count> values = counts.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> new Count(
                        facet == Facet.ANSWERED
                                ? (Boolean.TRUE.equals(e.getKey())
                                        ? SearchFilters.ANSWERED_YES
                                        : SearchFilters.ANSWERED_NO)
                                : lowerCase
                                        ? String.valueOf(e.getKey()).toLowerCase(Locale.ROOT)
                                        : String.valueOf(e.getKey()),
                        e.getValue()))
                .toList();
        return new FacetCounts(facet, values);
    }

    private static FacetCounts updatedCounts(Map<Range<Instant>, Long> counts, Instant now) {
        List<Count> values = new ArrayList<>();
        List<Long> inOrder = new ArrayList<>(counts.values());
        Updated[] windows = Updated.values();
        for (int i = 0; i < windows.length && i < inOrder.size(); i++) {
            if (inOrder.get(i) > 0) {
                values.add(new Count(windows[i].parameter(), inOrder.get(i)));
            }
        }
        return new FacetCounts(Facet.UPDATED, values);
    }

    private static SearchResults.Hit hit(List<?> row) {
        String type = String.valueOf(row.get(1)).toLowerCase(Locale.ROOT);
        List<?> fragments = (List<?>) row.get(5);
        String snippet = fragments == null || fragments.isEmpty() ? "" : String.valueOf(fragments.get(0));
        if (SearchResults.Hit.PERSON.equals(type)) {
            // a person reads as who they are ("job title · department"), not as a passage of their entry's text
            snippet = row.get(11) == null ? "" : escapeHtml((String) row.get(11));
        }
        Object status = row.get(7);
        return new SearchResults.Hit(
                type,
                (Long) row.get(0),
                (Long) row.get(2),
                (Long) row.get(3),
                (Long) row.get(9),
                (String) row.get(4),
                snippet,
                (String) row.get(6),
                status == null ? null : String.valueOf(status).toLowerCase(Locale.ROOT),
                Boolean.TRUE.equals(row.get(10)),
                (Instant) row.get(8));
    }

    /** The text as HTML text: what the highlighter does to a passage, without marking anything. */
    static String escapeHtml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Any text is a query: control characters become spaces and very long input is cut. */
    static String clean(String query) {
        return QueryText.clean(query, MAX_QUERY_LENGTH);
    }

    @Override
    public long countSynonymGroups() {
        return synonyms.groups().size();
    }
}
