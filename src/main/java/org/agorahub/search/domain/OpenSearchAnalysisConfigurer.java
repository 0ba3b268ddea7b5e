package org.agorahub.search.domain;

import static org.agorahub.search.domain.AgoraAnalysisConfigurer.AUTOCOMPLETE;
import static org.agorahub.search.domain.AgoraAnalysisConfigurer.AUTOCOMPLETE_QUERY;
import static org.agorahub.search.domain.AgoraAnalysisConfigurer.ENGLISH;
import static org.agorahub.search.domain.AgoraAnalysisConfigurer.LOWERCASE;
import static org.agorahub.search.domain.AgoraAnalysisConfigurer.WORDS;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.springframework.stereotype.Component;

/**
 * The analysis of {@link AgoraAnalysisConfigurer} for the OpenSearch backend, built from OpenSearch's own components
 * (module {@code analysis-common}) under the same names, so that the mapping and every query are the same on both
 * backends: {@code standard} tokenizer, {@code lowercase}, {@code asciifolding}, the possessive stemmer, {@code stop}
 * (Lucene's English stop words, OpenSearch's {@code _english_} default) and {@code porter_stem}.
 */
@Component("agoraOpenSearchAnalysisConfigurer")
class OpenSearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

    private static final String POSSESSIVE = "english_possessive";
    private static final String EDGE_NGRAM = "agora_edge_ngram";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter(POSSESSIVE).type("stemmer").param("language", "possessive_english");
        context.tokenFilter(EDGE_NGRAM)
                .type("edge_ngram")
                .param("min_gram", 1)
                .param("max_gram", 20)
                .param("preserve_original", true);

        context.analyzer(ENGLISH)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", POSSESSIVE, "stop", "porter_stem");
        context.analyzer(WORDS).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding", POSSESSIVE);
        context.normalizer(LOWERCASE).custom().tokenFilters("lowercase", "asciifolding");
        context.analyzer(AUTOCOMPLETE)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", EDGE_NGRAM);
        context.analyzer(AUTOCOMPLETE_QUERY).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");
    }
}
