package org.agorahub.bench.latency;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.agorahub.StatementCounter;
import org.springframework.core.Ordered;

/**
 * Server time of the benchmark's requests: the first filter of the application (before Spring Security, the
 * request log and everything else), so its time is the whole of the server's work on a request, from the first
 * filter until the page is written. Only requests carrying {@link #HEADER} are timed, by that header's value.
 */
final class ServerTimer implements Filter, Ordered {

    static final String HEADER = "X-Bench-Request";
    /** Requests carrying this header also have their SQL statements counted (one such request at a time). */
    static final String COUNT_HEADER = "X-Bench-Count-Statements";

    private final Map<String, Long> nanos = new ConcurrentHashMap<>();
    private final Map<String, Long> statements = new ConcurrentHashMap<>();
    private volatile StatementCounter counter;

    /** Counts the statements of requests with {@link #COUNT_HEADER} with this counter (of this thread only). */
    void countWith(StatementCounter counter) {
        this.counter = counter;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = request instanceof HttpServletRequest http ? http.getHeader(HEADER) : null;
        if (id == null) {
            chain.doFilter(request, response);
            return;
        }
        StatementCounter counting = ((HttpServletRequest) request).getHeader(COUNT_HEADER) != null ? counter : null;
        if (counting != null) {
            counting.reset();
        }
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            long took = System.nanoTime() - started;
            if (counting != null) {
                statements.put(id, counting.count()); // before the time, which readers wait for
            }
            nanos.put(id, took);
        }
    }

    /** The server time of one request, forgotten once read; -1 when it was never seen. */
    long take(String id) {
        Long time = nanos.remove(id);
        return time == null ? -1 : time;
    }

    /** The SQL statements of one counted request, forgotten once read; -1 when it was not counted. */
    long takeStatements(String id) {
        Long count = statements.remove(id);
        return count == null ? -1 : count;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
