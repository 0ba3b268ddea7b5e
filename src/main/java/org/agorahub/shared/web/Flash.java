package org.agorahub.shared.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Messages shown once on the page after a redirect; the text is a key in messages.properties. */
public final class Flash {

    public static final String ATTRIBUTE = "flash";

    private Flash() {}

    public static void success(RedirectAttributes attributes, String messageKey, Object... arguments) {
        attributes.addFlashAttribute(ATTRIBUTE, new Message("success", messageKey, arguments));
    }

    public static void error(RedirectAttributes attributes, String messageKey, Object... arguments) {
        attributes.addFlashAttribute(ATTRIBUTE, new Message("danger", messageKey, arguments));
    }

    public record Message(String kind, String key, Object[] arguments) {}
}
