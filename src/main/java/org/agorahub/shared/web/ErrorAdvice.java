package org.agorahub.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.agorahub.shared.NotFoundException;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Maps the modules' "not found" to the 404 page, rendered like every other error page, and an upload over the
 * size limit to a page that says so.
 */
@ControllerAdvice
class ErrorAdvice {

    private final MultipartProperties multipart;

    ErrorAdvice(MultipartProperties multipart) {
        this.multipart = multipart;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView uploadTooLarge() {
        ModelAndView page = new ModelAndView("error/upload-too-large", HttpStatus.PAYLOAD_TOO_LARGE);
        page.addObject("limit", multipart.getMaxFileSize().toMegabytes() + " MB");
        return page;
    }

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
