package org.agorahub.mentoring.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.agorahub.people.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals after a round is published: each side accepts or declines; when both accept, the mentorship starts;
 * a decline or a withdrawal returns both to the pool for the next round (never to be proposed to each other again in
 * the programme). Answers lock the proposal row, so two answers at once cannot both win.
 */
@Service
@Transactional(readOnly = true)
public class ProposalService {

    public static final int MAX_REASON = 500;

    private final JdbcClient jdbc;
    private final ProgrammeService programmes;
    private final MentoringPolicy policy;
    private final MentoringNotifier notifier;

    ProposalService(JdbcClient jdbc, ProgrammeService programmes, MentoringPolicy policy, MentoringNotifier notifier) {
        this.jdbc = jdbc;
        this.programmes = programmes;
        this.policy = policy;
        this.notifier = notifier;
    }

    /** The proposal, for its pair and the programme's organisers; drafts only for organisers. */
    public ProposalView proposal(CurrentUser user, long id) {
        Row row = row(id, false);
        Programme programme = programmes.find(row.programmeId());
        boolean pair = policy.isPair(user, row.menteeId(), row.mentorId());
        boolean organiser = policy.organises(user, programme);
        if (!(organiser
                || (pair && !row.status().equals("DRAFT") && !row.status().equals("DISCARDED")))) {
            throw new MentoringNotFoundException("proposal", id);
        }
        String ownAnswer = Objects.equals(user.id(), row.menteeId()) ? row.menteeAnswer() : row.mentorAnswer();
        return new ProposalView(
                row.id(),
                programme.id(),
                programme.name(),
                row.menteeId(),
                row.menteeName(),
                row.mentorId(),
                row.mentorName(),
                row.score(),
                List.of(row.reasons().split("\n")),
                row.adjusted(),
                row.status(),
                row.menteeAnswer(),
                row.mentorAnswer(),
                row.declinedByName(),
                row.declineReason(),
                row.goals(),
                Arrays.stream(row.skills().split("\n"))
                        .filter(s -> !s.isBlank())
                        .toList(),
                row.mentorshipId(),
                pair && row.status().equals("PROPOSED") && ownAnswer == null);
    }

    /** The viewer's open and recent proposals, newest first. */
    public List<ProposalLine> mine(CurrentUser user) {
        return jdbc.sql("""
                select x.id, x.programme_id, p.name as programme_name, x.status,
                    case when x.mentee_id = :me then 'MENTEE' else 'MENTOR' end as role,
                    case when x.mentee_id = :me then mr.display_name else me.display_name end as other_name,
                    case when x.mentee_id = :me then x.mentee_answer else x.mentor_answer end as own_answer,
                    (select m.id from mentorship m where m.proposal_id = x.id) as mentorship_id
                from mentoring_proposal x
                join mentoring_programme p on p.id = x.programme_id
                join person me on me.id = x.mentee_id
                join person mr on mr.id = x.mentor_id
                where (x.mentee_id = :me or x.mentor_id = :me) and x.status not in ('DRAFT', 'DISCARDED')
                order by x.status <> 'PROPOSED', x.created_at desc, x.id desc
                limit 50
                """).param("me", user.id()).query(ProposalLine.class).list();
    }

    /** One of the viewer's proposals in a list; {@code role} is the viewer's part (MENTEE or MENTOR). */
    public record ProposalLine(
            long id,
            long programmeId,
            String programmeName,
            String status,
            String role,
            String otherName,
            String ownAnswer,
            Long mentorshipId) {}

    /** Records the viewer's yes; when the other side already said yes, the mentorship starts. Returns it, if so. */
    @Transactional
    public Long accept(CurrentUser user, long id) {
        Row row = openForAnswer(user, id);
        boolean mentee = Objects.equals(user.id(), row.menteeId());
        jdbc.sql("update mentoring_proposal set " + (mentee ? "mentee_answer" : "mentor_answer")
                        + " = 'ACCEPTED', version = version + 1 where id = ?")
                .param(id)
                .update();
        String otherAnswer = mentee ? row.mentorAnswer() : row.menteeAnswer();
        long other = mentee ? row.mentorId() : row.menteeId();
        if (!"ACCEPTED".equals(otherAnswer)) {
            notifier.tell(
                    other,
                    user.id(),
                    "/mentoring/proposals/" + id,
                    "proposal:" + id + ":accepted:" + user.id(),
                    "proposal.notification.acceptedByOne",
                    user.displayName());
            return null;
        }
        jdbc.sql("update mentoring_proposal set status = 'ACCEPTED', decided_at = now() where id = ?")
                .param(id)
                .update();
        Programme programme = programmes.find(row.programmeId());
        LocalDate today = LocalDate.now();
        long mentorship = jdbc.sql("""
                insert into mentorship (programme_id, proposal_id, mentor_id, mentee_id, goals, started_on, ends_on,
                    status)
                select x.programme_id, x.id, x.mentor_id, x.mentee_id, r.goals, ?, ?, 'ACTIVE'
                from mentoring_proposal x join mentee_request r on r.id = x.request_id where x.id = ?
                returning id
                """)
                .params(today, programme.endsOn().isAfter(today) ? programme.endsOn() : today.plusMonths(3), id)
                .query(Long.class)
                .single();
        jdbc.sql("""
                insert into mentorship_skill (mentorship_id, skill_id)
                select ?, rs.skill_id from mentoring_proposal x
                join mentee_request_skill rs on rs.request_id = x.request_id
                join mentor_offer_skill os on os.offer_id = x.offer_id and os.skill_id = rs.skill_id
                where x.id = ?
                """).params(mentorship, id).update();
        for (long person : List.of(row.menteeId(), row.mentorId())) {
            notifier.tell(
                    person,
                    user.id(),
                    "/mentoring/mentorships/" + mentorship,
                    "mentorship:" + mentorship + ":started",
                    "proposal.notification.started",
                    person == row.menteeId() ? row.mentorName() : row.menteeName());
        }
        return mentorship;
    }

    /** Records the viewer's no: the proposal closes, and both return to the pool for the next round. */
    @Transactional
    public void decline(CurrentUser user, long id, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() > MAX_REASON) {
            throw new MentoringRefusedException("reason", "field.tooLong");
        }
        Row row = openForAnswer(user, id);
        boolean mentee = Objects.equals(user.id(), row.menteeId());
        jdbc.sql("update mentoring_proposal set " + (mentee ? "mentee_answer" : "mentor_answer")
                        + " = 'DECLINED', status = 'DECLINED', declined_by = ?, decline_reason = ?,"
                        + " decided_at = now(), version = version + 1 where id = ?")
                .params(user.id(), why.isEmpty() ? null : why, id)
                .update();
        notifier.tell(
                mentee ? row.mentorId() : row.menteeId(),
                user.id(),
                "/mentoring/proposals/" + id,
                "proposal:" + id + ":declined",
                "proposal.notification.declined",
                user.displayName());
    }

    /**
     * Withdraws the open proposals of a request or offer that was withdrawn ({@code column} is request_id or
     * offer_id); the other side of each published one is told and returns to the pool.
     */
    @Transactional
    void withdrawOpen(String column, long ownerId, CurrentUser actor) {
        if (!column.equals("request_id") && !column.equals("offer_id")) {
            throw new IllegalArgumentException(column);
        }
        List<Row> open = jdbc.sql(SELECT + " where x." + column + " = ? and x.status in ('DRAFT', 'PROPOSED')")
                .param(ownerId)
                .query(Row.class)
                .list();
        for (Row row : open) {
            jdbc.sql("update mentoring_proposal set status = 'WITHDRAWN', decided_at = now(), version = version + 1"
                            + " where id = ?")
                    .param(row.id())
                    .update();
            if (row.status().equals("PROPOSED")) {
                long other = Objects.equals(actor.id(), row.menteeId()) ? row.mentorId() : row.menteeId();
                notifier.tell(
                        other,
                        actor.id(),
                        "/mentoring/proposals/" + row.id(),
                        "proposal:" + row.id() + ":withdrawn",
                        "proposal.notification.withdrawn",
                        actor.displayName());
            }
        }
    }

    private Row openForAnswer(CurrentUser user, long id) {
        Row row = row(id, true);
        if (!policy.isPair(user, row.menteeId(), row.mentorId()) || row.status().equals("DRAFT")) {
            throw new MentoringNotFoundException("proposal", id);
        }
        if (!row.status().equals("PROPOSED")) {
            throw new MentoringRefusedException(null, "proposal.notOpen." + row.status());
        }
        String own = Objects.equals(user.id(), row.menteeId()) ? row.menteeAnswer() : row.mentorAnswer();
        if (own != null) {
            throw new MentoringRefusedException(null, "proposal.alreadyAnswered");
        }
        return row;
    }

    private static final String SELECT = """
            select x.id, x.programme_id, x.mentee_id, me.display_name as mentee_name, x.mentor_id,
                mr.display_name as mentor_name, x.score, x.reasons, x.adjusted, x.status, x.mentee_answer,
                x.mentor_answer, db.display_name as declined_by_name, x.decline_reason, r.goals,
                array_to_string(array(select s.name from mentee_request_skill rs join skill s on s.id = rs.skill_id
                    where rs.request_id = x.request_id order by lower(s.name)), E'\\n') as skills,
                (select m.id from mentorship m where m.proposal_id = x.id) as mentorship_id
            from mentoring_proposal x
            join person me on me.id = x.mentee_id
            join person mr on mr.id = x.mentor_id
            join mentee_request r on r.id = x.request_id
            left join person db on db.id = x.declined_by
            """;

    private Row row(long id, boolean lock) {
        return jdbc.sql(SELECT + " where x.id = ?" + (lock ? " for update of x" : ""))
                .param(id)
                .query(Row.class)
                .optional()
                .orElseThrow(() -> new MentoringNotFoundException("proposal", id));
    }

    record Row(
            long id,
            long programmeId,
            long menteeId,
            String menteeName,
            long mentorId,
            String mentorName,
            double score,
            String reasons,
            boolean adjusted,
            String status,
            String menteeAnswer,
            String mentorAnswer,
            String declinedByName,
            String declineReason,
            String goals,
            String skills,
            Long mentorshipId) {}
}
