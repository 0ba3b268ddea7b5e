package org.agorahub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.agorahub.library.domain.FileKind;
import org.agorahub.library.domain.LibraryService;
import org.agorahub.library.domain.LibrarySort;
import org.agorahub.library.domain.LibrarySummary;
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

        seeder.run(new DefaultApplicationArguments());
        librariesSeeder.run(new DefaultApplicationArguments());

        assertThat(people.countPeople()).isEqualTo(peopleBefore);
        assertThat(people.departments()).hasSize(departmentsBefore);
        assertThat(count("select count(*) from library")).isEqualTo(librariesBefore);
        assertThat(count("select count(*) from document")).isEqualTo(documentsBefore);
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
}
