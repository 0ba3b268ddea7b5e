package org.agorahub.bench.latency;

/** One way of answering a search-box query, measured request by request. Implementations are thread-safe. */
interface SearchSystem {

    String name();

    /**
     * Answers one query as client {@code client} (0 to 15).
     *
     * @param requestId unique within the run, for systems that time the server side separately
     * @return the number of hits found (a total or the hits on the page, whichever the system knows), 0 for none,
     *     -1 for a failed request
     */
    long search(int client, String query, String requestId) throws Exception;

    /** Server time of a request when the system measures it apart from the caller's clock; -1 otherwise. */
    default long serverNanos(String requestId) {
        return -1;
    }
}
