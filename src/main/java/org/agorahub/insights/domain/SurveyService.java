package org.agorahub.insights.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.agorahub.notifications.NewNotification;
import org.agorahub.notifications.NotificationsApi;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PeopleApi;
import org.agorahub.shared.NotFoundException;
import org.agorahub.shared.audit.AuditLog;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The KM practice self-assessment: a department's lead (or an admin) sends a round to the people of the department,
 * who answer anonymously, once each; the lead sees each round's figures once it is closed and enough people answered.
 * How answers are kept apart from who answered is described in the migration that creates the tables.
 */
@Service
@Transactional(readOnly = true)
public class SurveyService {

    /** Fewer answers than this and a round's figures could point at a person, so they are never shown. */
    public static final int MIN_ANSWERS = 5;

    public static final int DEFAULT_DAYS_OPEN = 14;
    public static final int MAX_DAYS_OPEN = 90;

    static final String NOTIFICATION_KIND = "insights.survey";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final int PRACTICES = KmPractice.values().length;
    private static final int VALUES = KmPractice.HIGHEST - KmPractice.LOWEST + 1;

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final PeopleApi people;
    private final NotificationsApi notifications;
    private final MessageSource messages;
    private final AuditLog audit;

    SurveyService(
            JdbcClient jdbc,
            AccessPolicy access,
            PeopleApi people,
            NotificationsApi notifications,
            MessageSource messages,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.people = people;
        this.notifications = notifications;
        this.messages = messages;
        this.audit = audit;
    }

    /**
     * Sends a round to the active people of the department (its own members, not those of departments under it),
     * except the sender, and tells each of them.
     *
     * @param closesOn the last day answers are taken, or null for {@value #DEFAULT_DAYS_OPEN} days from today
     * @return the new round's id
     * @throws SurveyRefusedException when the department has a round open, too few people to ask, or the date is
     *     out of range
     */
    @Transactional
    public long send(CurrentUser sender, long departmentId, LocalDate closesOn) {
        DepartmentSummary department = leadable(sender, departmentId, "send a KM practice survey");
        LocalDate today = LocalDate.now();
        LocalDate lastDay = closesOn == null ? today.plusDays(DEFAULT_DAYS_OPEN) : closesOn;
        if (lastDay.isBefore(today)) {
            throw new SurveyRefusedException("closesOn", "survey.send.closesOn.past");
        }
        if (lastDay.isAfter(today.plusDays(MAX_DAYS_OPEN))) {
            throw new SurveyRefusedException("closesOn", "survey.send.closesOn.tooLate", MAX_DAYS_OPEN);
        }
        // a round past its last day no longer counts as open, so the next one may be sent
        jdbc.sql("""
                update survey_round set closed_on = closes_on
                where department_id = ? and closed_on is null and closes_on < ?
                """).params(departmentId, today).update();
        Optional<LocalDate> open = jdbc.sql(
                        "select closes_on from survey_round where department_id = ? and closed_on is null")
                .param(departmentId)
                .query(LocalDate.class)
                .optional();
        if (open.isPresent()) {
            throw new SurveyRefusedException(null, "survey.send.alreadyOpen", DAY.format(open.get()));
        }
        long id;
        try {
            id = jdbc.sql("""
                    insert into survey_round (department_id, sent_by, sent_on, closes_on)
                    values (?, ?, ?, ?) returning id
                    """)
                    .params(departmentId, sender.id(), today, lastDay)
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException sentMeanwhile) {
            throw new SurveyRefusedException(null, "survey.send.alreadyOpen", DAY.format(lastDay));
        }
        List<Long> invitees = jdbc.sql("""
                insert into survey_invitee (round_id, person_id)
                select ?, id from person where department_id = ? and active and id <> ?
                returning person_id
                """)
                .params(id, departmentId, sender.id() == null ? -1 : sender.id())
                .query(Long.class)
                .list();
        if (invitees.size() < MIN_ANSWERS) {
            // the round and its invitees are rolled back with the refusal
            throw new SurveyRefusedException(null, "survey.send.tooFew", invitees.size(), MIN_ANSWERS);
        }
        jdbc.sql("""
                insert into survey_tally (round_id, practice, score)
                select ?, p, s from generate_series(1, ?) p, generate_series(?, ?) s
                """)
                .params(id, PRACTICES, KmPractice.LOWEST, KmPractice.HIGHEST)
                .update();
        String message = messages.getMessage(
                "survey.notification",
                new Object[] {sender.displayName(), department.name(), DAY.format(lastDay)},
                Locale.UK);
        notifications.notifyAll(invitees.stream()
                .map(person -> new NewNotification(
                        person,
                        NOTIFICATION_KIND,
                        sender.id(),
                        message,
                        "/insights/surveys/" + id,
                        "insights.survey:" + id))
                .toList());
        audit.record(sender.id(), "insights.survey.sent", "survey_round", id, department.name());
        return id;
    }

    /** Stops a round taking answers before its last day, so its figures may be shown; returns its department. */
    @Transactional
    public long close(CurrentUser user, long roundId) {
        Long departmentId = jdbc.sql("select department_id from survey_round where id = ? for update")
                .param(roundId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new SurveyNotFoundException(roundId));
        leadable(user, departmentId, "close a KM practice survey");
        int closed =
                jdbc.sql("""
                update survey_round set closed_on = ?
                where id = ? and closed_on is null and closes_on >= ?
                """).params(LocalDate.now(), roundId, LocalDate.now()).update();
        if (closed == 0) {
            throw new SurveyRefusedException(null, "survey.close.alreadyClosed");
        }
        audit.record(user.id(), "insights.survey.closed", "survey_round", roundId, null);
        return departmentId;
    }

    /** The round as one of the people asked sees it. */
    public SurveyQuestionnaire questionnaire(CurrentUser user, long roundId) {
        LocalDate today = LocalDate.now();
        return jdbc.sql("""
                select r.id, d.name, p.display_name, coalesce(r.closed_on, r.closes_on) as last_day,
                       r.closed_on is null and r.closes_on >= ? as open, i.answered
                from survey_round r
                join survey_invitee i on i.round_id = r.id and i.person_id = ?
                join department d on d.id = r.department_id
                join person p on p.id = r.sent_by
                where r.id = ?
                """)
                .params(today, user.id() == null ? -1 : user.id(), roundId)
                .query((rs, row) -> new SurveyQuestionnaire(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getBoolean(5),
                        rs.getBoolean(6)))
                .optional()
                .orElseThrow(() -> new SurveyNotFoundException(roundId));
    }

    /**
     * Records one person's ratings, all six or none: their "has answered" mark and six added counts, in one
     * transaction. Nothing that is written says which counts were theirs.
     *
     * @param scores the ratings in {@link KmPractice} order, each 1 to 5
     * @throws SurveyNotFoundException when the person was not asked
     * @throws SurveyRefusedException when a rating is missing or out of range, the round is closed, or they have
     *     already answered
     */
    @Transactional
    public void answer(CurrentUser user, long roundId, List<Integer> scores) {
        if (scores == null || scores.size() != PRACTICES) {
            throw new SurveyRefusedException(null, "survey.answer.incomplete");
        }
        for (int i = 0; i < PRACTICES; i++) {
            Integer score = scores.get(i);
            if (score == null) {
                throw new SurveyRefusedException("practice" + (i + 1), "survey.answer.required", i + 1);
            }
            if (score < KmPractice.LOWEST || score > KmPractice.HIGHEST) {
                throw new SurveyRefusedException("practice" + (i + 1), "survey.answer.range", i + 1);
            }
        }
        // one answer to a round at a time: the counters are never updated by two at once
        LocalDate[] days = jdbc.sql("select closes_on, closed_on from survey_round where id = ? for update")
                .param(roundId)
                .query((rs, row) ->
                        new LocalDate[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)})
                .optional()
                .orElseThrow(() -> new SurveyNotFoundException(roundId));
        Boolean answered = jdbc.sql("select answered from survey_invitee where round_id = ? and person_id = ?")
                .params(roundId, user.id() == null ? -1 : user.id())
                .query(Boolean.class)
                .optional()
                .orElseThrow(() -> new SurveyNotFoundException(roundId));
        if (answered) {
            throw new SurveyRefusedException(null, "survey.answer.already");
        }
        if (days[1] != null || days[0].isBefore(LocalDate.now())) {
            throw new SurveyRefusedException(null, "survey.answer.closed");
        }
        jdbc.sql("update survey_invitee set answered = true where round_id = ? and person_id = ?")
                .params(roundId, user.id())
                .update();
        // every counter of the round is rewritten, the chosen six by +1 and the rest by +0, so which rows changed
        // says nothing about the answer
        int counters = jdbc.sql("""
                update survey_tally
                set answers = answers + case when score = (case practice
                        when 1 then ? when 2 then ? when 3 then ? when 4 then ? when 5 then ? when 6 then ? end)
                    then 1 else 0 end
                where round_id = ?
                """)
                .params(
                        scores.get(0),
                        scores.get(1),
                        scores.get(2),
                        scores.get(3),
                        scores.get(4),
                        scores.get(5),
                        roundId)
                .update();
        if (counters != PRACTICES * VALUES) {
            throw new IllegalStateException("survey round " + roundId + " has " + counters + " counters");
        }
    }

    /**
     * The department's rounds, oldest first, with figures only where they may be shown (a closed round that at
     * least {@value #MIN_ANSWERS} people answered).
     *
     * @throws org.springframework.security.access.AccessDeniedException unless the viewer leads the department or
     *     is an admin
     */
    public List<SurveyRoundResult> results(CurrentUser viewer, long departmentId) {
        return rounds(viewer, departmentId).stream()
                .map(SurveyRoundView::result)
                .toList();
    }

    /** As {@link #results}, with whether each round is open and, where shown, how the answers are spread. */
    public List<SurveyRoundView> rounds(CurrentUser viewer, long departmentId) {
        leadable(viewer, departmentId, "see KM practice survey results");
        LocalDate today = LocalDate.now();
        List<RoundRow> rows = jdbc.sql("""
                select r.id, r.sent_on, coalesce(r.closed_on, r.closes_on) as last_day,
                       r.closed_on is null and r.closes_on >= ? as open,
                       (select count(*) from survey_invitee i where i.round_id = r.id) as invited,
                       (select count(*) from survey_invitee i where i.round_id = r.id and i.answered) as answered
                from survey_round r
                where r.department_id = ?
                order by r.sent_on, r.id
                """)
                .params(today, departmentId)
                .query((rs, row) -> RoundRow.of(rs))
                .list();
        List<Long> shown =
                rows.stream().filter(RoundRow::shown).map(RoundRow::id).toList();
        Map<Long, int[][]> counts = new HashMap<>();
        if (!shown.isEmpty()) {
            jdbc.sql("select round_id, practice, score, answers from survey_tally where round_id in (:rounds)")
                    .param("rounds", shown)
                    .query((rs, row) -> {
                        int[][] round = counts.computeIfAbsent(rs.getLong(1), r -> new int[PRACTICES][VALUES]);
                        round[rs.getInt(2) - 1][rs.getInt(3) - KmPractice.LOWEST] = rs.getInt(4);
                        return null;
                    })
                    .list();
        }
        List<SurveyRoundView> views = new ArrayList<>();
        for (RoundRow row : rows) {
            int[][] round = row.shown() ? counts.get(row.id()) : null;
            List<Double> averages = new ArrayList<>();
            List<List<Integer>> distribution = new ArrayList<>();
            if (round != null) {
                for (int[] practice : round) {
                    long total = 0;
                    long sum = 0;
                    List<Integer> spread = new ArrayList<>();
                    for (int v = 0; v < VALUES; v++) {
                        total += practice[v];
                        sum += (long) practice[v] * (v + KmPractice.LOWEST);
                        spread.add(practice[v]);
                    }
                    averages.add(total == 0 ? 0.0 : (double) sum / total);
                    distribution.add(spread);
                }
            }
            views.add(new SurveyRoundView(
                    new SurveyRoundResult(
                            row.id(),
                            row.sentOn(),
                            row.lastDay(),
                            row.invited(),
                            row.answered(),
                            round != null,
                            averages),
                    row.open(),
                    distribution));
        }
        return views;
    }

    /** The department, when the user may run its surveys; 403 before 404, so nobody learns which ids exist. */
    public DepartmentSummary leadable(CurrentUser user, long departmentId, String action) {
        access.require(access.canLeadDepartment(user, departmentId), user, action, departmentId);
        return people.departments().stream()
                .filter(d -> d.id() == departmentId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No department " + departmentId));
    }

    private record RoundRow(long id, LocalDate sentOn, LocalDate lastDay, boolean open, int invited, int answered) {

        static RoundRow of(ResultSet rs) throws SQLException {
            return new RoundRow(
                    rs.getLong("id"),
                    rs.getObject("sent_on", LocalDate.class),
                    rs.getObject("last_day", LocalDate.class),
                    rs.getBoolean("open"),
                    rs.getInt("invited"),
                    rs.getInt("answered"));
        }

        /** A round still open is never shown: its figures changing after each answer would give that answer away. */
        boolean shown() {
            return !open && answered >= MIN_ANSWERS;
        }
    }
}
