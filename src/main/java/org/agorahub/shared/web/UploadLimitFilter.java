package org.agorahub.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads multipart bodies before anything else asks for a parameter, so an upload over the size limit is answered
 * with the "too large" page instead of failing inside the security filters as a server error. The answer is a
 * redirect to that page: the refused request itself cannot be dispatched again to render one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class UploadLimitFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if ("POST".equals(request.getMethod())
                && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            try {
                request.getParts();
            } catch (IllegalStateException | IOException e) {
                // the container refused the body (too large, too many parts) and discards the rest of it
                response.sendRedirect(request.getContextPath() + UploadTooLargeController.PATH);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
