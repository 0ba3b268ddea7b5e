package org.agorahub.search.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Names of Agora's indexes in OpenSearch: {@code agora-document-000001} behind the aliases {@code
 * agora-document-read} and {@code agora-document-write}, the prefix from {@code agora.search.opensearch.index-prefix}.
 * The prefix lets several Agora installations (or test runs) share one cluster without touching each other's
 * indexes.
 */
@Component("agoraIndexLayout")
class PrefixedIndexLayout implements IndexLayoutStrategy {

    private static final Pattern GENERATION = Pattern.compile("(.*)-\\d{6}");

    private final String prefix;

    PrefixedIndexLayout(@Value("${agora.search.opensearch.index-prefix:agora-}") String prefix) {
        this.prefix = prefix;
    }

    @Override
    public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-000001";
    }

    @Override
    public String createWriteAlias(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-write";
    }

    @Override
    public String createReadAlias(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-read";
    }

    @Override
    public String extractUniqueKeyFromHibernateSearchIndexName(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName;
    }

    @Override
    public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
        Matcher matcher = GENERATION.matcher(elasticsearchIndexName);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "Unexpected index name in OpenSearch: " + elasticsearchIndexName + " (expected <name>-000001)");
        }
        return matcher.group(1);
    }
}
