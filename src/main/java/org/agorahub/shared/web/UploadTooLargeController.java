package org.agorahub.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The page an over-sized upload is sent to: it says what the limit is and that nothing was saved. */
@Controller
class UploadTooLargeController {

    static final String PATH = "/upload-too-large";

    @GetMapping(PATH)
    String tooLarge(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        return "error/413";
    }
}
