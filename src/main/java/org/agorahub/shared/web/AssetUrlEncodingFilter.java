package org.agorahub.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Rewrites the links to the application's own assets in pages to their versioned form ({@code /webjars/bootstrap/css/
 * bootstrap.min.css} to {@code /webjars/bootstrap/5.3.8/css/...}), like Spring's {@link ResourceUrlEncodingFilter}
 * which it replaces, but only for asset paths, and remembers each answer.
 *
 * <p>Spring's filter asks the static resource chain about every link a page writes, and the chain's catch-all
 * {@code /**} handler looks each one up on the class path: a thread page with fifty replies spent most of its time
 * searching jar files for {@code /forums/threads/5} and its like (measured with bench/forum-latency.sh). Asset links
 * are few and fixed while the application runs.
 */
@Component
class AssetUrlEncodingFilter extends ResourceUrlEncodingFilter {

    private static final List<String> ASSET_PREFIXES = List.of("/webjars/", "/css/", "/js/", "/images/");

    private final Map<String, String> resolved = new ConcurrentHashMap<>();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse page)) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, new HttpServletResponseWrapper(page) {
            @Override
            public String encodeURL(String url) {
                return super.encodeURL(isAsset(http, url) ? versioned(http, url) : url);
            }
        });
    }

    private static boolean isAsset(HttpServletRequest request, String url) {
        String context = request.getContextPath();
        if (!url.startsWith(context)) {
            return false;
        }
        for (String prefix : ASSET_PREFIXES) {
            if (url.startsWith(prefix, context.length())) {
                return true;
            }
        }
        return false;
    }

    private String versioned(HttpServletRequest request, String url) {
        String known = resolved.get(url);
        if (known != null) {
            return known;
        }
        Object provider = request.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR);
        if (!(provider instanceof ResourceUrlProvider urls)) {
            return url; // outside a handler (an error page): the plain path is served as well
        }
        String versioned = urls.getForRequestUrl(request, url);
        if (versioned == null) {
            return url;
        }
        resolved.put(url, versioned);
        return versioned;
    }
}
