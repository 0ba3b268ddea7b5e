package org.agorahub.mentoring.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.agorahub.expertise.ExpertiseApi;
import org.agorahub.expertise.MentoringHistory;
import org.agorahub.people.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentorships: the pair's shared check-in log, completion, and each side's feedback, which counts towards the
 * mentor's evidence for the skills mentored (through {@link MentoringHistory}).
 */
@Service
@Transactional(readOnly = true)
public class MentorshipService implements MentoringHistory {

    public static final int MAX_NOTES = 5000;
    public static final int MAX_COMMENT = 2000;

    private final JdbcClient jdbc;
    private final ProgrammeService programmes;
    private final MentoringPolicy policy;
    private final MentoringNotifier notifier;
    private final ExpertiseApi expertise;

    MentorshipService(
            JdbcClient jdbc,
            ProgrammeService programmes,
            MentoringPolicy policy,
            MentoringNotifier notifier,
            ExpertiseApi expertise) {
        this.jdbc = jdbc;
        this.programmes = programmes;
        this.policy = policy;
        this.notifier = notifier;
        this.expertise = expertise;
    }

    public MentorshipView mentorship(CurrentUser user, long id) {
        Row row = row(id, false);
        Programme programme = programmes.find(row.programmeId());
        boolean pair = policy.isPair(user, row.menteeId(), row.mentorId());
        if (!pair && !policy.organises(user, programme)) {
            throw new MentoringNotFoundException("mentorship", id);
        }
        List<MentorshipView.CheckIn> checkIns = jdbc.sql("""
                select c.met_on, p.display_name, c.notes from mentorship_checkin c
                join person p on p.id = c.author_id
                where c.mentorship_id = ? order by c.met_on desc, c.id desc
                """)
                .param(id)
                .query((rs, n) -> new MentorshipView.CheckIn(
                        rs.getObject(1, LocalDate.class), rs.getString(2), pair ? rs.getString(3) : null))
                .list();
        MentorshipView.Feedback own = pair
                ? jdbc.sql("select rating, comment from mentorship_feedback where mentorship_id = ? and person_id = ?")
                        .params(id, user.id())
                        .query(MentorshipView.Feedback.class)
                        .optional()
                        .orElse(null)
                : null;
        int feedbackCount = jdbc.sql("select count(*) from mentorship_feedback where mentorship_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
        return new MentorshipView(
                row.id(),
                programme.id(),
                programme.name(),
                row.mentorId(),
                row.mentorName(),
                row.menteeId(),
                row.menteeName(),
                row.goals(),
                Arrays.stream(row.skills().split("\n"))
                        .filter(s -> !s.isBlank())
                        .toList(),
                row.startedOn(),
                row.endsOn(),
                row.status(),
                checkIns,
                pair,
                own,
                feedbackCount);
    }

    /** The viewer's mentorships, active first. */
    public List<MentorshipLine> mine(CurrentUser user) {
        return jdbc.sql("""
                select m.id, p.name as programme_name, m.status,
                    case when m.mentee_id = :me then 'MENTEE' else 'MENTOR' end as role,
                    case when m.mentee_id = :me then mr.display_name else me.display_name end as other_name,
                    m.ends_on
                from mentorship m
                join mentoring_programme p on p.id = m.programme_id
                join person me on me.id = m.mentee_id
                join person mr on mr.id = m.mentor_id
                where m.mentee_id = :me or m.mentor_id = :me
                order by m.status <> 'ACTIVE', m.started_on desc, m.id desc
                """).param("me", user.id()).query(MentorshipLine.class).list();
    }

    /** One of the viewer's mentorships; {@code role} is the viewer's part (MENTEE or MENTOR). */
    public record MentorshipLine(
            long id, String programmeName, String status, String role, String otherName, LocalDate endsOn) {}

    @Transactional
    public void checkIn(CurrentUser user, long id, LocalDate metOn, String notes) {
        Row row = pairOnly(user, id);
        if (!row.status().equals("ACTIVE")) {
            throw new MentoringRefusedException(null, "mentorship.notActive");
        }
        if (metOn == null) {
            throw new MentoringRefusedException("metOn", "checkin.metOn.required");
        }
        if (metOn.isAfter(LocalDate.now()) || metOn.isBefore(row.startedOn().minusDays(1))) {
            throw new MentoringRefusedException("metOn", "checkin.metOn.range");
        }
        String text = notes == null ? "" : notes.strip();
        if (text.isEmpty()) {
            throw new MentoringRefusedException("notes", "checkin.notes.required");
        }
        if (text.length() > MAX_NOTES) {
            throw new MentoringRefusedException("notes", "field.tooLong");
        }
        jdbc.sql("insert into mentorship_checkin (mentorship_id, author_id, met_on, notes) values (?, ?, ?, ?)")
                .params(id, user.id(), metOn, text)
                .update();
    }

    /** Either of the pair ends the mentorship as completed; both are asked for feedback. */
    @Transactional
    public void complete(CurrentUser user, long id) {
        Row row = pairOnly(user, id);
        int changed = jdbc.sql("update mentorship set status = 'COMPLETED', completed_at = now(), version = version + 1"
                        + " where id = ? and status = 'ACTIVE'")
                .param(id)
                .update();
        if (changed == 0) {
            throw new MentoringRefusedException(null, "mentorship.notActive");
        }
        for (long person : List.of(row.menteeId(), row.mentorId())) {
            notifier.tell(
                    person,
                    user.id(),
                    "/mentoring/mentorships/" + id,
                    "mentorship:" + id + ":completed",
                    "mentorship.notification.completed",
                    person == row.menteeId() ? row.mentorName() : row.menteeName());
        }
        expertise.recomputeEvidence(row.mentorId());
    }

    /** The viewer's feedback on a completed mentorship, once. */
    @Transactional
    public void feedback(CurrentUser user, long id, Integer rating, String comment) {
        Row row = pairOnly(user, id);
        if (row.status().equals("ACTIVE")) {
            throw new MentoringRefusedException(null, "feedback.notYet");
        }
        if (rating == null || rating < 1 || rating > 5) {
            throw new MentoringRefusedException("rating", "feedback.rating.range");
        }
        String text = comment == null ? "" : comment.strip();
        if (text.length() > MAX_COMMENT) {
            throw new MentoringRefusedException("comment", "field.tooLong");
        }
        int added = jdbc.sql("""
                insert into mentorship_feedback (mentorship_id, person_id, rating, comment) values (?, ?, ?, ?)
                on conflict do nothing
                """).params(id, user.id(), rating, text).update();
        if (added == 0) {
            throw new MentoringRefusedException(null, "feedback.already");
        }
        if (Objects.equals(user.id(), row.menteeId())) {
            expertise.recomputeEvidence(row.mentorId()); // the mentee's rating weighs in the mentor's evidence
        }
    }

    @Override
    public List<MentoringGiven> mentoringGiven(Long mentorId) {
        return jdbc.sql("""
                select m.mentor_id, s.skill_id, m.id as mentorship_id, f.rating as mentee_rating
                from mentorship m
                join mentorship_skill s on s.mentorship_id = m.id
                left join mentorship_feedback f on f.mentorship_id = m.id and f.person_id = m.mentee_id
                where m.status = 'COMPLETED' and (cast(:mentor as bigint) is null or m.mentor_id = :mentor)
                """)
                .param("mentor", mentorId)
                .query(MentoringGiven.class)
                .list();
    }

    private Row pairOnly(CurrentUser user, long id) {
        Row row = row(id, true);
        if (!policy.isPair(user, row.menteeId(), row.mentorId())) {
            Programme programme = programmes.find(row.programmeId());
            if (policy.organises(user, programme)) {
                throw new org.springframework.security.access.AccessDeniedException("Only the pair write here");
            }
            throw new MentoringNotFoundException("mentorship", id);
        }
        return row;
    }

    private Row row(long id, boolean lock) {
        return jdbc.sql("""
                select m.id, m.programme_id, m.mentor_id, mr.display_name as mentor_name, m.mentee_id,
                    me.display_name as mentee_name, m.goals,
                    array_to_string(array(select s.name from mentorship_skill ms join skill s on s.id = ms.skill_id
                        where ms.mentorship_id = m.id order by lower(s.name)), E'\\n') as skills,
                    m.started_on, m.ends_on, m.status
                from mentorship m
                join person mr on mr.id = m.mentor_id
                join person me on me.id = m.mentee_id
                where m.id = ?""" + (lock ? " for update of m" : ""))
                .param(id)
                .query(Row.class)
                .optional()
                .orElseThrow(() -> new MentoringNotFoundException("mentorship", id));
    }

    record Row(
            long id,
            long programmeId,
            long mentorId,
            String mentorName,
            long menteeId,
            String menteeName,
            String goals,
            String skills,
            LocalDate startedOn,
            LocalDate endsOn,
            String status) {}
}
