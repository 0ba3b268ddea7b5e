package org.agorahub.notifications.domain;

import java.util.Collection;
import java.util.List;
import org.agorahub.notifications.NewNotification;
import org.agorahub.notifications.NotificationsApi;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivering notifications and a person's own list of them. Every read and change here is scoped to the person
 * asking: someone else's notification does not exist for them.
 */
@Service
@Transactional(readOnly = true)
public class NotificationService implements NotificationsApi {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    NotificationService(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Override
    @Transactional
    public void notify(NewNotification notification) {
        notifyAll(List.of(notification));
    }

    @Override
    @Transactional
    public void notifyAll(Collection<NewNotification> notifications) {
        if (notifications.isEmpty()) {
            return;
        }
        // "do nothing" on the (recipient, source) index: a retried delivery tells nobody twice
        batch.batchUpdate("""
                insert into notification (recipient_id, kind, actor_id, message, link, source)
                values (?, ?, ?, ?, ?, ?)
                on conflict do nothing
                """, List.copyOf(notifications), 100, (statement, n) -> {
            statement.setLong(1, n.recipientId());
            statement.setString(2, n.kind());
            statement.setObject(3, n.actorId());
            statement.setString(4, n.message());
            statement.setString(5, n.link());
            statement.setString(6, n.source());
        });
    }

    @Override
    public long countUnread(long recipientId) {
        return jdbc.sql("select count(*) from notification where recipient_id = ? and read_at is null")
                .param(recipientId)
                .query(Long.class)
                .single();
    }

    /** The person's notifications, newest first. */
    public Page<NotificationView> notifications(long recipientId, Pageable page) {
        long total = jdbc.sql("select count(*) from notification where recipient_id = ?")
                .param(recipientId)
                .query(Long.class)
                .single();
        List<NotificationView> rows = jdbc.sql("""
                select id, kind, message, created_at, read_at is null as unread
                from notification
                where recipient_id = :recipient
                order by created_at desc, id desc
                limit :limit offset :offset
                """)
                .param("recipient", recipientId)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query(NotificationView.class)
                .list();
        return new PageImpl<>(rows, page, total);
    }

    /**
     * Marks the person's notification read and gives its link.
     *
     * @throws NotificationNotFoundException when there is none with this id, or it is someone else's
     */
    @Transactional
    public String open(long recipientId, long id) {
        String link = jdbc.sql("""
                update notification set read_at = coalesce(read_at, now())
                where id = ? and recipient_id = ?
                returning link
                """)
                .params(id, recipientId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotificationNotFoundException(id));
        // stored links were checked on the way in; checked again so this can never redirect off the site
        return NewNotification.isInternalLink(link) ? link : "/notifications";
    }

    /** Marks all the person's notifications read; returns how many were unread. */
    @Transactional
    public int markAllRead(long recipientId) {
        return jdbc.sql("update notification set read_at = now() where recipient_id = ? and read_at is null")
                .param(recipientId)
                .update();
    }
}
