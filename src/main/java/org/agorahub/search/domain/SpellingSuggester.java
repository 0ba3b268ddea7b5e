package org.agorahub.search.domain;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agorahub.search.domain.ParsedQuery.Part;
import org.agorahub.search.domain.ParsedQuery.Word;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Did you mean": words of a query that appear nowhere in the index are replaced by the closest indexed word (at
 * most two edits away, same first letter), read from the unstemmed {@code spell} field with Lucene's
 * {@link DirectSpellChecker}, which needs no separate dictionary to keep up to date.
 *
 * <p>The dictionary is the whole index, so a suggestion alone could reveal a word that only appears in a document
 * the person may not open; {@link SearchService} therefore offers a corrected query only when the corrected query
 * finds documents the person may read.
 */
@Component
class SpellingSuggester {

    private static final Logger log = LoggerFactory.getLogger(SpellingSuggester.class);
    private static final int MIN_WORD_LENGTH = 3;

    private final EntityManager entityManager;
    private final DirectSpellChecker checker = new DirectSpellChecker();

    SpellingSuggester(EntityManager entityManager) {
        this.entityManager = entityManager;
        checker.setMinPrefix(1);
        checker.setMaxEdits(2);
        checker.setAccuracy(0.6f);
    }

    /** The query with its unknown words corrected, or empty when no word needed (or found) a correction. */
    Optional<ParsedQuery> correct(ParsedQuery query) {
        boolean changed = false;
        List<Part> corrected = new ArrayList<>();
        try (IndexReader reader = Search.session(entityManager)
                .scope(Object.class, SearchService.INDEXED_ENTITIES)
                .extension(LuceneExtension.get())
                .openIndexReader()) {
            for (Part part : query.required()) {
                if (part instanceof Word word && needsCorrection(word.text(), reader)) {
                    SuggestWord[] found = checker.suggestSimilar(
                            new Term(SearchFields.SPELL, word.text()),
                            1,
                            reader,
                            SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                    if (found.length > 0) {
                        corrected.add(new Word(found[0].string));
                        changed = true;
                        continue;
                    }
                }
                corrected.add(part);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("No spelling suggestion: the index could not be read", e);
            return Optional.empty();
        }
        return changed ? Optional.of(new ParsedQuery(corrected, query.excluded())) : Optional.empty();
    }

    private static boolean needsCorrection(String word, IndexReader reader) throws IOException {
        return word.length() >= MIN_WORD_LENGTH
                && !word.chars().allMatch(Character::isDigit)
                && reader.docFreq(new Term(SearchFields.SPELL, word)) == 0;
    }
}
