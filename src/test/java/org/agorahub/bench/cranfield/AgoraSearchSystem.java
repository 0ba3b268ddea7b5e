package org.agorahub.bench.cranfield;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agorahub.bench.cranfield.CranfieldCollection.Doc;
import org.agorahub.search.SearchApi;
import org.agorahub.search.SearchRequest;
import org.agorahub.search.SearchResults;
import org.agorahub.search.domain.MeaningSearchSettings;
import org.agorahub.search.domain.SearchVariants;

/**
 * Agora's own search on the shared {@link AgoraUnderTest} application, in one of its {@link Mode}s: by the words
 * only (as the search issue shipped it; what "exact words only" gives people), by meaning only, and words and
 * meaning blended, either as the application does it or by reciprocal rank fusion of the two lists.
 */
final class AgoraSearchSystem implements SearchSystem {

    /** Reciprocal rank fusion's constant, as in Cormack et al. (2009) and Elasticsearch's default. */
    static final int RRF_K = 60;

    enum Mode {
        /** {@link SearchApi} with "exact words only": query reading, typo matching, boosts, nudges, trimming. */
        WORDS,
        /** The k nearest pages to the query's vector (Lucene HNSW kNN), trimmed in the knn filter. */
        MEANING,
        /** {@link SearchApi} as configured: the words or the nearest in meaning, in one boolean query. */
        HYBRID,
        /** The application's blend with other {@link MeaningSearchSettings}. */
        HYBRID_VARIANT,
        /** Reciprocal rank fusion of the WORDS and MEANING lists (each to the benchmark's depth). */
        RRF
    }

    private final AgoraUnderTest app;
    private final String name;
    private final Mode mode;
    private final MeaningSearchSettings settings;
    private SearchVariants.Variant variant;

    AgoraSearchSystem(AgoraUnderTest app, String name, Mode mode) {
        this(app, name, mode, null);
    }

    AgoraSearchSystem(AgoraUnderTest app, String name, Mode mode, MeaningSearchSettings settings) {
        this.app = app;
        this.name = name;
        this.mode = mode;
        this.settings = settings;
    }

    @Override
    public String name() {
        return name;
    }

    Mode mode() {
        return mode;
    }

    @Override
    public void index(List<Doc> docs) throws Exception {
        app.start(docs);
        if (mode == Mode.HYBRID_VARIANT) {
            variant = SearchVariants.with(app.context(), settings);
        }
    }

    @Override
    public List<String> search(String query, int k) {
        return switch (mode) {
            case WORDS -> ids(app.context().getBean(SearchApi.class).search(app.reader(), request(query, k, true)));
            case HYBRID -> ids(app.context().getBean(SearchApi.class).search(app.reader(), request(query, k, false)));
            case HYBRID_VARIANT -> ids(variant.search(app.reader(), request(query, k, false)));
            case MEANING -> app.nearest(query, k);
            case RRF ->
                fuse(
                        ids(app.context().getBean(SearchApi.class).search(app.reader(), request(query, k, true))),
                        app.nearest(query, k),
                        k);
        };
    }

    private static SearchRequest request(String query, int k, boolean exact) {
        return SearchRequest.of(query, 0, k).withExact(exact);
    }

    private List<String> ids(SearchResults results) {
        return results.hits().stream()
                .map(hit -> app.cranfieldId(hit.documentId()))
                .toList();
    }

    /** Reciprocal rank fusion: each list adds 1 / (60 + rank) to an item's score. */
    static List<String> fuse(List<String> first, List<String> second, int k) {
        Map<String, Double> scores = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (List<String> list : List.of(first, second)) {
            for (int rank = 0; rank < list.size(); rank++) {
                String id = list.get(rank);
                if (id == null) {
                    continue; // a demo document
                }
                if (!scores.containsKey(id)) {
                    order.add(id);
                }
                scores.merge(id, 1.0 / (RRF_K + rank + 1), Double::sum);
            }
        }
        order.sort(Comparator.comparingDouble((String id) -> -scores.get(id)));
        return order.subList(0, Math.min(k, order.size()));
    }

    @Override
    public void close() {
        app.close();
    }
}
