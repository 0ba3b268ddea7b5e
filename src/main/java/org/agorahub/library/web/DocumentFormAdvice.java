package org.agorahub.library.web;

import org.agorahub.library.Classification;
import org.agorahub.library.DocumentStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The choices the document and page forms offer. */
@ControllerAdvice(assignableTypes = {DocumentController.class, PageController.class})
class DocumentFormAdvice {

    @ModelAttribute("classifications")
    Classification[] classifications() {
        return Classification.values();
    }

    @ModelAttribute("statuses")
    DocumentStatus[] statuses() {
        return DocumentStatus.values();
    }
}
