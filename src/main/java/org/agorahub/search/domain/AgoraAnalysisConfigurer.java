package org.agorahub.search.domain;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.stereotype.Component;

/**
 * The analysis of the search index, referenced from {@code hibernate.search.backend.analysis.configurer}. The
 * {@code english} chain is the one measured best on the Cranfield collection (see {@code AgoraAnalyzerCandidate}
 * in the tests): standard tokenizer, lower case, ASCII folding, English possessive, Lucene's English stop words,
 * Porter stemming.
 */
@Component("agoraAnalysisConfigurer")
class AgoraAnalysisConfigurer implements LuceneAnalysisConfigurer {

    static final String ENGLISH = "english";
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
}
