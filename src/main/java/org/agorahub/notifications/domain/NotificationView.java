package org.agorahub.notifications.domain;

import java.time.Instant;

/** A notification as its recipient's list shows it. */
public record NotificationView(long id, String kind, String message, Instant createdAt, boolean unread) {}
