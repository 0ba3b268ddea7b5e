package org.agorahub.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.agorahub.demo.DemoDocuments.Format;
import org.agorahub.demo.DemoDocuments.Generated;
import org.agorahub.demo.DemoDocuments.Kind;
import org.agorahub.demo.DemoTopics.Topic;
import org.agorahub.library.Classification;
import org.agorahub.library.DocumentStatus;
import org.agorahub.library.LibraryApi;
import org.agorahub.library.LibraryRole;
import org.agorahub.library.NewDocument;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.Visibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills the demo organisation's libraries: one per department, three cross-department communities of named members
 * and an organisation-wide "Corporate Policies", with a few hundred documents in every accepted format, uploaded by
 * their owners through the library module like any upload (so their text is extracted and they are searchable).
 *
 * <p>Runs after the people are seeded, and only when there are no libraries at all and the demo people exist. Each
 * library and each document is its own transaction (an upload reads its text outside any transaction), so a start
 * stopped half-way keeps what was made and, finding libraries, adds nothing on the next start.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty("agora.demo-data.enabled")
class DemoLibrariesSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLibrariesSeeder.class);

    /** Same seed, same documents (dates are relative to the day of seeding). */
    static final long SEED = 20_261_123L;

    static final int DEPARTMENT_DOCUMENTS = 28;
    static final int COMMUNITY_DOCUMENTS = 15;
    static final int CORPORATE_DOCUMENTS = 24;

    private static final List<Kind> COMMUNITY_KINDS = List.of(
            Kind.MINUTES,
            Kind.MINUTES,
            Kind.GUIDANCE,
            Kind.HOW_TO,
            Kind.FAQ,
            Kind.BRIEFING,
            Kind.REPORT,
            Kind.REGISTER);
    private static final List<Kind> CORPORATE_KINDS = List.of(
            Kind.POLICY, Kind.POLICY, Kind.POLICY, Kind.GUIDANCE, Kind.GUIDANCE, Kind.FAQ, Kind.TEMPLATE, Kind.REPORT);

    /** A department's library: its name and description, visible to the department, and what it is about. */
    record DepartmentLibrary(String department, String name, String description, List<Topic> topics) {}

    /** A community of named people from several departments, started by the first. */
    record Community(String name, String description, String creator, List<String> members, List<Topic> topics) {}

    static final List<DepartmentLibrary> DEPARTMENT_LIBRARIES = List.of(
            new DepartmentLibrary(
                    DemoDataSeeder.DIGITAL,
                    "Digital Services library",
                    "How the digital teams work: the Service Standard, accessibility, security incidents and "
                            + "onboarding into the team.",
                    List.of(DemoTopics.SERVICE, DemoTopics.ACCESSIBILITY, DemoTopics.INCIDENTS, DemoTopics.ONBOARDING)),
            new DepartmentLibrary(
                    DemoDataSeeder.DATA,
                    "Data and Analytics library",
                    "Data quality, statistics, evaluation and the data protection side of analysis.",
                    List.of(DemoTopics.DATA_QUALITY, DemoTopics.DATA_PROTECTION, DemoTopics.POLICY_MAKING)),
            new DepartmentLibrary(
                    DemoDataSeeder.FINANCE,
                    "Finance and Procurement library",
                    "Procurement routes, framework agreements, contracts and monthly budget monitoring.",
                    List.of(DemoTopics.PROCUREMENT, DemoTopics.BUDGET)),
            new DepartmentLibrary(
                    DemoDataSeeder.POLICY,
                    "Policy and Strategy library",
                    "Policy development, submissions, evaluation, stakeholder engagement and consultations.",
                    List.of(DemoTopics.POLICY_MAKING, DemoTopics.STAKEHOLDERS, DemoTopics.RECORDS)),
            new DepartmentLibrary(
                    DemoDataSeeder.LEGAL,
                    "Legal and Information Rights library",
                    "Freedom of Information, data protection and records management: casework guidance and logs.",
                    List.of(DemoTopics.FOI, DemoTopics.DATA_PROTECTION, DemoTopics.RECORDS)),
            new DepartmentLibrary(
                    DemoDataSeeder.HR,
                    "Human Resources library",
                    "Hybrid working, onboarding, probation and learning: guidance and forms for managers and staff.",
                    List.of(DemoTopics.HYBRID, DemoTopics.ONBOARDING)),
            new DepartmentLibrary(
                    DemoDataSeeder.COMMS,
                    "Communications library",
                    "Internal communications, content design, accessibility of what we publish and engagement plans.",
                    List.of(DemoTopics.COMMS, DemoTopics.STAKEHOLDERS, DemoTopics.ACCESSIBILITY)));

    // The member sign-in (Sam Whitaker) is in the Hybrid Working Pilot only, so the demo shows a community it can
    // open and two it cannot see at all.
    static final List<Community> COMMUNITIES = List.of(
            new Community(
                    "Data Champions Network",
                    "Data champions from every team: data quality, data protection and looking after records.",
                    "Rajesh Patel",
                    List.of(
                            "Emily Zhang",
                            "Callum MacLeod",
                            "Fatima Hussain",
                            "Eleanor Hughes",
                            "Chloe Fitzgerald",
                            "Laura Jenkins",
                            "Benjamin Clarke",
                            "Owen Davies",
                            "Isla Robertson"),
                    List.of(DemoTopics.DATA_QUALITY, DemoTopics.DATA_PROTECTION, DemoTopics.RECORDS)),
            new Community(
                    "FOI Practitioners",
                    "FOI coordinators across the organisation: casework, exemptions and the request log.",
                    "Marcus Thompson",
                    List.of(
                            "Zainab Ali",
                            "Eleanor Hughes",
                            "Jonathan Reid",
                            "Kwame Asante",
                            "Hannah Kowalski",
                            "Aisha Rahman",
                            "Ravi Sharma",
                            "Michael Byrne"),
                    List.of(DemoTopics.FOI, DemoTopics.RECORDS, DemoTopics.DATA_PROTECTION)),
            new Community(
                    "Hybrid Working Pilot",
                    "Teams trying out new working patterns: team agreements, attendance data and what we learned.",
                    "Nadia Begum",
                    List.of(
                            "Owen Davies",
                            "Grace Ogunleye",
                            "Sam Whitaker",
                            "Gareth Llewellyn",
                            "Hannah Kowalski",
                            "Laura Jenkins",
                            "Joseph Nwosu",
                            "Emily Zhang"),
                    List.of(DemoTopics.HYBRID, DemoTopics.ONBOARDING, DemoTopics.INCIDENTS)));

    static final String CORPORATE_POLICIES = "Corporate Policies";

    private final PeopleApi people;
    private final LibraryApi libraries;

    DemoLibrariesSeeder(PeopleApi people, LibraryApi libraries) {
        this.people = people;
        this.libraries = libraries;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (libraries.countLibraries() > 0) {
            log.info("Demo data is enabled but the database already has libraries: no demo libraries seeded");
            return;
        }
        Map<String, PersonSummary> byName = DemoDataSeeder.demoPeople(people).orElse(null);
        if (byName == null) {
            log.info("Demo data is enabled but the demo people are not all there: no demo libraries seeded");
            return;
        }
        long started = System.nanoTime();
        Tally tally = new Seeding(byName, LocalDate.now()).seed();
        log.info(
                "Seeded demo libraries in {} s: {} libraries ({} department, {} communities, 1 organisation-wide), "
                        + "{} documents ({} files in {} formats, {} pages, {} KB)",
                String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9),
                tally.libraries,
                DEPARTMENT_LIBRARIES.size(),
                COMMUNITIES.size(),
                tally.files + tally.pages,
                tally.files,
                tally.formats.size(),
                tally.pages,
                tally.bytes / 1024);
    }

    private static final class Tally {
        int libraries;
        int files;
        int pages;
        long bytes;
        final Set<Format> formats = EnumSet.noneOf(Format.class);
    }

    /** One run of seeding, with its random choices and its counts. */
    private final class Seeding {

        private final Map<String, PersonSummary> byName;
        private final LocalDate today;
        private final DemoDocuments documents;
        private final Random random = new Random(SEED);
        private final Tally tally = new Tally();

        Seeding(Map<String, PersonSummary> byName, LocalDate today) {
            this.byName = byName;
            this.today = today;
            this.documents = new DemoDocuments(SEED, today);
        }

        Tally seed() {
            Map<String, Long> departments = new HashMap<>();
            for (DepartmentSummary department : people.departments()) {
                departments.put(department.name(), department.id());
            }
            for (DepartmentLibrary library : DEPARTMENT_LIBRARIES) {
                long departmentId = departments.get(library.department());
                List<PersonSummary> staff = byName.values().stream()
                        .filter(p -> p.departmentId() == departmentId)
                        .sorted((a, b) -> a.displayName().compareTo(b.displayName()))
                        .toList();
                PersonSummary lead = staff.stream()
                        .filter(p -> p.roles().contains(Role.DEPARTMENT_LEAD))
                        .findFirst()
                        .orElseThrow();
                long id = libraries.createLibrary(
                        user(lead), library.name(), library.description(), departmentId, Visibility.DEPARTMENT);
                tally.libraries++;
                fill(id, lead, staff, library.topics(), List.of(Kind.values()), DEPARTMENT_DOCUMENTS, true);
            }
            for (Community community : COMMUNITIES) {
                PersonSummary creator = byName.get(community.creator());
                long id = libraries.createLibrary(
                        user(creator), community.name(), community.description(), null, Visibility.RESTRICTED);
                tally.libraries++;
                List<PersonSummary> members = new ArrayList<>(List.of(creator));
                for (String name : community.members()) {
                    PersonSummary member = byName.get(name);
                    libraries.setMember(user(creator), id, member.id(), LibraryRole.CONTRIBUTOR);
                    members.add(member);
                }
                fill(id, creator, members, community.topics(), COMMUNITY_KINDS, COMMUNITY_DOCUMENTS, true);
            }
            PersonSummary admin = byName.values().stream()
                    .filter(p -> p.email().equals(DemoAccounts.ADMIN))
                    .findFirst()
                    .orElseThrow();
            long corporate = libraries.createLibrary(
                    user(admin),
                    CORPORATE_POLICIES,
                    "The policies every member of staff follows, with the guidance and forms that go with them.",
                    null,
                    Visibility.ORGANISATION);
            tally.libraries++;
            // Leads write policies for their areas; curators and the admin manage every library anyway.
            List<PersonSummary> authors = new ArrayList<>(List.of(admin));
            for (PersonSummary person : sorted(byName.values())) {
                if (person.roles().contains(Role.DEPARTMENT_LEAD)) {
                    libraries.setMember(user(admin), corporate, person.id(), LibraryRole.CONTRIBUTOR);
                    authors.add(person);
                } else if (person.roles().contains(Role.CURATOR)) {
                    authors.add(person);
                }
            }
            fill(corporate, admin, authors, DemoTopics.ALL, CORPORATE_KINDS, CORPORATE_DOCUMENTS, false);
            return tally;
        }

        /**
         * Uploads {@code count} documents and writes one Markdown how-to page, each as one of the authors; the
         * documents meant to be verified are verified by the library's manager, as in real life.
         */
        private void fill(
                long libraryId,
                PersonSummary manager,
                List<PersonSummary> authors,
                List<Topic> topics,
                List<Kind> kinds,
                int count,
                boolean mayBeSensitive) {
            List<String> names =
                    authors.stream().map(PersonSummary::displayName).toList();
            for (int i = 0; i < count; i++) {
                Generated document = documents.next(topics, kinds, names);
                PersonSummary owner = DemoTopics.pick(random, authors);
                byte[] content = document.bytes();
                NewDocument details = details(document, mayBeSensitive);
                boolean verified = details.status() == DocumentStatus.VERIFIED;
                long id = libraries.uploadDocument(
                        user(owner), libraryId, document.fileName(), content, verified ? published(details) : details);
                if (verified) {
                    libraries.verify(user(manager), id);
                }
                tally.files++;
                tally.bytes += content.length;
                tally.formats.add(document.format());
            }
            Generated howTo = documents.next(DemoTopics.pick(random, topics), Kind.HOW_TO, Format.MARKDOWN, names);
            libraries.createPage(
                    user(DemoTopics.pick(random, authors)),
                    libraryId,
                    DemoDocuments.markdown(howTo.content()),
                    published(details(howTo, false)));
            tally.pages++;
        }

        /**
         * Mostly published; some verified, drafts, due for review or obsolete; a few sensitive. Review dates: some
         * overdue, most in the coming year; none for drafts, obsolete documents and minutes.
         */
        private NewDocument details(Generated document, boolean mayBeSensitive) {
            DocumentStatus status = status(random.nextInt(100));
            LocalDate reviewBy = switch (status) {
                case DRAFT, OBSOLETE -> null;
                case NEEDS_REVIEW -> today.minusDays(1 + random.nextInt(120));
                case VERIFIED -> today.plusDays(60 + random.nextInt(300));
                case PUBLISHED ->
                    random.nextInt(4) == 0
                            ? today.minusDays(1 + random.nextInt(200))
                            : today.plusDays(14 + random.nextInt(500));
            };
            if (document.kind() == Kind.MINUTES) {
                reviewBy = null;
            }
            Classification classification = mayBeSensitive && random.nextInt(100) < 5
                    ? Classification.OFFICIAL_SENSITIVE
                    : Classification.OFFICIAL;
            return new NewDocument(
                    document.title(), document.description(), document.tags(), classification, status, reviewBy);
        }
    }

    private static NewDocument published(NewDocument details) {
        return new NewDocument(
                details.title(),
                details.description(),
                details.tags(),
                details.classification(),
                DocumentStatus.PUBLISHED,
                details.reviewBy());
    }

    /** 60% published, 15% verified, 10% drafts, 10% due for review, 5% obsolete. */
    private static DocumentStatus status(int percentile) {
        if (percentile < 60) {
            return DocumentStatus.PUBLISHED;
        }
        if (percentile < 75) {
            return DocumentStatus.VERIFIED;
        }
        if (percentile < 85) {
            return DocumentStatus.DRAFT;
        }
        return percentile < 95 ? DocumentStatus.NEEDS_REVIEW : DocumentStatus.OBSOLETE;
    }

    private static List<PersonSummary> sorted(Iterable<PersonSummary> people) {
        List<PersonSummary> list = new ArrayList<>();
        people.forEach(list::add);
        list.sort((a, b) -> a.displayName().compareTo(b.displayName()));
        return list;
    }

    private static CurrentUser user(PersonSummary p) {
        return new CurrentUser(p.id(), p.email(), p.displayName(), p.departmentId(), p.roles());
    }
}
