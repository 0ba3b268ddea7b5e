package org.agorahub.search.domain;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns {@code agora.search.backend} into Hibernate Search's settings, so the rest of the application has one code
 * path for queries whichever engine holds the index:
 *
 * <ul>
 *   <li>{@code lucene} (the default): an embedded Lucene index in {@code agora.search.index-dir}, for one server.
 *   <li>{@code opensearch}: Hibernate Search's Elasticsearch backend pointed at the OpenSearch cluster in {@code
 *       agora.search.opensearch.uris}, with the same analysis ({@link OpenSearchAnalysisConfigurer}), index names
 *       prefixed with {@code agora.search.opensearch.index-prefix}, and {@code outbox-polling} coordination: a change
 *       is written to an outbox table in the same transaction and indexed by a background agent of one node, so
 *       several nodes index each change once, and a change made while OpenSearch is down is indexed once it is back.
 *       {@code agora.search.coordination=none} indexes as the change commits instead (tests, a single node).
 * </ul>
 *
 * <p>Settings given explicitly as {@code spring.jpa.properties.hibernate.search.*} still win, since this source is
 * added last.
 */
public class SearchBackendSettings implements EnvironmentPostProcessor, Ordered {

    static final String BACKEND = "agora.search.backend";
    static final String LUCENE = "lucene";
    static final String OPENSEARCH = "opensearch";

    private static final String SOURCE_NAME = "agoraSearchBackend";
    private static final String HS = "spring.jpa.properties.hibernate.search.";

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10; // after application.properties and profiles have been read
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(SOURCE_NAME)) {
            return;
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        if (isOpenSearch(environment)) {
            String uris = environment.getProperty("agora.search.opensearch.uris", "http://127.0.0.1:9200");
            settings.put(HS + "backend.type", "elasticsearch");
            settings.put(HS + "backend.uris", uris.replace(" ", ""));
            // the version is fixed, so a node need not ask the cluster for it (the indexes are still created or
            // checked at start-up, so a node starts only while OpenSearch answers)
            settings.put(HS + "backend.version", "opensearch:2.19");
            settings.put(HS + "backend.version_check.enabled", "false");
            settings.put(HS + "backend.analysis.configurer", "bean:agoraOpenSearchAnalysisConfigurer");
            settings.put(HS + "backend.layout.strategy", "bean:agoraIndexLayout");
            // one OpenSearch node down leaves the indexes yellow: still usable
            settings.put(HS + "backend.schema_management.minimal_required_status", "yellow");
            // create missing indexes but never refuse to start over a mapping from another version: the first node
            // of a new version rebuilds the shared index (SearchIndexBootstrap)
            settings.put(HS + "schema_management.strategy", "create");
            settings.put(HS + "backend.request_timeout", "30000");
            settings.put(HS + "backend.read_timeout", "30000");
            String coordination = environment.getProperty("agora.search.coordination", "outbox-polling");
            if (!"none".equals(coordination)) {
                settings.put(HS + "coordination.strategy", coordination);
            }
        } else {
            settings.put(HS + "backend.type", "lucene");
            settings.put(HS + "backend.directory.root", "${agora.search.index-dir}");
            settings.put(HS + "backend.analysis.configurer", "bean:agoraAnalysisConfigurer");
            settings.put(HS + "backend.lucene_version", "LUCENE_9_12_0");
        }
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, settings));
    }

    /** Whether the configured backend is OpenSearch; anything else but "lucene" is refused at start-up. */
    static boolean isOpenSearch(org.springframework.core.env.Environment environment) {
        String backend = environment.getProperty(BACKEND, LUCENE).strip().toLowerCase(Locale.ROOT);
        if (!backend.equals(LUCENE) && !backend.equals(OPENSEARCH)) {
            throw new IllegalStateException(BACKEND + " must be \"lucene\" or \"opensearch\", not \"" + backend + "\"");
        }
        return backend.equals(OPENSEARCH);
    }
}
