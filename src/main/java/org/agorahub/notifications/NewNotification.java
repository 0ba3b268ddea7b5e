package org.agorahub.notifications;

/**
 * One notification to deliver.
 *
 * @param recipientId who is told
 * @param kind what kind of thing happened, owned by the calling module (e.g. {@code forum.reply}), at most 40
 *     characters
 * @param actorId who did it, or null
 * @param message the text the recipient reads, already written for them in plain text (not HTML, not Markdown),
 *     e.g. "Sam Patel replied to “How do I…”"; longer than {@value #MAX_MESSAGE} characters is shortened
 * @param link where it happened: a path inside the application, such as {@code /forums/threads/12}
 * @param source what caused it, e.g. {@code forum.post:42}, or null; a person gets at most one notification per
 *     source, so delivering the same event twice (a retried listener) tells nobody twice
 */
public record NewNotification(long recipientId, String kind, Long actorId, String message, String link, String source) {

    public static final int MAX_MESSAGE = 500;

    public NewNotification {
        if (kind == null || kind.isBlank() || kind.length() > 40) {
            throw new IllegalArgumentException("a notification needs a kind of at most 40 characters");
        }
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a notification needs a message");
        }
        message = message.strip().replaceAll("\\s+", " ");
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE - 1) + "…";
        }
        if (!isInternalLink(link)) {
            throw new IllegalArgumentException("a notification links to a path inside the application");
        }
        if (source != null && (source.isBlank() || source.length() > 100)) {
            throw new IllegalArgumentException("a notification's source has 1 to 100 characters");
        }
    }

    /** A path on this site: never another host ({@code //host}, {@code /\host}, {@code https:}), no blanks. */
    public static boolean isInternalLink(String link) {
        return link != null
                && link.length() <= 500
                && link.startsWith("/")
                && !link.startsWith("//")
                && !link.startsWith("/\\")
                && link.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
    }
}
