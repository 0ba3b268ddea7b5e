package org.agorahub.forum.domain;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code @handle}s a post mentions: {@code @} and the part of a colleague's email address before the @ (any
 * case), e.g. {@code @sam.patel}. Not counted: text in code (fenced blocks and inline spans), quoted lines (so
 * quoting a post does not mention its people again) and the domain of an email address written out.
 */
final class Mentions {

    /** At most this many people are mentioned by one post; the rest of its handles are ignored. */
    static final int MAX_PER_POST = 20;

    private static final Pattern FENCED_CODE =
            Pattern.compile("(?ms)^ {0,3}(`{3,}|~{3,})[^\\n]*$.*?(?:^ {0,3}\\1[`~]*[ \\t]*$|\\z)");
    private static final Pattern INLINE_CODE = Pattern.compile("(`+)[^`].*?\\1", Pattern.DOTALL);
    private static final Pattern QUOTED_LINE = Pattern.compile("(?m)^ {0,3}>.*$");
    private static final Pattern MENTION =
            Pattern.compile("(?<![\\w@.+\\-/])@([A-Za-z0-9](?:[A-Za-z0-9._+\\-]{0,62}[A-Za-z0-9])?)");

    private Mentions() {}

    /** The distinct handles, lower case, in the order they first appear; at most {@link #MAX_PER_POST}. */
    static Set<String> in(String markdown) {
        Set<String> handles = new LinkedHashSet<>();
        if (markdown == null || markdown.indexOf('@') < 0) {
            return handles;
        }
        String text = FENCED_CODE.matcher(markdown).replaceAll(" ");
        text = INLINE_CODE.matcher(text).replaceAll(" ");
        text = QUOTED_LINE.matcher(text).replaceAll(" ");
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find() && handles.size() < MAX_PER_POST) {
            handles.add(matcher.group(1).toLowerCase(Locale.ROOT));
        }
        return handles;
    }
}
