package org.agorahub.search.domain;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.agorahub.search.domain.ParsedQuery.Part;
import org.agorahub.search.domain.ParsedQuery.Word;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * "Did you mean": words of a query that appear nowhere in the index are replaced by the closest indexed word (at
 * most two edits away, same first letter), read from the unstemmed {@code spell} field, which needs no separate
 * dictionary to keep up to date: with Lucene's {@link DirectSpellChecker} on the Lucene backend, with OpenSearch's
 * {@code term} suggester (the same algorithm, run by the cluster) on the OpenSearch backend.
 *
 * <p>The dictionary is the whole index, so a suggestion alone could reveal a word that only appears in a document
 * the person may not open; {@link SearchService} therefore offers a corrected query only when the corrected query
 * finds documents the person may read.
 */
@Component
class SpellingSuggester {

    private static final Logger log = LoggerFactory.getLogger(SpellingSuggester.class);
    private static final int MIN_WORD_LENGTH = 3;
    private static final int MAX_EDITS = 2;
    private static final float ACCURACY = 0.6f;

    private final EntityManager entityManager;
    private final boolean openSearch;
    private final DirectSpellChecker checker = new DirectSpellChecker();

    SpellingSuggester(EntityManager entityManager, Environment environment) {
        this.entityManager = entityManager;
        this.openSearch = SearchBackendSettings.isOpenSearch(environment);
        checker.setMinPrefix(1);
        checker.setMaxEdits(MAX_EDITS);
        checker.setAccuracy(ACCURACY);
    }

    /** The query with its unknown words corrected, or empty when no word needed (or found) a correction. */
    Optional<ParsedQuery> correct(ParsedQuery query) {
        Set<String> candidates = new LinkedHashSet<>();
        for (Part part : query.required()) {
            if (part instanceof Word word && worthChecking(word.text())) {
                candidates.add(word.text());
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> corrections;
        try {
            corrections = openSearch ? correctInOpenSearch(candidates) : correctInLucene(candidates);
        } catch (IOException | RuntimeException e) {
            log.warn("No spelling suggestion: the index could not be read", e);
            return Optional.empty();
        }
        if (corrections.isEmpty()) {
            return Optional.empty();
        }
        List<Part> corrected = new ArrayList<>();
        for (Part part : query.required()) {
            String correction = part instanceof Word word ? corrections.get(word.text()) : null;
            corrected.add(correction == null ? part : new Word(correction));
        }
        return Optional.of(new ParsedQuery(corrected, query.excluded()));
    }

    private static boolean worthChecking(String word) {
        return word.length() >= MIN_WORD_LENGTH && !word.chars().allMatch(Character::isDigit);
    }

    private Map<String, String> correctInLucene(Set<String> words) throws IOException {
        Map<String, String> corrections = new HashMap<>();
        try (IndexReader reader = Search.session(entityManager)
                .scope(Object.class, SearchService.INDEXED_ENTITIES)
                .extension(LuceneExtension.get())
                .openIndexReader()) {
            for (String word : words) {
                if (reader.docFreq(new Term(SearchFields.SPELL, word)) > 0) {
                    continue;
                }
                SuggestWord[] found = checker.suggestSimilar(
                        new Term(SearchFields.SPELL, word), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                if (found.length > 0) {
                    corrections.put(word, found[0].string);
                }
            }
        }
        return corrections;
    }

    /**
     * One request for all the words: a {@code term} suggester per word in mode {@code missing} (suggest only for a
     * word no indexed item contains), the hits themselves not fetched.
     */
    private Map<String, String> correctInOpenSearch(Set<String> words) {
        List<String> ordered = List.copyOf(words);
        JsonObject suggest = new JsonObject();
        for (int i = 0; i < ordered.size(); i++) {
            JsonObject term = new JsonObject();
            term.addProperty("field", SearchFields.SPELL);
            term.addProperty("suggest_mode", "missing");
            term.addProperty("max_edits", MAX_EDITS);
            term.addProperty("prefix_length", 1);
            term.addProperty("min_word_length", MIN_WORD_LENGTH);
            term.addProperty("accuracy", ACCURACY);
            term.addProperty("size", 1);
            term.addProperty("sort", "score");
            JsonObject entry = new JsonObject();
            entry.addProperty("text", ordered.get(i));
            entry.add("term", term);
            suggest.add("w" + i, entry);
        }
        SearchSession session = Search.session(entityManager);
        JsonObject response = session.search(session.scope(Object.class, SearchService.INDEXED_ENTITIES))
                .extension(ElasticsearchExtension.get())
                .where(f -> f.matchNone())
                .requestTransformer(context -> context.body().add("suggest", suggest))
                .fetch(0)
                .responseBody();
        Map<String, String> corrections = new HashMap<>();
        JsonObject answered = response.getAsJsonObject("suggest");
        if (answered == null) {
            return corrections;
        }
        for (int i = 0; i < ordered.size(); i++) {
            JsonArray entries = answered.getAsJsonArray("w" + i);
            if (entries == null) {
                continue;
            }
            for (JsonElement entry : entries) {
                JsonArray options = entry.getAsJsonObject().getAsJsonArray("options");
                // "missing" is judged shard by shard: a word one index lacks may be in another
                if (options != null && !options.isEmpty() && !indexed(session, ordered.get(i))) {
                    corrections.put(
                            ordered.get(i),
                            options.get(0).getAsJsonObject().get("text").getAsString());
                    break;
                }
            }
        }
        return corrections;
    }

    private static boolean indexed(SearchSession session, String word) {
        return session.search(session.scope(Object.class, SearchService.INDEXED_ENTITIES))
                        .where(f -> f.match().field(SearchFields.SPELL).matching(word))
                        .fetchTotalHitCount()
                > 0;
    }
}
