package org.agorahub.notifications.web;

import jakarta.servlet.http.HttpServletRequest;
import org.agorahub.notifications.domain.NotificationService;
import org.agorahub.people.CurrentUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The unread count for the bell in the header: one indexed count per request of a signed-in account, except htmx
 * requests (they return fragments without the header). The layout shows the bell without a count when it is absent.
 */
@ControllerAdvice
class NotificationBellAdvice {

    private final NotificationService notifications;

    NotificationBellAdvice(NotificationService notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    Long unreadNotifications(CurrentUser user, HttpServletRequest request) {
        if (user == null || user.id() == null || request.getHeader("HX-Request") != null) {
            return null;
        }
        return notifications.countUnread(user.id());
    }
}
