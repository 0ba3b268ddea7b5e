package org.agorahub.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agorahub.expertise.ExpertiseApi;
import org.agorahub.expertise.SkillNeed;
import org.agorahub.expertise.SkillStanding;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.PersonSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo one mentoring programme, run by the curator sign-in, with mentors and mentees waiting so that a
 * matching round can be run on first run: the senior people offer the skills they know best; the member sign-in
 * asks for help with their three most pressing skill gaps, and a few junior colleagues ask for skills they are
 * still learning. Runs after the expertise seeder, only when there is no programme and the demo people exist; one
 * transaction, written as SQL (the mentoring services check who is asking, which a seeder is not).
 */
@Component
@Order(50)
@ConditionalOnBooleanProperty("agora.demo-data.enabled")
class DemoMentoringSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMentoringSeeder.class);

    static final String PROGRAMME = "Cross-department mentoring 2027";
    static final String[] FORMATS = {"EITHER", "REMOTE", "IN_PERSON"};

    private final JdbcClient jdbc;
    private final PeopleApi people;
    private final ExpertiseApi expertise;
    private final TransactionTemplate transactions;

    DemoMentoringSeeder(JdbcClient jdbc, PeopleApi people, ExpertiseApi expertise, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.people = people;
        this.expertise = expertise;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from mentoring_programme")
                        .query(Long.class)
                        .single()
                > 0) {
            log.info("Demo data is enabled but the database already has mentoring programmes: none seeded");
            return;
        }
        Map<String, PersonSummary> byName = DemoDataSeeder.demoPeople(people).orElse(null);
        if (byName == null) {
            log.info("Demo data is enabled but the demo people are not all there: no demo mentoring seeded");
            return;
        }
        int[] counts = transactions.execute(status -> seed(byName));
        log.info("Seeded demo mentoring: 1 programme, {} mentors and {} mentees waiting", counts[0], counts[1]);
    }

    private int[] seed(Map<String, PersonSummary> byName) {
        PersonSummary curator = byName.get("Priya Raman");
        LocalDate today = LocalDate.now();
        long programme = jdbc.sql("""
                insert into mentoring_programme (name, description, starts_on, ends_on, cross_department,
                    min_grade_gap, max_mentees_per_mentor, created_by)
                values (?, ?, ?, ?, 'PREFERRED', 1, 2, ?) returning id
                """)
                .params(
                        PROGRAMME,
                        "Six months of mentoring across departments: experienced colleagues share what they know "
                                + "with people building the same skills elsewhere in the organisation.",
                        today.minusDays(7),
                        today.plusMonths(6),
                        curator.id())
                .query(Long.class)
                .single();
        jdbc.sql("insert into mentoring_organiser (programme_id, person_id) values (?, ?)")
                .params(programme, curator.id())
                .update();

        List<PersonSummary> mentors = new ArrayList<>();
        List<PersonSummary> mentees = new ArrayList<>();
        for (DemoDataSeeder.DemoPerson demo : DemoDataSeeder.PEOPLE) {
            PersonSummary person = byName.get(demo.name());
            if (person.roles().contains(org.agorahub.people.Role.ADMIN) || person.id() == curator.id()) {
                continue;
            }
            if (person.grade() != null && person.grade() >= 6) {
                mentors.add(person);
            } else if (demo.email().equals(DemoAccounts.MEMBER) || mentees.size() < 7) {
                mentees.add(person);
            }
        }
        int offers = 0;
        for (int i = 0; i < mentors.size(); i++) {
            PersonSummary mentor = mentors.get(i);
            List<SkillStanding> strong = expertise.declaredSkills(mentor.id()).stream()
                    .filter(s -> s.level() >= 3)
                    .sorted(java.util.Comparator.comparingInt(SkillStanding::level)
                            .reversed())
                    .limit(4)
                    .toList();
            if (strong.isEmpty()) {
                continue;
            }
            String skills = String.join(
                    ", ", strong.stream().map(SkillStanding::skillName).toList());
            long offer = jdbc.sql("""
                    insert into mentor_offer (programme_id, person_id, capacity, hours_per_month, format, can_help_with)
                    values (?, ?, ?, ?, ?, ?) returning id
                    """)
                    .params(
                            programme,
                            mentor.id(),
                            mentor.grade() >= 7 ? 1 : 2,
                            2 + i % 3 * 2,
                            FORMATS[i % FORMATS.length],
                            "Happy to help with " + skills.toLowerCase(java.util.Locale.UK)
                                    + ": practical advice from real cases, reviewing drafts, and introductions to "
                                    + "the right people.")
                    .query(Long.class)
                    .single();
            for (SkillStanding skill : strong) {
                jdbc.sql("insert into mentor_offer_skill (offer_id, skill_id) values (?, ?)")
                        .params(offer, skill.skillId())
                        .update();
            }
            offers++;
        }
        int requests = 0;
        PersonSummary member = byName.values().stream()
                .filter(p -> p.email().equalsIgnoreCase(DemoAccounts.MEMBER))
                .findFirst()
                .orElseThrow();
        for (PersonSummary mentee : mentees) {
            List<long[]> wanted = new ArrayList<>(); // skill id, current level
            List<String> names = new ArrayList<>();
            for (SkillNeed need : expertise.gaps(mentee.id())) {
                if (wanted.size() < 3) {
                    wanted.add(new long[] {need.skillId(), need.current()});
                    names.add(need.skillName());
                }
            }
            if (wanted.isEmpty()) {
                for (SkillStanding standing : expertise.declaredSkills(mentee.id())) {
                    if (standing.level() <= 2 && wanted.size() < 2) {
                        wanted.add(new long[] {standing.skillId(), standing.level()});
                        names.add(standing.skillName());
                    }
                }
            }
            if (wanted.isEmpty()) {
                continue;
            }
            long request = jdbc.sql("""
                    insert into mentee_request (programme_id, person_id, goals, format, prefer_other_department)
                    values (?, ?, ?, 'EITHER', ?) returning id
                    """)
                    .params(
                            programme,
                            mentee.id(),
                            "I would like to become more confident in "
                                    + String.join(" and ", names).toLowerCase(java.util.Locale.UK)
                                    + ", with advice on real pieces of work and someone to review my drafts.",
                            // the member's story is the programme's point: help from another department
                            mentee.id() == member.id() || requests % 2 == 0)
                    .query(Long.class)
                    .single();
            for (long[] skill : wanted) {
                jdbc.sql("insert into mentee_request_skill (request_id, skill_id, current_level) values (?, ?, ?)")
                        .params(request, skill[0], (int) skill[1])
                        .update();
            }
            requests++;
        }
        return new int[] {offers, requests};
    }
}
