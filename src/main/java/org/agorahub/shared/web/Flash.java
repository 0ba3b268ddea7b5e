package org.agorahub.shared.web;

import java.io.Serializable;
import java.util.Date;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Messages shown once on the page after a redirect; the text is a key in messages.properties. A flash message waits
 * in the HTTP session, which lives in PostgreSQL, so it is serialised: see {@link Message}.
 */
public final class Flash {

    public static final String ATTRIBUTE = "flash";

    private Flash() {}

    public static void success(RedirectAttributes attributes, String messageKey, Object... arguments) {
        attributes.addFlashAttribute(ATTRIBUTE, new Message("success", messageKey, arguments));
    }

    public static void error(RedirectAttributes attributes, String messageKey, Object... arguments) {
        attributes.addFlashAttribute(ATTRIBUTE, new Message("danger", messageKey, arguments));
    }

    /**
     * A message and its arguments. Numbers and dates are kept as they are (the message format may format them);
     * any other argument becomes its text, which is what the message would have shown anyway, so whatever a
     * caller passes can be written to the session.
     */
    public record Message(String kind, String key, Object[] arguments) implements Serializable {

        private static final long serialVersionUID = 1L;

        public Message {
            Object[] kept = arguments == null ? new Object[0] : arguments.clone();
            for (int i = 0; i < kept.length; i++) {
                Object argument = kept[i];
                if (argument != null && !(argument instanceof Number) && !(argument instanceof Date)) {
                    kept[i] = argument.toString();
                }
            }
            arguments = kept;
        }
    }
}
