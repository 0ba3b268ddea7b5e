package org.agorahub.notifications;

import java.util.Collection;

/**
 * Telling people about things that happened, in the application (the bell and the notifications page).
 *
 * <p>The caller decides who may be told what: this module does not know the other modules' access rules, so it
 * delivers every notification it is given. Ask your module's policy, for each recipient as they are <i>now</i>,
 * whether they may see what the message and link are about, and leave out the person who did it. A message is
 * shown as plain text, exactly as given.
 */
public interface NotificationsApi {

    /** Delivers one notification (nothing when the recipient already has one from the same source). */
    void notify(NewNotification notification);

    /** Delivers these notifications in one batch, in the caller's transaction if there is one. */
    void notifyAll(Collection<NewNotification> notifications);

    /** How many of the person's notifications are unread. */
    long countUnread(long recipientId);
}
