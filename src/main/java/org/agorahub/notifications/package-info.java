/**
 * In-app notifications: short messages for one person with a link to what happened, the bell with the unread count
 * in the header and the notifications page. Other modules decide who is told what and call
 * {@link org.agorahub.notifications.NotificationsApi}.
 */
@ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"people", "shared"})
package org.agorahub.notifications;

import org.springframework.modulith.ApplicationModule;
