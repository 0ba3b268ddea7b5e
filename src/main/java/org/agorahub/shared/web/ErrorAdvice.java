package org.agorahub.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.agorahub.shared.NotFoundException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Maps the modules' "not found" to the 404 page, rendered like every other error page, and an upload over the
 * size limit to a page that says so.
 */
@ControllerAdvice
class ErrorAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void uploadTooLarge(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    }

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
