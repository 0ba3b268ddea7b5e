package org.agorahub.forum.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.agorahub.shared.Tags;

/** Checking and shaping what people type into the forum: post bodies, titles, tags, quotes. */
final class PostText {

    static final int MAX_TITLE_LENGTH = 200;
    static final int MAX_TAGS = 10;

    /** Characters that show as nothing: whitespace, and the invisible ones people paste from elsewhere. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\s\\p{Z}\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]+");

    private PostText() {}

    /**
     * The body as stored: line breaks as {@code \n} (a browser sends {@code \r\n}, which would count twice).
     *
     * @throws ForumRefusedException when it is empty, shows nothing, or is longer than the limit
     */
    static String body(String body, int maxLength) {
        String text = body == null ? "" : body.replace("\r\n", "\n").replace('\r', '\n');
        if (isBlank(text)) {
            throw new ForumRefusedException("body", "forum.post.body.required");
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            throw new ForumRefusedException("body", "forum.post.body.tooLong", maxLength, length);
        }
        return text;
    }

    static String title(String title) {
        if (title == null || isBlank(title)) {
            throw new ForumRefusedException("title", "forum.thread.title.required");
        }
        String clean = title.strip().replaceAll("\\s+", " ");
        if (clean.codePointCount(0, clean.length()) > MAX_TITLE_LENGTH) {
            throw new ForumRefusedException("title", "forum.thread.title.tooLong");
        }
        return clean;
    }

    static boolean isBlank(String text) {
        return INVISIBLE.matcher(text).replaceAll("").isEmpty();
    }

    /** Tags in the one form of {@link Tags}, at most ten. */
    static Set<String> tags(Collection<String> raw) {
        return Tags.normalise(raw).stream().limit(MAX_TAGS).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** A Markdown blockquote of a post, with who wrote it, followed by an empty line to write the reply on. */
    static String quote(String authorName, String body) {
        String quoted = body.replace("\r\n", "\n")
                .lines()
                .map(line -> line.isEmpty() ? ">" : "> " + line)
                .collect(Collectors.joining("\n"));
        return "> **" + authorName.replaceAll("[*_`\\[\\]]", "") + "** wrote:\n>\n" + quoted + "\n\n";
    }
}
