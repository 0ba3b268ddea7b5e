package org.agorahub.mentoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.agorahub.AgoraTest;
import org.agorahub.expertise.TestSkills;
import org.agorahub.expertise.domain.TaxonomyService;
import org.agorahub.mentoring.matching.CrossDepartment;
import org.agorahub.mentoring.matching.MeetingFormat;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What keeps mentoring data right over time: skill merges, check-in reminders, rounds cut short by a stop. */
@AgoraTest
class MentoringUpkeepTests {

    @Autowired
    org.agorahub.shared.OncePerCluster once;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestSkills testSkills;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    ParticipationService participation;

    @Autowired
    RoundService rounds;

    @Autowired
    CheckInReminders reminders;

    @Autowired
    TaxonomyService taxonomy;

    @Autowired
    JdbcClient jdbc;

    PersonSummary curator;
    PersonSummary mentor;
    PersonSummary mentee;
    long programme;

    @BeforeEach
    void setUp() {
        DepartmentSummary department = testPeople.department(TestSkills.unique("Upkeep"));
        curator = testPeople.person("Una Curator", department, Role.CURATOR);
        mentor = testPeople.person("Max Mentor", department);
        mentee = testPeople.person("Meg Mentee", department);
        programme = programmes.create(
                user(curator),
                new ProgrammeCommand(
                        TestSkills.unique("Upkeep programme"),
                        "",
                        LocalDate.now(),
                        LocalDate.now().plusMonths(3),
                        CrossDepartment.NOT_REQUIRED,
                        null,
                        2,
                        List.of()));
    }

    static CurrentUser user(PersonSummary person) {
        return new CurrentUser(
                person.id(), person.email(), person.displayName(), person.departmentId(), person.roles());
    }

    @Test
    void mergingASkillMovesOffersAndRequestsToTheKeptSkill() {
        long tendering = testSkills.skill(TestSkills.unique("Tendering"), null);
        long procurement = testSkills.skill(TestSkills.unique("Procurement"), null);
        testSkills.declare(mentor, tendering, 4);
        participation.saveOffer(
                user(mentor), programme, new OfferCommand(List.of(tendering), 1, 2, MeetingFormat.EITHER, ""));
        participation.saveRequest(
                user(mentee),
                programme,
                new RequestCommand(List.of(tendering), "", "", MeetingFormat.EITHER, "", false, false, ""));

        PersonSummary admin = testPeople.person("Ada Admin", Role.ADMIN);
        taxonomy.merge(user(admin), tendering, procurement);

        assertThat(participation.mine(user(mentor), programme).offer().skills())
                .extracting(s -> s.id())
                .containsExactly(procurement);
        assertThat(participation.mine(user(mentee), programme).request().skills())
                .extracting(s -> s.id())
                .containsExactly(procurement);
    }

    @Test
    void aPairQuietForAMonthIsRemindedOnceAndAgainAMonthLater() {
        long mentorship = activeMentorship(LocalDate.now().minusDays(40));

        reminders.remind();
        reminders.remind();
        assertThat(reminderCount(mentee)).isEqualTo(1);
        assertThat(reminderCount(mentor)).isEqualTo(1);

        jdbc.sql("update mentorship set reminded_at = now() - interval '31 days' where id = ?")
                .param(mentorship)
                .update();
        reminders.remind();
        assertThat(reminderCount(mentee)).isEqualTo(2);
    }

    @Test
    void aPairThatCheckedInRecentlyIsNotReminded() {
        long mentorship = activeMentorship(LocalDate.now().minusDays(40));
        jdbc.sql("insert into mentorship_checkin (mentorship_id, author_id, met_on, notes) values (?, ?, ?, 'Met')")
                .params(mentorship, mentee.id(), LocalDate.now().minusDays(3))
                .update();

        reminders.remind();

        assertThat(reminderCount(mentee)).isZero();
    }

    @Test
    void aRoundCutShortByAStopIsMarkedFailedAndNoLongerBlocksTheProgramme() {
        jdbc.sql("insert into matching_round (programme_id, status, started_by) values (?, 'RUNNING', ?)")
                .params(programme, curator.id())
                .update();

        rounds.failInterrupted();

        assertThat(jdbc.sql("select status from matching_round where programme_id = ?")
                        .param(programme)
                        .query(String.class)
                        .single())
                .isEqualTo("FAILED");
        assertThat(rounds.round(user(curator), roundOf(programme)).problem()).contains("interrupted");
    }

    @Test
    void aRoundAnotherNodeIsRunningIsNotTakenForInterrupted() {
        jdbc.sql("insert into matching_round (programme_id, status, started_by) values (?, 'RUNNING', ?)")
                .params(programme, curator.id())
                .update();

        try (var otherNode = once.hold(RoundService.roundLock(programme)).orElseThrow()) {
            rounds.failInterrupted();
        }

        assertThat(jdbc.sql("select status from matching_round where programme_id = ?")
                        .param(programme)
                        .query(String.class)
                        .single())
                .isEqualTo("RUNNING");
        jdbc.sql("delete from matching_round where programme_id = ?")
                .param(programme)
                .update();
    }

    long roundOf(long programmeId) {
        return jdbc.sql("select id from matching_round where programme_id = ?")
                .param(programmeId)
                .query(Long.class)
                .single();
    }

    /** A mentorship started on the date, written straight to the tables. */
    long activeMentorship(LocalDate startedOn) {
        long skill = testSkills.skill(TestSkills.unique("Coaching"), null);
        testSkills.declare(mentor, skill, 4);
        participation.saveOffer(
                user(mentor), programme, new OfferCommand(List.of(skill), 1, 2, MeetingFormat.EITHER, ""));
        participation.saveRequest(
                user(mentee),
                programme,
                new RequestCommand(List.of(skill), "", "", MeetingFormat.EITHER, "", false, false, ""));
        long round = jdbc.sql("insert into matching_round (programme_id, status, started_by) values (?, 'PUBLISHED', ?)"
                        + " returning id")
                .params(programme, curator.id())
                .query(Long.class)
                .single();
        long proposal = jdbc.sql("""
                insert into mentoring_proposal (round_id, programme_id, request_id, offer_id, mentee_id, mentor_id,
                    score, reasons, status)
                select ?, ?, r.id, o.id, r.person_id, o.person_id, 80, 'Covers it', 'ACCEPTED'
                from mentee_request r, mentor_offer o
                where r.programme_id = ? and r.person_id = ? and o.programme_id = ? and o.person_id = ?
                returning id
                """)
                .params(round, programme, programme, mentee.id(), programme, mentor.id())
                .query(Long.class)
                .single();
        return jdbc.sql("""
                insert into mentorship (programme_id, proposal_id, mentor_id, mentee_id, goals, started_on, ends_on,
                    status)
                values (?, ?, ?, ?, '', ?, ?, 'ACTIVE') returning id
                """)
                .params(programme, proposal, mentor.id(), mentee.id(), startedOn, startedOn.plusMonths(6))
                .query(Long.class)
                .single();
    }

    int reminderCount(PersonSummary person) {
        return jdbc.sql("select count(*) from notification where recipient_id = ? and message like '%check-in%'")
                .param(person.id())
                .query(Integer.class)
                .single();
    }
}
