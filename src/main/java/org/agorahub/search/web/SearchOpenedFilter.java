package org.agorahub.search.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.regex.Pattern;
import org.agorahub.search.domain.QueryLog;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts a search as a success when the person opens one of its hits: a document, thread or profile page requested
 * from the search page (its Referer) right after a search of theirs. Works in every browser and without script,
 * and leaves the hits' links as they are; the search's row says only that it was followed, never by whom.
 */
@Component
class SearchOpenedFilter extends OncePerRequestFilter {

    static final String LAST_SEARCH = "agora.lastSearch";

    private static final Pattern HIT = Pattern.compile("^/(documents|forums/threads|people)/\\d+$");

    private final QueryLog log;

    SearchOpenedFilter(QueryLog log) {
        this.log = log;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                || !HIT.matcher(request.getRequestURI()
                                .substring(request.getContextPath().length()))
                        .matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Object search = session == null ? null : session.getAttribute(LAST_SEARCH);
        if (search instanceof Long id && fromSearchPage(request)) {
            session.removeAttribute(LAST_SEARCH); // one success per search, however many hits are opened
            log.markOpened(id);
        }
        chain.doFilter(request, response);
    }

    private static boolean fromSearchPage(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return false;
        }
        try {
            URI uri = URI.create(referer);
            String path = uri.getPath();
            return path != null
                    && path.equals(request.getContextPath() + "/search")
                    && (uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
