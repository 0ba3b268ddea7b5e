package org.agorahub.mentoring.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.agorahub.mentoring.matching.MatchResult;
import org.agorahub.mentoring.matching.Mentee;
import org.agorahub.mentoring.matching.Mentor;
import org.agorahub.mentoring.matching.MentorMatcher;
import org.agorahub.mentoring.matching.PairScore;
import org.agorahub.mentoring.matching.ProposedPair;
import org.agorahub.mentoring.matching.Unmatched;
import org.agorahub.people.CurrentUser;
import org.agorahub.shared.OncePerCluster;
import org.agorahub.shared.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Matching rounds. An organiser starts one; it runs in the background over everyone waiting (one round at a time per
 * programme, which the database enforces), reporting progress, and drafts its pairs for review. The organiser may
 * change a pair's mentor or remove a pair, then publishes (both sides are asked) or discards the round. The drafts
 * are written in one transaction with the round's end, so a round that breaks leaves none; a round interrupted by a
 * stop is marked failed at the next start.
 */
@Service
@Transactional(readOnly = true)
public class RoundService {

    private static final Logger log = LoggerFactory.getLogger(RoundService.class);
    private static final long PROGRESS_EVERY_MS = 250;
    static final String REMOVED_BY_ORGANISER = "Removed from the round by an organiser.";

    private final JdbcClient jdbc;
    private final ProgrammeService programmes;
    private final MentoringPolicy policy;
    private final Pool pool;
    private final MentorMatcher matcher;
    private final MentoringNotifier notifier;
    private final AuditLog audit;
    private final TaskExecutor executor;
    private final TransactionTemplate transactions;
    private final OncePerCluster once;

    RoundService(
            JdbcClient jdbc,
            ProgrammeService programmes,
            MentoringPolicy policy,
            Pool pool,
            MentorMatcher matcher,
            MentoringNotifier notifier,
            AuditLog audit,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            TransactionTemplate transactions,
            OncePerCluster once) {
        this.jdbc = jdbc;
        this.programmes = programmes;
        this.policy = policy;
        this.pool = pool;
        this.matcher = matcher;
        this.notifier = notifier;
        this.audit = audit;
        this.executor = executor;
        this.transactions = transactions;
        this.once = once;
    }

    /** Held by the node running a programme's round, from before it is recorded until it ends. */
    static String roundLock(long programmeId) {
        return "mentoring.round:" + programmeId;
    }

    /** Starts a round in the background; returns its id. Refused while another round of the programme is open. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NEVER)
    public long start(CurrentUser user, long programmeId) {
        Programme programme = organised(user, programmeId);
        if (programme.ended(LocalDate.now())) {
            throw new MentoringRefusedException(null, "programme.ended");
        }
        OncePerCluster.Lease lease = once.hold(roundLock(programme.id()))
                .orElseThrow(() -> new MentoringRefusedException(null, "round.alreadyOpen"));
        long round;
        try {
            round = transactions.execute(status -> {
                long id = jdbc.sql("""
                        insert into matching_round (programme_id, status, stage, started_by)
                        values (?, 'RUNNING', 'Waiting to start', ?) returning id
                        """)
                        .params(programme.id(), user.id())
                        .query(Long.class)
                        .single();
                audit.record(user.id(), "mentoring.round.started", "matching_round", id, programme.name());
                return id;
            });
        } catch (DuplicateKeyException e) {
            lease.close();
            throw new MentoringRefusedException(null, "round.alreadyOpen");
        } catch (RuntimeException e) {
            lease.close();
            throw e;
        }
        try {
            executor.execute(() -> {
                try (lease) {
                    run(round, programme);
                }
            });
        } catch (RuntimeException e) {
            lease.close();
            throw e;
        }
        return round;
    }

    /** Runs the round: everything it drafts is written at the end, in one transaction, or nothing is. */
    void run(long round, Programme programme) {
        try {
            List<Mentee> mentees = pool.mentees(programme, null);
            List<Mentor> mentors = pool.mentors(programme, null, null, null);
            jdbc.sql("update matching_round set mentees = ?, mentors = ? where id = ?")
                    .params(mentees.size(), mentors.size(), round)
                    .update();
            AtomicLong last = new AtomicLong();
            MatchResult result = matcher.match(
                    mentees, mentors, programme.rules(), pool.pastPairs(programme), (stage, done, total) -> {
                        long now = System.currentTimeMillis();
                        if (now - last.get() >= PROGRESS_EVERY_MS || done == total) {
                            last.set(now);
                            jdbc.sql("update matching_round set stage = ?, done = ?, total = ? where id = ?")
                                    .params(stage, done, total, round)
                                    .update();
                        }
                    });
            transactions.executeWithoutResult(status -> draft(round, programme, result));
            log.info(
                    "Matching round {} of programme {}: {} pairs, {} unmatched, total score {}",
                    round,
                    programme.id(),
                    result.pairs().size(),
                    result.unmatched().size(),
                    result.totalScore());
        } catch (RuntimeException e) {
            log.error("Matching round {} failed", round, e);
            jdbc.sql("""
                    update matching_round set status = 'FAILED', finished_at = now(),
                        problem = 'The round stopped because of an error; nothing was drafted. Start it again.'
                    where id = ? and status = 'RUNNING'
                    """).param(round).update();
        }
    }

    private void draft(long round, Programme programme, MatchResult result) {
        for (ProposedPair pair : result.pairs()) {
            jdbc.sql("""
                    insert into mentoring_proposal (round_id, programme_id, request_id, offer_id, mentee_id,
                        mentor_id, score, reasons, status)
                    values (?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT')
                    """)
                    .params(
                            round,
                            programme.id(),
                            pair.mentee().requestId(),
                            pair.mentor().offerId(),
                            pair.mentee().personId(),
                            pair.mentor().personId(),
                            pair.score(),
                            String.join("\n", pair.reasons()))
                    .update();
        }
        for (Unmatched left : result.unmatched()) {
            jdbc.sql("insert into matching_round_unmatched (round_id, request_id, reason) values (?, ?, ?)")
                    .params(round, left.mentee().requestId(), left.reason())
                    .update();
        }
        jdbc.sql("""
                update matching_round set status = 'REVIEW', stage = null, finished_at = now(), total_score = ?
                where id = ?
                """).params(result.totalScore(), round).update();
    }

    /**
     * Rounds that were running when their node stopped will never finish: say so, and free the programme. A round
     * another node is running now (it holds the programme's round lock) is left alone.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void failInterrupted() {
        List<Long> running = jdbc
                .sql("select id, programme_id from matching_round where status = 'RUNNING'")
                .query((rs, row) -> once.running(roundLock(rs.getLong(2))) ? null : rs.getLong(1))
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .toList();
        int interrupted =
                running.isEmpty() ? 0 : jdbc.sql("""
                update matching_round set status = 'FAILED', finished_at = now(),
                    problem = 'The round was interrupted when the application stopped; nothing was drafted. Start it again.'
                where status = 'RUNNING' and id in (:ids)
                """).param("ids", running).update();
        if (interrupted > 0) {
            log.warn("Marked {} interrupted matching round(s) as failed", interrupted);
        }
    }

    public RoundView round(CurrentUser user, long id) {
        RoundRow row = jdbc.sql("select * from matching_round where id = ?")
                .param(id)
                .query(RoundRow.class)
                .optional()
                .orElseThrow(() -> new MentoringNotFoundException("round", id));
        Programme programme = programmes.find(row.programmeId());
        if (!policy.organises(user, programme)) {
            throw new MentoringNotFoundException("round", id);
        }
        List<RoundView.Pair> pairs = jdbc.sql("""
                select x.id, x.request_id, me.display_name as mentee_name, mr.display_name as mentor_name, x.score,
                    x.reasons, x.adjusted, x.status, r.goals
                from mentoring_proposal x
                join person me on me.id = x.mentee_id
                join person mr on mr.id = x.mentor_id
                join mentee_request r on r.id = x.request_id
                where x.round_id = ? and x.status <> 'DISCARDED'
                order by lower(me.display_name), x.request_id
                """)
                .param(id)
                .query((rs, n) -> new RoundView.Pair(
                        rs.getLong("id"),
                        rs.getLong("request_id"),
                        rs.getString("mentee_name"),
                        rs.getString("mentor_name"),
                        rs.getDouble("score"),
                        List.of(rs.getString("reasons").split("\n")),
                        rs.getBoolean("adjusted"),
                        rs.getString("status"),
                        rs.getString("goals")))
                .list();
        List<RoundView.Left> unmatched =
                jdbc.sql("""
                select u.request_id, p.display_name as mentee_name, u.reason, r.goals
                from matching_round_unmatched u
                join mentee_request r on r.id = u.request_id
                join person p on p.id = r.person_id
                where u.round_id = ? and r.withdrawn_at is null
                order by lower(p.display_name), u.request_id
                """).param(id).query(RoundView.Left.class).list();
        List<RoundView.MentorOption> options =
                "REVIEW".equals(row.status()) ? pool.mentorsWithPlaces(programme, id) : List.of();
        return new RoundView(
                row.id(),
                programme.id(),
                programme.name(),
                row.status(),
                row.stage(),
                row.done(),
                row.total(),
                row.mentees(),
                row.mentors(),
                row.totalScore(),
                row.problem(),
                row.startedAt(),
                row.finishedAt(),
                pairs,
                unmatched,
                options);
    }

    /** The programme's rounds, newest first, for its organisers. */
    public List<RoundLine> rounds(CurrentUser user, long programmeId) {
        Programme programme = programmes.find(programmeId);
        if (!policy.organises(user, programme)) {
            return List.of();
        }
        return jdbc.sql("""
                select r.id, r.status, r.started_at, r.mentees, r.mentors,
                    (select count(*) from mentoring_proposal x where x.round_id = r.id and x.status <> 'DISCARDED')
                        as pairs
                from matching_round r where r.programme_id = ? order by r.started_at desc, r.id desc
                """).param(programmeId).query(RoundLine.class).list();
    }

    public record RoundLine(long id, String status, Instant startedAt, int mentees, int mentors, int pairs) {}

    /**
     * Pairs a mentee of the round under review (drafted or left unmatched) with another mentor by hand. The pair
     * must keep the hard constraints; its score and reasons are worked out as the round would.
     */
    @Transactional
    public void pair(CurrentUser user, long roundId, long requestId, long offerId) {
        RoundRow round = underReview(user, roundId);
        Programme programme = programmes.find(round.programmeId());
        Long existing = jdbc.sql("select id from mentoring_proposal where round_id = ? and request_id = ?"
                        + " and status = 'DRAFT'")
                .params(roundId, requestId)
                .query(Long.class)
                .optional()
                .orElse(null);
        List<Mentee> mentee = pool.mentees(programme, requestId);
        if (mentee.isEmpty()) {
            throw new MentoringRefusedException(null, "round.pair.menteeGone");
        }
        List<Mentor> mentor = pool.mentors(programme, offerId, roundId, existing);
        if (mentor.isEmpty()) {
            throw new MentoringRefusedException(null, "round.pair.mentorFull");
        }
        PairScore score =
                matcher.scorer(programme.rules(), pool.pastPairs(programme)).score(mentee.get(0), mentor.get(0));
        if (!score.feasible()) {
            throw new MentoringRefusedException(
                    null, "round.pair.infeasible." + score.infeasibility().name());
        }
        String reasons = String.join("\n", score.reasons());
        if (existing != null) {
            jdbc.sql("""
                    update mentoring_proposal set offer_id = ?, mentor_id = ?, score = ?, reasons = ?, adjusted = true
                    where id = ?
                    """)
                    .params(offerId, mentor.get(0).personId(), score.score(), reasons, existing)
                    .update();
        } else {
            jdbc.sql("""
                    insert into mentoring_proposal (round_id, programme_id, request_id, offer_id, mentee_id,
                        mentor_id, score, reasons, adjusted, status)
                    values (?, ?, ?, ?, ?, ?, ?, ?, true, 'DRAFT')
                    """)
                    .params(
                            roundId,
                            programme.id(),
                            requestId,
                            offerId,
                            mentee.get(0).personId(),
                            mentor.get(0).personId(),
                            score.score(),
                            reasons)
                    .update();
            jdbc.sql("delete from matching_round_unmatched where round_id = ? and request_id = ?")
                    .params(roundId, requestId)
                    .update();
        }
        audit.record(
                user.id(),
                "mentoring.round.adjusted",
                "matching_round",
                roundId,
                mentee.get(0).name() + " with " + mentor.get(0).name());
    }

    /** Takes a drafted pair out of the round under review; the mentee is listed as unmatched. */
    @Transactional
    public void remove(CurrentUser user, long roundId, long proposalId) {
        underReview(user, roundId);
        Long request = jdbc.sql("delete from mentoring_proposal where id = ? and round_id = ? and status = 'DRAFT'"
                        + " returning request_id")
                .params(proposalId, roundId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new MentoringRefusedException(null, "round.pair.gone"));
        jdbc.sql("""
                insert into matching_round_unmatched (round_id, request_id, reason) values (?, ?, ?)
                on conflict (round_id, request_id) do update set reason = excluded.reason
                """).params(roundId, request, REMOVED_BY_ORGANISER).update();
        audit.record(user.id(), "mentoring.round.adjusted", "matching_round", roundId, "pair removed");
    }

    /** Publishes the drafted pairs: each side is asked to accept or decline. */
    @Transactional
    public int publish(CurrentUser user, long roundId) {
        underReview(user, roundId);
        List<Published> published =
                jdbc.sql("""
                update mentoring_proposal set status = 'PROPOSED' where round_id = ? and status = 'DRAFT'
                returning id, mentee_id, mentor_id,
                    (select display_name from person where id = mentee_id) as mentee_name,
                    (select display_name from person where id = mentor_id) as mentor_name
                """).param(roundId).query(Published.class).list();
        jdbc.sql("update matching_round set status = 'PUBLISHED', published_at = now() where id = ?")
                .param(roundId)
                .update();
        for (Published p : published) {
            String link = "/mentoring/proposals/" + p.id();
            notifier.tell(
                    p.menteeId(),
                    user.id(),
                    link,
                    "proposal:" + p.id() + ":mentee",
                    "proposal.notification.toMentee",
                    p.mentorName());
            notifier.tell(
                    p.mentorId(),
                    user.id(),
                    link,
                    "proposal:" + p.id() + ":mentor",
                    "proposal.notification.toMentor",
                    p.menteeName());
        }
        audit.record(user.id(), "mentoring.round.published", "matching_round", roundId, published.size() + " pairs");
        return published.size();
    }

    /** Drops the round under review and its drafts; everyone stays waiting. */
    @Transactional
    public void discard(CurrentUser user, long roundId) {
        underReview(user, roundId);
        jdbc.sql("update mentoring_proposal set status = 'DISCARDED' where round_id = ? and status = 'DRAFT'")
                .param(roundId)
                .update();
        jdbc.sql("update matching_round set status = 'DISCARDED' where id = ?")
                .param(roundId)
                .update();
        audit.record(user.id(), "mentoring.round.discarded", "matching_round", roundId, null);
    }

    private RoundRow underReview(CurrentUser user, long roundId) {
        RoundRow row = jdbc.sql("select * from matching_round where id = ? for update")
                .param(roundId)
                .query(RoundRow.class)
                .optional()
                .orElseThrow(() -> new MentoringNotFoundException("round", roundId));
        organised(user, row.programmeId());
        if (!Objects.equals(row.status(), "REVIEW")) {
            throw new MentoringRefusedException(null, "round.notUnderReview");
        }
        return row;
    }

    private Programme organised(CurrentUser user, long programmeId) {
        Programme programme = programmes.programme(user, programmeId);
        if (!policy.organises(user, programme)) {
            throw new AccessDeniedException("Not an organiser of programme " + programmeId);
        }
        return programme;
    }

    record Published(long id, long menteeId, long mentorId, String menteeName, String mentorName) {}

    record RoundRow(
            long id,
            long programmeId,
            String status,
            String stage,
            int done,
            int total,
            int mentees,
            int mentors,
            Double totalScore,
            String problem,
            long startedBy,
            Instant startedAt,
            Instant finishedAt,
            Instant publishedAt) {}
}
