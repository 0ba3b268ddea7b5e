package org.agorahub.mentoring.domain;

import java.util.List;
import org.agorahub.shared.OncePerCluster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds both of a pair to check in when their mentorship has had no check-in for {@value #QUIET_DAYS} days (counted
 * from its start), at most once every {@value #QUIET_DAYS} days. Runs every morning, on one app node at a time.
 */
@Component
class CheckInReminders {

    static final int QUIET_DAYS = 30;

    private final JdbcClient jdbc;
    private final MentoringNotifier notifier;
    private final OncePerCluster once;

    CheckInReminders(JdbcClient jdbc, MentoringNotifier notifier, OncePerCluster once) {
        this.jdbc = jdbc;
        this.notifier = notifier;
        this.once = once;
    }

    /** The morning run; skipped on a node while another is sending them. */
    @Scheduled(cron = "${agora.mentoring.reminders-cron:0 0 8 * * *}")
    public void everyMorning() {
        once.run("mentoring.check-in-reminders", this::remind);
    }

    @Transactional
    public int remind() {
        List<Quiet> quiet =
                jdbc.sql("""
                select m.id, m.mentee_id, m.mentor_id, me.display_name as mentee_name, mr.display_name as mentor_name
                from mentorship m
                join person me on me.id = m.mentee_id
                join person mr on mr.id = m.mentor_id
                where m.status = 'ACTIVE'
                  and greatest(m.started_on, coalesce((select max(c.met_on) from mentorship_checkin c
                                                       where c.mentorship_id = m.id), m.started_on))
                      <= current_date - :days
                  and (m.reminded_at is null or m.reminded_at <= now() - make_interval(days => :days))
                for update of m skip locked
                """).param("days", QUIET_DAYS).query(Quiet.class).list();
        // reminded_at keeps one run from telling anyone twice; the source only has to differ between reminders
        String now = String.valueOf(System.currentTimeMillis());
        for (Quiet q : quiet) {
            notifier.tell(
                    q.menteeId(),
                    null,
                    "/mentoring/mentorships/" + q.id(),
                    "mentorship:" + q.id() + ":remind:" + now,
                    "mentorship.notification.reminder",
                    q.mentorName());
            notifier.tell(
                    q.mentorId(),
                    null,
                    "/mentoring/mentorships/" + q.id(),
                    "mentorship:" + q.id() + ":remind:" + now,
                    "mentorship.notification.reminder",
                    q.menteeName());
            jdbc.sql("update mentorship set reminded_at = now() where id = ?")
                    .param(q.id())
                    .update();
        }
        return quiet.size();
    }

    record Quiet(long id, long menteeId, long mentorId, String menteeName, String mentorName) {}
}
