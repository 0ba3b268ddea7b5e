package org.agorahub.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.agorahub.shared.NotFoundException;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Maps the modules' "not found" to the 404 page, rendered like every other error page, and an upload over the
 * size limit to a page that says so.
 */
@ControllerAdvice
class ErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void uploadTooLarge(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    }

    /**
     * The search engine did not answer (an OpenSearch cluster down or unreachable): a page that says so, not the
     * generic error. Pages that only show search results beside their content catch this themselves.
     */
    @ExceptionHandler(SearchException.class)
    void searchUnavailable(SearchException e, HttpServletResponse response) throws IOException {
        log.warn("The search engine did not answer: {}", e.getMessage());
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
