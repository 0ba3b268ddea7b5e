package org.agorahub.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.agorahub.shared.NotFoundException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Maps the modules' "not found" to the 404 page, rendered like every other error page. */
@ControllerAdvice
class ErrorAdvice {

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
