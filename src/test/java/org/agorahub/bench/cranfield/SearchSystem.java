package org.agorahub.bench.cranfield;

import java.util.List;
import org.agorahub.bench.cranfield.CranfieldCollection.Doc;

/**
 * A search engine under test in {@link CranfieldBenchmark}: it indexes the collection once, then answers each query
 * with its best {@code k} document ids, best first. Agora's own search (Hibernate Search) joins the benchmark by
 * implementing this and being added to {@link CranfieldBenchmark#systems}.
 */
public interface SearchSystem extends AutoCloseable {

    /** The row label in the results table. */
    String name();

    /** Indexes all documents; called once, before any search. */
    void index(List<Doc> docs) throws Exception;

    /** The ids of at most {@code k} documents for the free-text {@code query}, best first. */
    List<String> search(String query, int k) throws Exception;

    @Override
    default void close() throws Exception {}
}
