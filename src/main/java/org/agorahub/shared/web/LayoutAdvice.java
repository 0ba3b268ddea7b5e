package org.agorahub.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page. */
@ControllerAdvice
class LayoutAdvice {

    private final MultipartProperties multipart;

    LayoutAdvice(MultipartProperties multipart) {
        this.multipart = multipart;
    }

    /** The largest file an upload may carry, as people say it ("50 MB"). */
    @ModelAttribute("uploadLimit")
    String uploadLimit() {
        return multipart.getMaxFileSize().toMegabytes() + " MB";
    }

    /** Marks the navigation entry of the current area with aria-current. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
