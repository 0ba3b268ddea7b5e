package org.agorahub.mentoring.domain;

import java.util.Locale;
import org.agorahub.notifications.NewNotification;
import org.agorahub.notifications.NotificationsApi;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells mentors and mentees about their proposals and mentorships. Every message goes to one of the pair about their
 * own pair, so nobody is told of something they may not see.
 */
@Component
class MentoringNotifier {

    static final String KIND = "mentoring";

    private final NotificationsApi notifications;
    private final MessageSource messages;

    MentoringNotifier(NotificationsApi notifications, MessageSource messages) {
        this.notifications = notifications;
        this.messages = messages;
    }

    /**
     * @param source what caused it, so the same event never tells anyone twice (e.g. {@code proposal:12:declined})
     */
    void tell(long recipientId, Long actorId, String link, String source, String messageKey, Object... arguments) {
        notifications.notify(new NewNotification(
                recipientId,
                KIND,
                actorId,
                messages.getMessage(messageKey, arguments, Locale.UK),
                link,
                "mentoring." + source));
    }
}
