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
import org.springframework.core.Ordered;

/**
 * Server time of the benchmark's requests: the first filter of the application (before Spring Security, the
 * request log and everything else), so its time is the whole of the server's work on a request, from the first
 * filter until the page is written. Only requests carrying {@link #HEADER} are timed, by that header's value.
 */
final class ServerTimer implements Filter, Ordered {

    static final String HEADER = "X-Bench-Request";

    private final Map<String, Long> nanos = new ConcurrentHashMap<>();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = request instanceof HttpServletRequest http ? http.getHeader(HEADER) : null;
        if (id == null) {
            chain.doFilter(request, response);
            return;
        }
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            nanos.put(id, System.nanoTime() - started);
        }
    }

    /** The server time of one request, forgotten once read; -1 when it was never seen. */
    long take(String id) {
        Long time = nanos.remove(id);
        return time == null ? -1 : time;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
