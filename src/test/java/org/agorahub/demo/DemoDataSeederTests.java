package org.agorahub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.agorahub.forum.domain.BoardService;
import org.agorahub.forum.domain.BoardSummary;
import org.agorahub.forum.domain.ThreadService;
import org.agorahub.library.domain.FileKind;
import org.agorahub.library.domain.LibraryService;
import org.agorahub.library.domain.LibrarySort;
import org.agorahub.library.domain.LibrarySummary;
import org.agorahub.mentoring.domain.RoundService;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.Visibility;
import org.agorahub.people.domain.Account;
import org.agorahub.people.domain.PersonService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

@SpringBootTest(properties = "agora.demo-data.enabled=true")
class DemoDataSeederTests {

    @Autowired
    DemoDataSeeder seeder;

    @Autowired
    DemoLibrariesSeeder librariesSeeder;

    @Autowired
    PersonService people;

    @Autowired
    LibraryService libraries;

    @Autowired
    DemoForumsSeeder forumsSeeder;

    @Autowired
    DemoSkillsSeeder skillsSeeder;

    @Autowired
    DemoMentoringSeeder mentoringSeeder;

    @Autowired
    RoundService rounds;

    @Autowired
    BoardService boards;

    @Autowired
    ThreadService threads;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aFreshInstallStartsWithABelievableOrganisation() {
        List<PersonSummary> everyone = everyone();
        List<DepartmentSummary> departments = people.departments();

        assertThat(everyone).hasSizeBetween(25, 40);
        assertThat(departments).hasSizeGreaterThanOrEqualTo(6);
        assertThat(departments)
                .anySatisfy(d -> assertThat(d.parentName()).isEqualTo("Department for Digital Services"));
        // Every department has someone in it, and every role is held by somebody.
        assertThat(departments).allSatisfy(d -> assertThat(everyone).anyMatch(p -> p.departmentId() == d.id()));
        Set<Role> held = EnumSet.noneOf(Role.class);
        everyone.forEach(p -> held.addAll(p.roles()));
        assertThat(held).containsExactlyInAnyOrder(Role.values());
    }

    @Test
    void eachDemoSignInHasItsRole() {
        assertThat(person(DemoAccounts.ADMIN).roles()).contains(Role.ADMIN);
        assertThat(person(DemoAccounts.CURATOR).roles()).contains(Role.CURATOR).doesNotContain(Role.ADMIN);
        PersonSummary lead = person(DemoAccounts.LEAD);
        assertThat(lead.roles()).contains(Role.DEPARTMENT_LEAD).doesNotContain(Role.ADMIN);
        assertThat(person(DemoAccounts.MEMBER).roles()).containsExactly(Role.MEMBER);
        // The lead's dashboards have colleagues to show.
        assertThat(people.directory("", lead.departmentId(), false, Pageable.unpaged())
                        .getTotalElements())
                .isGreaterThan(1);
    }

    @Test
    void demoSignInsUseTheDemoPassword() {
        for (String email : List.of(DemoAccounts.ADMIN, DemoAccounts.CURATOR, DemoAccounts.LEAD, DemoAccounts.MEMBER)) {
            Account account = people.account(email).orElseThrow();
            assertThat(account.active()).isTrue();
            assertThat(encoder.matches(DemoAccounts.PASSWORD_DEFAULT, account.passwordHash()))
                    .as(email)
                    .isTrue();
        }
    }

    @Test
    void startingAgainCreatesNoDuplicates() {
        long peopleBefore = people.countPeople();
        int departmentsBefore = people.departments().size();
        long librariesBefore = count("select count(*) from library");
        long documentsBefore = count("select count(*) from document");
        long boardsBefore = count("select count(*) from forum_board");
        long postsBefore = count("select count(*) from forum_post");
        long skillsBefore = count("select count(*) from skill");
        long declaredBefore = count("select count(*) from person_skill");
        long endorsementsBefore = count("select count(*) from skill_endorsement");
        long frameworksBefore = count("select count(*) from competency_framework");
        long offersBefore = count("select count(*) from mentor_offer");

        seeder.run(new DefaultApplicationArguments());
        librariesSeeder.run(new DefaultApplicationArguments());
        forumsSeeder.run(new DefaultApplicationArguments());
        skillsSeeder.run(new DefaultApplicationArguments());
        mentoringSeeder.run(new DefaultApplicationArguments());

        assertThat(people.countPeople()).isEqualTo(peopleBefore);
        assertThat(people.departments()).hasSize(departmentsBefore);
        assertThat(count("select count(*) from library")).isEqualTo(librariesBefore);
        assertThat(count("select count(*) from document")).isEqualTo(documentsBefore);
        assertThat(count("select count(*) from forum_board")).isEqualTo(boardsBefore);
        assertThat(count("select count(*) from forum_post")).isEqualTo(postsBefore);
        assertThat(count("select count(*) from skill")).isEqualTo(skillsBefore);
        assertThat(count("select count(*) from person_skill")).isEqualTo(declaredBefore);
        assertThat(count("select count(*) from skill_endorsement")).isEqualTo(endorsementsBefore);
        assertThat(count("select count(*) from competency_framework")).isEqualTo(frameworksBefore);
        assertThat(count("select count(*) from mentoring_programme")).isEqualTo(1);
        assertThat(count("select count(*) from mentor_offer")).isEqualTo(offersBefore);
    }

    @Test
    void theDashboardsHaveSixMonthsOfSearchesDocumentsAndReadingToShow() {
        assertThat(count("select count(distinct date_trunc('month', created_at)) from document"))
                .isGreaterThanOrEqualTo(6);
        assertThat(count("select count(*) from search_event")).isGreaterThan(5000);
        assertThat(count("select count(*) from search_event where opened")
                        * 100
                        / count("select count(*) from search_event"))
                .isBetween(60L, 80L);
        assertThat(count("select count(distinct query) from search_query_log where hits = 0"))
                .isGreaterThanOrEqualTo(5);
        assertThat(count("select count(*) from document_view_daily")).isGreaterThan(500);
    }

    @Test
    void aMentoringProgrammeHasPeopleWaitingAndARoundPairsTheMemberWithASeniorColleagueElsewhere() {
        PersonSummary member = person(DemoAccounts.MEMBER);
        assertThat(count("select count(*) from mentor_offer where withdrawn_at is null"))
                .isBetween(5L, 20L);
        assertThat(count("select count(*) from mentee_request where withdrawn_at is null"))
                .isBetween(4L, 10L);
        List<String> asked = jdbc.sql("select s.name from mentee_request r join mentee_request_skill rs"
                        + " on rs.request_id = r.id join skill s on s.id = rs.skill_id where r.person_id = ?")
                .param(member.id())
                .query(String.class)
                .list();
        assertThat(asked).hasSize(3); // the member's three most pressing gaps

        PersonSummary curator = person(DemoAccounts.CURATOR);
        long programme = count("select id from mentoring_programme");
        long round = rounds.start(
                new CurrentUser(
                        curator.id(), curator.email(), curator.displayName(), curator.departmentId(), curator.roles()),
                programme);
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .until(() -> !"RUNNING"
                        .equals(jdbc.sql("select status from matching_round where id = ?")
                                .param(round)
                                .query(String.class)
                                .single()));
        long memberPairs = jdbc.sql("select count(*) from mentoring_proposal x join person m on m.id = x.mentor_id"
                        + " where x.round_id = ? and x.mentee_id = ? and m.grade > ? and m.department_id <> ?")
                .params(round, member.id(), member.grade(), member.departmentId())
                .query(Long.class)
                .single();
        assertThat(memberPairs).isEqualTo(1);
        assertThat(count("select count(*) from mentoring_proposal where round_id = " + round))
                .isGreaterThan(3);
        // leave the demo as it was for other tests
        jdbc.sql("delete from mentoring_proposal where round_id = ?")
                .param(round)
                .update();
        jdbc.sql("delete from matching_round_unmatched where round_id = ?")
                .param(round)
                .update();
        jdbc.sql("delete from matching_round where id = ?").param(round).update();
    }

    @Test
    void theForumsHaveBoardsAcrossDepartmentsAndAFewHundredThreads() {
        assertThat(count("select count(*) from forum_board")).isBetween(8L, 10L);
        assertThat(count("select count(*) from forum_board where visibility = 'DEPARTMENT'"))
                .isGreaterThanOrEqualTo(4);
        assertThat(count("select count(distinct department_id) from forum_board"))
                .isGreaterThanOrEqualTo(5);
        assertThat(jdbc.sql("select name from forum_board where visibility = 'ORGANISATION'")
                        .query(String.class)
                        .list())
                .contains("Ask HR", "Procurement help", "Information governance (FOI, records)");
        // Every board has threads, and the creator of each moderates it.
        assertThat(count("select count(*) from forum_board b where not exists "
                        + "(select 1 from forum_thread t where t.board_id = b.id)"))
                .isZero();
        assertThat(count("select count(*) from forum_board b where not exists (select 1 from forum_board_member m "
                        + "where m.board_id = b.id and m.person_id = b.created_by and m.role = 'MODERATOR')"))
                .isZero();

        long all = count("select count(*) from forum_thread");
        long questions = count("select count(*) from forum_thread where kind = 'QUESTION'");
        assertThat(all).isBetween(250L, 350L);
        assertThat(questions).isBetween(all * 55 / 100, all * 75 / 100);
        assertThat(count("select count(*) from forum_post where not opening")).isGreaterThan(all);
        assertThat(count("select count(*) from forum_post where body like '> %'"))
                .as("replies quoting another")
                .isPositive();
        assertThat(count("select count(distinct tag) from forum_thread_tag")).isGreaterThanOrEqualTo(15);
        assertThat(count("select count(distinct author_id) from forum_thread")).isGreaterThanOrEqualTo(20);
    }

    @Test
    void someQuestionsHaveAcceptedAnswersAndSomeWaitForOne() {
        long answered = count("select count(*) from forum_thread where kind = 'QUESTION' and reply_count > 0");
        long accepted = count("select count(*) from forum_thread where accepted_post_id is not null");
        assertThat(accepted).isBetween(answered * 40 / 100, answered * 70 / 100);
        // Accepted answers are replies by someone other than the asker, to questions.
        assertThat(count("select count(*) from forum_thread t join forum_post p on p.id = t.accepted_post_id "
                        + "where t.kind <> 'QUESTION' or p.opening or p.author_id = t.author_id "
                        + "or p.thread_id <> t.id"))
                .isZero();

        CurrentUser member = user(person(DemoAccounts.MEMBER));
        assertThat(threads.unanswered(member, null, Pageable.ofSize(10)).getTotalElements())
                .isGreaterThanOrEqualTo(10);
    }

    @Test
    void forumHistorySpreadsOverMonthsWithConsistentResponseTimes() {
        assertThat(count("select count(*) from forum_thread where created_at < now() - interval '90 days'"))
                .isPositive();
        assertThat(count("select count(*) from forum_thread where created_at > now() - interval '30 days'"))
                .isPositive();
        assertThat(count("select count(*) from forum_post where created_at > now()"))
                .isZero();
        // The derived times agree with the posts, as the forum itself would have stamped them.
        assertThat(count("select count(*) from forum_thread t where t.created_at <> "
                        + "(select created_at from forum_post where thread_id = t.id and opening) "
                        + "or t.last_activity_at <> (select max(created_at) from forum_post where thread_id = t.id) "
                        + "or t.first_reply_at is distinct from (select min(created_at) from forum_post "
                        + "  where thread_id = t.id and not opening and author_id <> t.author_id) "
                        + "or t.accepted_at < (select created_at from forum_post where id = t.accepted_post_id) "
                        + "or (t.accepted_post_id is null) <> (t.accepted_at is null)"))
                .isZero();
        assertThat(count("select count(*) from forum_post p join forum_post o on o.thread_id = p.thread_id "
                        + "and o.opening where not p.opening and p.created_at <= o.created_at"))
                .isZero();
        // Some questions are answered within a day, some take over a week.
        assertThat(count("select count(*) from forum_thread where first_reply_at - created_at < interval '1 day'"))
                .isPositive();
        assertThat(count("select count(*) from forum_thread where first_reply_at - created_at > interval '7 days'"))
                .isPositive();
    }

    @Test
    void theMemberSeesOrganisationBoardsAndTheirDepartmentsButNotTheRestrictedOne() {
        assertThat(boardNames(person(DemoAccounts.MEMBER)))
                .contains("Ask HR", "Digital and data", "Policy and Strategy team")
                .doesNotContain(
                        DemoForumsSeeder.RESTRICTED_BOARD, "Digital Services team", "Information rights casework");
        assertThat(boardNames(person(DemoAccounts.LEAD))).contains(DemoForumsSeeder.RESTRICTED_BOARD);

        CurrentUser member = user(person(DemoAccounts.MEMBER));
        assertThat(threads.unanswered(member, null, Pageable.ofSize(500)).getContent())
                .isNotEmpty()
                .noneMatch(t -> t.boardName().equals(DemoForumsSeeder.RESTRICTED_BOARD));
    }

    private List<String> boardNames(PersonSummary person) {
        return boards.visibleBoards(user(person), Pageable.ofSize(100)).getContent().stream()
                .map(BoardSummary::name)
                .toList();
    }

    private static CurrentUser user(PersonSummary p) {
        return new CurrentUser(p.id(), p.email(), p.displayName(), p.departmentId(), p.roles());
    }

    @Test
    void everyDepartmentHasALibraryBesideCommunitiesAndCorporatePolicies() {
        List<Long> withLibrary = jdbc.sql("select department_id from library where department_id is not null")
                .query(Long.class)
                .list();
        assertThat(people.departments()).allSatisfy(d -> assertThat(withLibrary).contains(d.id()));

        List<String> communities = jdbc.sql(
                        "select name from library where visibility = 'RESTRICTED' and department_id is null")
                .query(String.class)
                .list();
        assertThat(communities).contains("Data Champions Network", "FOI Practitioners", "Hybrid Working Pilot");
        // A community is people from several departments.
        long departmentsInFoiCommunity = count("""
                select count(distinct p.department_id) from library_member m
                join library l on l.id = m.library_id join person p on p.id = m.person_id
                where l.name = 'FOI Practitioners'""");
        assertThat(departmentsInFoiCommunity).isGreaterThanOrEqualTo(3);

        assertThat(jdbc.sql("select visibility from library where name = 'Corporate Policies'")
                        .query(String.class)
                        .single())
                .isEqualTo(Visibility.ORGANISATION.name());
    }

    @Test
    void aFewHundredDocumentsInEveryFormatAllWithTheirTextReadable() {
        assertThat(count("select count(*) from document")).isBetween(200L, 400L);
        assertThat(count("select count(*) from document where kind = 'PAGE'")).isGreaterThanOrEqualTo(5);
        // Every library has something in it.
        assertThat(count("select count(*) from library l where not exists "
                        + "(select 1 from document d where d.library_id = l.id)"))
                .isZero();

        List<FileRow> files = jdbc.sql("""
                select d.title, v.file_kind, v.extraction_status, v.extracted_text
                from document d join document_version v on v.document_id = d.id
                where d.kind = 'FILE'""").query(FileRow.class).list();
        assertThat(files.stream().map(FileRow::fileKind).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(FileKind.values()).map(Enum::name).toList());
        assertThat(files).allSatisfy(file -> {
            assertThat(file.extractionStatus()).as(file.title()).isEqualTo("EXTRACTED");
            String text = file.extractedText().toLowerCase(Locale.ROOT);
            for (String word : file.title().toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
                if (word.length() > 2) {
                    assertThat(text)
                            .as("%s (%s)", file.title(), file.fileKind())
                            .contains(word);
                }
            }
        });
        assertThat(files.stream().map(FileRow::title).distinct()).hasSize(files.size());
    }

    @Test
    void documentsAreInEveryStateOfReviewAndAFewAreSensitive() {
        List<String> statuses = jdbc.sql("select distinct status from document")
                .query(String.class)
                .list();
        assertThat(statuses).containsExactlyInAnyOrder("PUBLISHED", "VERIFIED", "DRAFT", "NEEDS_REVIEW", "OBSOLETE");
        assertThat(count("select count(*) from document where status = 'PUBLISHED'"))
                .isGreaterThan(count("select count(*) from document") / 2);

        LocalDate today = LocalDate.now();
        assertThat(jdbc.sql("select count(*) from document where review_by < ?")
                        .param(today)
                        .query(Long.class)
                        .single())
                .as("overdue for review")
                .isPositive();
        assertThat(jdbc.sql("select count(*) from document where review_by > ?")
                        .param(today)
                        .query(Long.class)
                        .single())
                .as("due for review later")
                .isPositive();

        long sensitive = count("select count(*) from document where classification = 'OFFICIAL_SENSITIVE'");
        assertThat(sensitive).isPositive().isLessThan(count("select count(*) from document") / 10);
        assertThat(count("select count(distinct tag) from document_tag")).isGreaterThanOrEqualTo(20);
    }

    @Test
    void theMemberSeesTheirDepartmentLibraryButNotACommunityTheyAreNotIn() {
        PersonSummary member = person(DemoAccounts.MEMBER);
        CurrentUser user = new CurrentUser(
                member.id(), member.email(), member.displayName(), member.departmentId(), member.roles());

        List<LibrarySummary> visible = libraries
                .visibleLibraries(user, LibrarySort.NAME, Pageable.ofSize(100))
                .getContent();

        List<String> names = visible.stream().map(LibrarySummary::name).toList();
        assertThat(names)
                .contains("Policy and Strategy library", "Corporate Policies", "Hybrid Working Pilot")
                .doesNotContain("FOI Practitioners", "Data Champions Network", "Digital Services library");
        assertThat(visible)
                .filteredOn(l -> l.name().equals("Policy and Strategy library"))
                .singleElement()
                .satisfies(l -> assertThat(l.documents()).isPositive());
    }

    record FileRow(String title, String fileKind, String extractionStatus, String extractedText) {}

    @Test
    void everyoneHasSkillsAtFittingLevelsWithEndorsementsBetweenColleagues() {
        assertThat(count("select count(*) from skill")).isBetween(35L, 50L);
        assertThat(count("select count(*) from skill_category")).isBetween(7L, 9L);
        assertThat(count("select count(*) from skill where category_id is null"))
                .isZero();
        List<Long> perPerson = jdbc.sql("select count(ps.skill_id) from person p "
                        + "left join person_skill ps on ps.person_id = p.id group by p.id")
                .query(Long.class)
                .list();
        assertThat(perPerson)
                .hasSize(everyone().size())
                .allSatisfy(n -> assertThat(n).isBetween(4L, 10L));
        assertThat(count("select count(*) from skill_endorsement")).isBetween(80L, 120L);
        assertThat(count("select count(*) from skill_endorsement e where not exists (select 1 from person_skill ps "
                        + "where ps.person_id = e.person_id and ps.skill_id = e.skill_id)"))
                .as("endorsements are of declared skills")
                .isZero();
        assertThat(count("select count(*) from expertise_profile where job_family is not null"))
                .isEqualTo(everyone().size());
        assertThat(count("select count(distinct person_id) from person_language"))
                .isGreaterThan(10);
        assertThat(count("select count(distinct person_id) from person_topic")).isGreaterThan(10);
        // The FOI officer is an expert in FOI; the statistician in statistics.
        assertThat(level("zainab.ali@agora.example", "Freedom of information")).isEqualTo(4);
        assertThat(level("callum.macleod@agora.example", "Statistics")).isEqualTo(4);
    }

    @Test
    void theTagsOfDemoDocumentsAndThreadsNameSkills() {
        for (String tag : DemoTopics.VOCABULARY) {
            assertThat(jdbc.sql("select count(*) from skill s where lower(s.name) = :tag or exists "
                                    + "(select 1 from skill_alias a where a.skill_id = s.id and lower(a.alias) = :tag)")
                            .param("tag", tag)
                            .query(Long.class)
                            .single())
                    .as(tag)
                    .isEqualTo(1);
        }
    }

    @Test
    void everyDepartmentAndTwoJobFamiliesHaveAFramework() {
        assertThat(count("select count(distinct department_id) from competency_framework"))
                .isEqualTo(people.departments().size());
        assertThat(count("select count(*) from competency_framework where department_id is null "
                        + "and job_family is not null"))
                .isEqualTo(2);
        List<Long> sizes = jdbc.sql("select count(*) from framework_skill group by framework_id")
                .query(Long.class)
                .list();
        assertThat(sizes)
                .hasSize((int) count("select count(*) from competency_framework"))
                .allSatisfy(n -> assertThat(n).isBetween(5L, 8L));
        assertThat(count("select count(*) from framework_skill where target_level not between 2 and 4 "
                        + "or importance not between 1 and 3"))
                .isZero();
        // Job-family frameworks apply to somebody.
        assertThat(count("select count(*) from competency_framework f where f.job_family is not null and not exists "
                        + "(select 1 from expertise_profile e where lower(e.job_family) = lower(f.job_family))"))
                .isZero();
    }

    @Test
    void theMemberHasAFewRealGapsAndTheLeadsDepartmentHasKnowledgeAtRisk() {
        PersonSummary member = person(DemoAccounts.MEMBER);
        long gaps = jdbc.sql("with target as (select fs.skill_id, max(fs.target_level) as level "
                        + "from framework_skill fs join competency_framework f on f.id = fs.framework_id "
                        + "where f.department_id = :department or lower(f.job_family) = "
                        + "(select lower(job_family) from expertise_profile where person_id = :person) "
                        + "group by fs.skill_id) "
                        + "select count(*) from target t left join person_skill ps "
                        + "on ps.skill_id = t.skill_id and ps.person_id = :person "
                        + "where coalesce(ps.level, 0) < t.level")
                .param("department", member.departmentId())
                .param("person", member.id())
                .query(Long.class)
                .single();
        assertThat(gaps).isBetween(3L, 5L);

        PersonSummary lead = person(DemoAccounts.LEAD);
        List<String> heldByOne = jdbc.sql("select s.name from person_skill ps "
                        + "join person p on p.id = ps.person_id and p.active join skill s on s.id = ps.skill_id "
                        + "where p.department_id = ? and ps.level >= 3 group by s.name having count(*) = 1")
                .param(lead.departmentId())
                .query(String.class)
                .list();
        assertThat(heldByOne).contains("Economic appraisal");
    }

    private Integer level(String email, String skill) {
        return jdbc.sql("select ps.level from person_skill ps join person p on p.id = ps.person_id "
                        + "join skill s on s.id = ps.skill_id where lower(p.email) = lower(?) and s.name = ?")
                .params(email, skill)
                .query(Integer.class)
                .single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private List<PersonSummary> everyone() {
        return people.directory("", null, true, Pageable.unpaged()).getContent();
    }

    private PersonSummary person(String email) {
        return everyone().stream()
                .filter(p -> p.email().equalsIgnoreCase(email))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no demo account " + email));
    }

    @Test
    void demoAccountsStartWithAFewUnreadNotificationsDatedAsWhatTheyTellOf() {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofMinutes(3))
                .untilAsserted(() -> assertThat(jdbc.sql(
                                        "select coalesce(max(unread), 0) from (select count(*) as unread from notification"
                                                + " where read_at is null group by recipient_id) counts")
                                .query(Long.class)
                                .single())
                        .isBetween(1L, 3L));
        // seeded months ago, told of as such: not all stamped at start-up
        assertThat(jdbc.sql("select count(*) from notification where created_at < now() - interval '1 day'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }
}
