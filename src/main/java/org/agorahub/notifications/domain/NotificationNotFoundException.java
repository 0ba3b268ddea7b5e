package org.agorahub.notifications.domain;

import org.agorahub.shared.NotFoundException;

/** No such notification, or someone else's: either way the same 404. */
public class NotificationNotFoundException extends NotFoundException {

    public NotificationNotFoundException(long id) {
        super("Notification " + id + " not found");
    }
}
