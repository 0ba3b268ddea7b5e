package org.agorahub.search.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.stereotype.Component;

/**
 * The analysis of the search index, referenced from {@code hibernate.search.backend.analysis.configurer}.
 *
 * <ul>
 *   <li>{@code english}, for every text field: the chain measured best on the Cranfield collection (see
 *       {@code AgoraAnalyzerCandidate} in the tests): standard tokenizer, lower case, ASCII folding, English
 *       possessive, Lucene's English stop words, Porter stemming.
 *   <li>{@code words}, for the {@code spell} field that spelling suggestions come from: the same words, unstemmed,
 *       so a suggestion is a word people write ("procurement", not "procur").
 *   <li>{@code lowercase}, a normalizer for sortable keywords.
 * </ul>
 */
@Component("agoraAnalysisConfigurer")
class AgoraAnalysisConfigurer implements LuceneAnalysisConfigurer {

    static final String ENGLISH = "english";
    static final String WORDS = "words";
    static final String LOWERCASE = "lowercase";
    static final String AUTOCOMPLETE = "autocomplete";
    static final String AUTOCOMPLETE_QUERY = "autocomplete_query";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(ENGLISH)
                .custom()
                .tokenizer(StandardTokenizerFactory.NAME)
                .tokenFilter(LowerCaseFilterFactory.NAME)
                .tokenFilter(ASCIIFoldingFilterFactory.NAME)
                .tokenFilter(EnglishPossessiveFilterFactory.NAME)
                .tokenFilter(StopFilterFactory.NAME) // no "words" parameter: Lucene's English stop words
                .tokenFilter(PorterStemFilterFactory.NAME);
        context.analyzer(WORDS)
                .custom()
                .tokenizer(StandardTokenizerFactory.NAME)
                .tokenFilter(LowerCaseFilterFactory.NAME)
                .tokenFilter(ASCIIFoldingFilterFactory.NAME)
                .tokenFilter(EnglishPossessiveFilterFactory.NAME);
        context.normalizer(LOWERCASE)
                .custom()
                .tokenFilter(LowerCaseFilterFactory.NAME)
                .tokenFilter(ASCIIFoldingFilterFactory.NAME);

        // Suggestions as you type: each word of a title is indexed with its beginnings ("p", "po", "pol", …),
        // unstemmed, so typed words match as prefixes; the typed words themselves are only lower-cased and folded.
        context.analyzer(AUTOCOMPLETE)
                .custom()
                .tokenizer(StandardTokenizerFactory.NAME)
                .tokenFilter(LowerCaseFilterFactory.NAME)
                .tokenFilter(ASCIIFoldingFilterFactory.NAME)
                .tokenFilter(EdgeNGramFilterFactory.NAME)
                .param("minGramSize", "1")
                .param("maxGramSize", "20")
                .param("preserveOriginal", "true");
        context.analyzer(AUTOCOMPLETE_QUERY)
                .custom()
                .tokenizer(StandardTokenizerFactory.NAME)
                .tokenFilter(LowerCaseFilterFactory.NAME)
                .tokenFilter(ASCIIFoldingFilterFactory.NAME);
    }

    /**
     * The {@code words} chain followed by the stop filter, outside the index: the query parser uses it to tell the
     * words that count ("procurement") from those every text has ("the"), without asking the search backend.
     */
    static Analyzer queryWords() {
        try {
            return CustomAnalyzer.builder()
                    .withTokenizer(StandardTokenizerFactory.NAME)
                    .addTokenFilter(LowerCaseFilterFactory.NAME)
                    .addTokenFilter(ASCIIFoldingFilterFactory.NAME)
                    .addTokenFilter(EnglishPossessiveFilterFactory.NAME)
                    .addTokenFilter(StopFilterFactory.NAME)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
