package org.agorahub.shared.ai;

import java.util.Set;

/**
 * What enrichment reads of one piece of content: its title, its body (the extracted text of a file, the Markdown of
 * a page, the posts of a thread, a person's profile) and its tags.
 */
public record ContentText(String title, String body, Set<String> tags) {

    public ContentText {
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }
}
