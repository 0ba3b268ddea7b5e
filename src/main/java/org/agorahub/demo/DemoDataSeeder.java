package org.agorahub.demo;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.NewPerson;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds a small UK-style public body (departments, about thirty people, one fixed sign-in per role) when the
 * database has no people at all, so a fresh install can be explored at once. Any existing person, a demo one or
 * a real one, means the organisation is not new and nothing is touched.
 */
@Component
// After InitialAdmin (order 0): a real deployment that configured its first admin but left demo data on then
// already has a person, and so never gets thirty accounts with a published password.
@Order(10)
@ConditionalOnBooleanProperty("agora.demo-data.enabled")
@EnableConfigurationProperties(DemoDataProperties.class)
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    static final String DIGITAL = "Department for Digital Services";
    static final String DATA = "Data and Analytics Unit";
    static final String FINANCE = "Finance and Procurement";
    static final String POLICY = "Policy and Strategy";
    static final String LEGAL = "Legal and Information Rights";
    static final String HR = "Human Resources";
    static final String COMMS = "Communications";

    /** Parents before children, so a child can look up its parent's id. */
    static final List<DemoDepartment> DEPARTMENTS = List.of(
            new DemoDepartment(DIGITAL, null),
            new DemoDepartment(DATA, DIGITAL),
            new DemoDepartment(FINANCE, null),
            new DemoDepartment(POLICY, null),
            new DemoDepartment(LEGAL, null),
            new DemoDepartment(HR, null),
            new DemoDepartment(COMMS, null));

    /**
     * One department lead per department, a few curators, the rest members. The curator, lead and member
     * sign-ins share Policy and Strategy so that the lead's dashboards show the other two's activity.
     */
    static final List<DemoPerson> PEOPLE = List.of(
            DemoPerson.account(DemoAccounts.ADMIN, "Amira Okafor", "Platform Administrator", DIGITAL, Role.ADMIN),
            DemoPerson.account(DemoAccounts.CURATOR, "Priya Raman", "Knowledge Manager", POLICY, Role.CURATOR),
            DemoPerson.account(
                    DemoAccounts.LEAD, "Gareth Llewellyn", "Head of Policy and Strategy", POLICY, Role.DEPARTMENT_LEAD),
            DemoPerson.account(DemoAccounts.MEMBER, "Sam Whitaker", "Policy Adviser", POLICY),
            DemoPerson.of("Aisha Rahman", "Senior Policy Adviser", POLICY),
            DemoPerson.of("Benjamin Clarke", "Strategy Analyst", POLICY),
            DemoPerson.of("Daniel Mensah", "Head of Digital Services", DIGITAL, Role.DEPARTMENT_LEAD),
            DemoPerson.of("Chloe Fitzgerald", "User Researcher", DIGITAL),
            DemoPerson.of("Oluwaseun Adeyemi", "Senior Software Developer", DIGITAL),
            DemoPerson.of("Hannah Kowalski", "Delivery Manager", DIGITAL),
            DemoPerson.of("Rajesh Patel", "Head of Data and Analytics", DATA, Role.DEPARTMENT_LEAD),
            DemoPerson.of("Emily Zhang", "Data Analyst", DATA),
            DemoPerson.of("Callum MacLeod", "Statistician", DATA),
            DemoPerson.of("Fatima Hussain", "Data Engineer", DATA),
            DemoPerson.of("Margaret O'Neill", "Head of Finance and Procurement", FINANCE, Role.DEPARTMENT_LEAD),
            DemoPerson.of("Kwame Asante", "Procurement Officer", FINANCE),
            DemoPerson.of("Laura Jenkins", "Management Accountant", FINANCE),
            DemoPerson.of("Dylan Price", "Commercial Contracts Manager", FINANCE),
            DemoPerson.of("Siobhan Gallagher", "Head of Legal and Information Rights", LEGAL, Role.DEPARTMENT_LEAD),
            DemoPerson.of("Marcus Thompson", "Information Rights Manager", LEGAL, Role.CURATOR),
            DemoPerson.of("Zainab Ali", "FOI Officer", LEGAL),
            DemoPerson.of("Eleanor Hughes", "Data Protection Officer", LEGAL),
            DemoPerson.of("Jonathan Reid", "Senior Government Lawyer", LEGAL),
            DemoPerson.of("Nadia Begum", "Head of Human Resources", HR, Role.DEPARTMENT_LEAD),
            DemoPerson.of("Owen Davies", "HR Business Partner", HR),
            DemoPerson.of("Grace Ogunleye", "Learning and Development Lead", HR, Role.CURATOR),
            DemoPerson.of("Michael Byrne", "Recruitment Adviser", HR),
            DemoPerson.of("Catherine Lloyd", "Head of Communications", COMMS, Role.DEPARTMENT_LEAD),
            DemoPerson.of("Ravi Sharma", "Internal Communications Officer", COMMS, Role.CURATOR),
            DemoPerson.of("Isla Robertson", "Content Designer", COMMS),
            DemoPerson.of("Joseph Nwosu", "Press Officer", COMMS));

    private final PeopleApi people;
    private final DemoDataProperties properties;

    DemoDataSeeder(PeopleApi people, DemoDataProperties properties) {
        this.people = people;
        this.properties = properties;
    }

    /** One transaction, so a failure half-way leaves no people behind and the next start seeds again. */
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (people.countPeople() == 0) {
            seed();
            log.info("Seeded the demo organisation: {} departments, {} people", DEPARTMENTS.size(), PEOPLE.size());
        } else {
            log.info("Demo data is enabled but the database already has people: nothing seeded");
        }
        // A password somebody chose deliberately is not repeated in the logs; the published default is.
        String password = DemoAccounts.PASSWORD_DEFAULT.equals(properties.password())
                ? "password '" + properties.password() + "'"
                : "the password in agora.demo-data.password";
        log.info(
                "Demo sign-in ({}): {} (admin), {} (curator), {} (department lead), {} (member)",
                password,
                DemoAccounts.ADMIN,
                DemoAccounts.CURATOR,
                DemoAccounts.LEAD,
                DemoAccounts.MEMBER);
    }

    private void seed() {
        // Departments may exist without people (created, then everyone removed); reuse them rather than fail on
        // the unique name.
        Map<String, Long> ids = new HashMap<>();
        for (DepartmentSummary existing : people.departments()) {
            ids.put(existing.name().toLowerCase(Locale.ROOT), existing.id());
        }
        for (DemoDepartment department : DEPARTMENTS) {
            String key = department.name().toLowerCase(Locale.ROOT);
            if (!ids.containsKey(key)) {
                Long parentId = department.parent() == null
                        ? null
                        : ids.get(department.parent().toLowerCase(Locale.ROOT));
                ids.put(
                        key,
                        people.createDepartment(department.name(), parentId).id());
            }
        }
        for (DemoPerson person : PEOPLE) {
            people.createPerson(new NewPerson(
                    person.email(),
                    person.name(),
                    person.jobTitle(),
                    ids.get(person.department().toLowerCase(Locale.ROOT)),
                    person.roles(),
                    properties.password(),
                    grade(person.jobTitle()),
                    location(person.department(), person.name())));
        }
    }

    /**
     * A believable grade on the default scale (see {@code agora.people.grades}) from the job title: heads of
     * department Grade 6; senior, lead and manager roles, statisticians and lawyers Grade 7; analysts and advisers SEO;
     * officers and others HEO.
     */
    static int grade(String jobTitle) {
        if (jobTitle.startsWith("Head of")) {
            return 7;
        }
        if (jobTitle.startsWith("Senior") || jobTitle.contains("Lead") || jobTitle.contains("Manager")) {
            return 6;
        }
        if (jobTitle.equals("Statistician") || jobTitle.contains("Lawyer")) {
            return 6;
        }
        if (jobTitle.contains("Analyst") || jobTitle.contains("Adviser")) {
            return 5;
        }
        return 4;
    }

    /** Where they work: most of a department in one office, one in three in the other. */
    static String location(String department, String name) {
        String[] offices = department.equals(DIGITAL) || department.equals(DATA)
                ? new String[] {"Manchester", "Newport"}
                : new String[] {"London", "Cardiff"};
        return offices[Math.floorMod(name.hashCode(), 3) == 0 ? 1 : 0];
    }

    record DemoDepartment(String name, String parent) {}

    record DemoPerson(String email, String name, String jobTitle, String department, Set<Role> roles) {

        /** A fixed sign-in from {@link DemoAccounts}. */
        static DemoPerson account(String email, String name, String jobTitle, String department, Role... roles) {
            // Every person is a member; stated here rather than relying on the people module to add it.
            Set<Role> all = EnumSet.of(Role.MEMBER);
            all.addAll(List.of(roles));
            return new DemoPerson(email, name, jobTitle, department, Set.copyOf(all));
        }

        /** Anyone else: firstname.lastname@agora.example. */
        static DemoPerson of(String name, String jobTitle, String department, Role... roles) {
            String local = name.toLowerCase(Locale.ROOT).replace("'", "").replace(' ', '.');
            return account(local + "@agora.example", name, jobTitle, department, roles);
        }
    }

    /**
     * The demo people as accounts, by name, for the seeders that come after this one; empty unless every one of
     * them exists and is active (a database seeded by hand, or changed since, gets no demo content).
     */
    static Optional<Map<String, PersonSummary>> demoPeople(PeopleApi people) {
        Map<String, PersonSummary> byName = new HashMap<>();
        for (DemoPerson person : PEOPLE) {
            people.findByEmail(person.email())
                    .filter(PersonSummary::active)
                    .ifPresent(p -> byName.put(person.name(), p));
        }
        return byName.size() == PEOPLE.size() ? Optional.of(byName) : Optional.empty();
    }
}
