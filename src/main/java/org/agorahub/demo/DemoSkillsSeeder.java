package org.agorahub.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.agorahub.expertise.PeopleIndex;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.PersonSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo organisation its expertise: a taxonomy of public-sector skills whose names and aliases are the tags
 * the demo libraries and forums use (so documents and threads count as evidence), each demo person's skills at
 * levels that fit their job, about a hundred endorsements between colleagues, languages, topics and job families,
 * and a competency framework per department plus two for job families.
 *
 * <p>The figures are chosen so the first run tells a story: the member sign-in (a policy adviser) has a handful of
 * real gaps against the Policy and Strategy and "Policy profession" frameworks, and economic appraisal in the lead's
 * department rests on one strategy analyst.
 *
 * <p>Runs after the other seeders, only when there are no skills at all and the demo people exist; everything in one
 * transaction, written as SQL (the expertise module's own services check who is asking, which a seeder is not).
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty("agora.demo-data.enabled")
class DemoSkillsSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSkillsSeeder.class);

    /** Same seed, same endorsements. */
    static final long SEED = 20_261_123L;

    /** How many endorsements the demo people give each other. */
    static final int ENDORSEMENTS = 100;

    static final String POLICY_PROFESSION = "Policy profession";
    static final String DIGITAL_AND_DATA = "Digital and data";

    record DemoSkill(String name, String category, String description, List<String> aliases) {}

    static final String COMMERCIAL = "Commercial and finance";
    static final String INFORMATION = "Legal and information rights";
    static final String ANALYSIS = "Data and analysis";
    static final String TECHNOLOGY = "Digital and technology";
    static final String STRATEGY = "Policy and strategy";
    static final String ENGAGEMENT = "Communications and engagement";
    static final String PEOPLE_HR = "People and HR";
    static final String LEADERSHIP = "Leadership and delivery";

    static final List<DemoSkill> SKILLS = List.of(
            skill(
                    "Procurement",
                    COMMERCIAL,
                    "Buying goods and services under the procurement rules, from quotes to "
                            + "open competitions and framework call-offs.",
                    "purchasing",
                    "tendering",
                    "public procurement"),
            skill(
                    "Contract management",
                    COMMERCIAL,
                    "Running contracts after award: performance, variations, " + "supplier relationships and exit.",
                    "contracts",
                    "supplier management"),
            skill(
                    "Commercial awareness",
                    COMMERCIAL,
                    "Understanding markets, suppliers and value for money.",
                    "commercial",
                    "commercial acumen"),
            skill(
                    "Financial management",
                    COMMERCIAL,
                    "Budgets, forecasts, accruals and financial controls.",
                    "finance",
                    "budget",
                    "budgeting",
                    "forecasting"),
            skill(
                    "Business cases",
                    COMMERCIAL,
                    "Writing and assuring business cases with the five case model.",
                    "business case",
                    "five case model",
                    "green book"),
            skill(
                    "Freedom of information",
                    INFORMATION,
                    "Handling requests under the Freedom of Information Act "
                            + "and the EIR: searches, exemptions, public interest tests and internal reviews.",
                    "foi",
                    "foia",
                    "eir",
                    "information rights"),
            skill(
                    "Data protection",
                    INFORMATION,
                    "Applying UK GDPR and the Data Protection Act 2018: lawful bases, "
                            + "rights requests, breaches and sharing.",
                    "uk gdpr",
                    "gdpr",
                    "data protection act"),
            skill(
                    "Data protection impact assessment",
                    INFORMATION,
                    "Screening and writing DPIAs and advising " + "projects on privacy risks.",
                    "dpia",
                    "privacy impact assessment"),
            skill(
                    "Records management",
                    INFORMATION,
                    "File plans, retention schedules and disposal of records.",
                    "retention",
                    "records retention",
                    "file plan"),
            skill(
                    "Transparency and open data",
                    INFORMATION,
                    "Publishing data and information proactively.",
                    "transparency",
                    "open data"),
            skill(
                    "Legal advice",
                    INFORMATION,
                    "Advising on the law and drafting legal documents.",
                    "legal",
                    "legal drafting"),
            skill(
                    "Data analysis",
                    ANALYSIS,
                    "Turning data into answers: cleaning, analysing and explaining it.",
                    "data",
                    "analysis",
                    "data analytics"),
            skill(
                    "Statistics",
                    ANALYSIS,
                    "Statistical methods and producing official statistics.",
                    "statistical analysis",
                    "official statistics"),
            skill(
                    "Data quality",
                    ANALYSIS,
                    "Measuring and improving completeness, timeliness and validity of data.",
                    "data cleansing",
                    "quality assurance of data"),
            skill(
                    "Data engineering",
                    ANALYSIS,
                    "Building and running data pipelines and stores.",
                    "etl",
                    "data pipelines"),
            skill(
                    "Data visualisation",
                    ANALYSIS,
                    "Charts and dashboards that people understand.",
                    "dashboards",
                    "data viz"),
            skill("Python", ANALYSIS, "Programming in Python for analysis and automation.", "python programming"),
            skill("SQL", ANALYSIS, "Querying and modelling relational databases.", "postgresql", "databases"),
            skill(
                    "Digital service delivery",
                    TECHNOLOGY,
                    "Delivering digital services in agile teams from discovery " + "to live.",
                    "digital",
                    "agile delivery",
                    "service delivery"),
            skill(
                    "Service standard",
                    TECHNOLOGY,
                    "Meeting the Service Standard and preparing for assessments.",
                    "service assessment",
                    "gds service standard"),
            skill(
                    "User research",
                    TECHNOLOGY,
                    "Planning and running research with the people who use services.",
                    "usability testing",
                    "ur"),
            skill(
                    "Accessibility",
                    TECHNOLOGY,
                    "Making services and content work for everyone (WCAG 2.1 AA).",
                    "wcag",
                    "digital accessibility",
                    "a11y"),
            skill(
                    "Cyber security",
                    TECHNOLOGY,
                    "Protecting systems and information from threats.",
                    "security",
                    "information security",
                    "infosec"),
            skill(
                    "Incident management",
                    TECHNOLOGY,
                    "Responding to and learning from service and security " + "incidents.",
                    "incident response",
                    "major incidents"),
            skill(
                    "Software development",
                    TECHNOLOGY,
                    "Designing, writing and testing software.",
                    "programming",
                    "coding",
                    "java"),
            skill(
                    "Policy development",
                    STRATEGY,
                    "Designing policy from evidence, options and advice to ministers.",
                    "policy",
                    "policy making",
                    "policy design"),
            skill(
                    "Evaluation",
                    STRATEGY,
                    "Planning and running evaluations of policies and programmes.",
                    "policy evaluation",
                    "magenta book",
                    "impact evaluation"),
            skill(
                    "Economic appraisal",
                    STRATEGY,
                    "Cost-benefit analysis and appraisal of options.",
                    "economics",
                    "cost-benefit analysis",
                    "appraisal"),
            skill(
                    "Ministerial submissions",
                    STRATEGY,
                    "Writing clear submissions and briefings for ministers.",
                    "submissions",
                    "ministerial briefing",
                    "briefing"),
            skill(
                    "Governance and assurance",
                    STRATEGY,
                    "Boards, controls, risk registers and assurance.",
                    "governance",
                    "assurance",
                    "risk management"),
            skill(
                    "Equality impact assessment",
                    STRATEGY,
                    "Assessing the effect of policies on people with " + "protected characteristics.",
                    "eqia",
                    "equality analysis",
                    "public sector equality duty"),
            skill(
                    "Stakeholder engagement",
                    ENGAGEMENT,
                    "Mapping stakeholders and working with them.",
                    "stakeholders",
                    "stakeholder management"),
            skill(
                    "Public consultation",
                    ENGAGEMENT,
                    "Running consultations and analysing responses.",
                    "consultation",
                    "consultations"),
            skill(
                    "Internal communications",
                    ENGAGEMENT,
                    "Telling staff what they need to know, in the right way.",
                    "communications",
                    "comms",
                    "staff engagement"),
            skill(
                    "Media relations",
                    ENGAGEMENT,
                    "Press releases, lines to take and handling the media.",
                    "press office",
                    "media handling",
                    "press"),
            skill(
                    "Content design",
                    ENGAGEMENT,
                    "Writing content people understand and can act on.",
                    "plain english",
                    "content",
                    "writing for the web"),
            skill(
                    "HR policy and casework",
                    PEOPLE_HR,
                    "Applying HR policies and handling employee relations cases.",
                    "hr",
                    "employee relations",
                    "casework"),
            skill(
                    "Recruitment",
                    PEOPLE_HR,
                    "Running fair, open recruitment campaigns.",
                    "hiring",
                    "recruitment campaigns"),
            skill(
                    "Learning and development",
                    PEOPLE_HR,
                    "Designing and running learning for staff.",
                    "learning",
                    "training",
                    "l&d"),
            skill(
                    "Onboarding and induction",
                    PEOPLE_HR,
                    "Welcoming new starters and getting them effective.",
                    "onboarding",
                    "induction",
                    "new starters"),
            skill(
                    "Staff wellbeing",
                    PEOPLE_HR,
                    "Supporting wellbeing and mental health at work.",
                    "wellbeing",
                    "mental health first aid"),
            skill(
                    "Hybrid and flexible working",
                    PEOPLE_HR,
                    "Making hybrid and flexible working work for teams.",
                    "hybrid working",
                    "flexible working"),
            skill(
                    "Project management",
                    LEADERSHIP,
                    "Planning and controlling projects to deliver on time.",
                    "project delivery",
                    "prince2"),
            skill(
                    "Line management",
                    LEADERSHIP,
                    "Managing people: objectives, feedback, development and " + "wellbeing.",
                    "people management",
                    "managing people"),
            skill(
                    "Change management",
                    LEADERSHIP,
                    "Leading organisational change people can follow.",
                    "organisational change",
                    "transformation"),
            skill(
                    "Coaching and mentoring",
                    LEADERSHIP,
                    "Helping colleagues grow through coaching and mentoring.",
                    "coaching",
                    "mentoring"));

    /**
     * A demo person's expertise.
     *
     * @param skills "Skill name level; ..." with levels 1 aware to 4 expert
     * @param languages comma-separated, or empty
     * @param topics "happy to be asked about", separated by "|", or empty
     */
    record DemoExpertise(String person, String jobFamily, String skills, String languages, String topics) {}

    static final List<DemoExpertise> EXPERTISE = List.of(
            new DemoExpertise(
                    "Amira Okafor",
                    DIGITAL_AND_DATA,
                    "Software development 3; Cyber security 3; "
                            + "Incident management 3; SQL 3; Digital service delivery 2; Accessibility 1",
                    "English, Igbo",
                    "Getting access to Agora|Setting up a library"),
            new DemoExpertise(
                    "Priya Raman",
                    "Knowledge and information management",
                    "Records management 4; "
                            + "Governance and assurance 3; Content design 3; Learning and development 2; "
                            + "Stakeholder engagement 3; Policy development 2",
                    "English, Tamil",
                    "Finding guidance on the intranet|Tagging documents well"),
            new DemoExpertise(
                    "Gareth Llewellyn",
                    POLICY_PROFESSION,
                    "Policy development 4; Ministerial submissions 4; "
                            + "Stakeholder engagement 4; Line management 4; Governance and assurance 3; Economic appraisal 2; "
                            + "Change management 3; Evaluation 2",
                    "English, Welsh",
                    "Clearing a submission quickly"),
            new DemoExpertise(
                    "Sam Whitaker",
                    POLICY_PROFESSION,
                    "Policy development 3; Ministerial submissions 2; "
                            + "Stakeholder engagement 3; Public consultation 2; Governance and assurance 2; "
                            + "Equality impact assessment 1; Data analysis 2",
                    "English",
                    ""),
            new DemoExpertise(
                    "Aisha Rahman",
                    POLICY_PROFESSION,
                    "Policy development 4; Ministerial submissions 3; "
                            + "Public consultation 4; Stakeholder engagement 3; Equality impact assessment 3; Evaluation 2; "
                            + "Coaching and mentoring 3",
                    "English, Urdu, Punjabi",
                    "Running a public consultation|Equality impact assessments"),
            new DemoExpertise(
                    "Benjamin Clarke",
                    POLICY_PROFESSION,
                    "Economic appraisal 3; Evaluation 3; "
                            + "Data analysis 3; Statistics 2; Business cases 3; Policy development 2",
                    "English",
                    "Green Book appraisal|Evaluation plans"),
            new DemoExpertise(
                    "Daniel Mensah",
                    DIGITAL_AND_DATA,
                    "Digital service delivery 4; Service standard 4; "
                            + "Line management 3; Change management 3; Project management 3; User research 2",
                    "English, Twi",
                    "Service assessments"),
            new DemoExpertise(
                    "Chloe Fitzgerald",
                    DIGITAL_AND_DATA,
                    "User research 4; Accessibility 3; " + "Service standard 3; Content design 2; Data analysis 2",
                    "English, French",
                    "Recruiting research participants|Testing with assistive technology"),
            new DemoExpertise(
                    "Oluwaseun Adeyemi",
                    DIGITAL_AND_DATA,
                    "Software development 4; Python 3; SQL 3; "
                            + "Cyber security 2; Accessibility 2; Incident management 3; Coaching and mentoring 3",
                    "English, Yoruba",
                    "Code reviews|Learning to program"),
            new DemoExpertise(
                    "Hannah Kowalski",
                    DIGITAL_AND_DATA,
                    "Digital service delivery 3; "
                            + "Project management 4; Service standard 3; Stakeholder engagement 3; Change management 2",
                    "English, Polish",
                    ""),
            new DemoExpertise(
                    "Rajesh Patel",
                    DIGITAL_AND_DATA,
                    "Data analysis 4; Statistics 3; Data quality 3; "
                            + "Line management 3; Data visualisation 3; Python 2",
                    "English, Gujarati, Hindi",
                    ""),
            new DemoExpertise(
                    "Emily Zhang",
                    DIGITAL_AND_DATA,
                    "Data analysis 3; SQL 3; Data visualisation 4; " + "Python 2; Data quality 2",
                    "English, Mandarin",
                    "Building dashboards people use"),
            new DemoExpertise(
                    "Callum MacLeod",
                    DIGITAL_AND_DATA,
                    "Statistics 4; Data analysis 3; Python 3; " + "Evaluation 3; Data quality 3",
                    "English, Scottish Gaelic",
                    "Sampling and surveys"),
            new DemoExpertise(
                    "Fatima Hussain",
                    DIGITAL_AND_DATA,
                    "Data engineering 4; SQL 4; Python 3; " + "Data quality 3; Cyber security 2",
                    "English, Arabic",
                    ""),
            new DemoExpertise(
                    "Margaret O'Neill",
                    "Commercial and finance",
                    "Financial management 4; Procurement 3; "
                            + "Business cases 4; Governance and assurance 3; Line management 4; Commercial awareness 3",
                    "English, Irish",
                    "Business case approvals"),
            new DemoExpertise(
                    "Kwame Asante",
                    "Commercial and finance",
                    "Procurement 4; Contract management 3; " + "Commercial awareness 3; Financial management 2",
                    "English, Twi",
                    "Which procurement route to use|Framework call-offs"),
            new DemoExpertise(
                    "Laura Jenkins",
                    "Commercial and finance",
                    "Financial management 4; Business cases 3; " + "Data analysis 3; Governance and assurance 2",
                    "English",
                    "Year-end accruals"),
            new DemoExpertise(
                    "Dylan Price",
                    "Commercial and finance",
                    "Contract management 4; Procurement 3; "
                            + "Commercial awareness 4; Stakeholder engagement 2; Data protection 2",
                    "English, Welsh",
                    ""),
            new DemoExpertise(
                    "Siobhan Gallagher",
                    "Legal profession",
                    "Data protection 4; Freedom of information 3; "
                            + "Governance and assurance 4; Line management 3; Legal advice 4",
                    "English, Irish",
                    ""),
            new DemoExpertise(
                    "Marcus Thompson",
                    "Knowledge and information management",
                    "Freedom of information 4; "
                            + "Data protection 3; Records management 3; Transparency and open data 3; "
                            + "Data protection impact assessment 3",
                    "English",
                    "FOI exemptions|Internal reviews"),
            new DemoExpertise(
                    "Zainab Ali",
                    "Knowledge and information management",
                    "Freedom of information 4; "
                            + "Transparency and open data 3; Records management 2; Data protection 2",
                    "English, Arabic, Urdu",
                    "Logging and tracking FOI requests"),
            new DemoExpertise(
                    "Eleanor Hughes",
                    "Knowledge and information management",
                    "Data protection 4; "
                            + "Data protection impact assessment 4; Cyber security 2; Freedom of information 2; "
                            + "Records management 2; Coaching and mentoring 2",
                    "English",
                    "DPIA screening|Reporting a personal data breach"),
            new DemoExpertise(
                    "Jonathan Reid",
                    "Legal profession",
                    "Legal advice 4; Contract management 3; "
                            + "Data protection 3; Freedom of information 2; Ministerial submissions 2",
                    "English, German",
                    ""),
            new DemoExpertise(
                    "Nadia Begum",
                    "HR profession",
                    "HR policy and casework 4; Line management 4; "
                            + "Change management 3; Staff wellbeing 3; Recruitment 3",
                    "English, Bengali",
                    ""),
            new DemoExpertise(
                    "Owen Davies",
                    "HR profession",
                    "HR policy and casework 4; "
                            + "Hybrid and flexible working 3; Staff wellbeing 3; Coaching and mentoring 2; Data analysis 1",
                    "English, Welsh",
                    "Flexible working requests|Managing attendance"),
            new DemoExpertise(
                    "Grace Ogunleye",
                    "HR profession",
                    "Learning and development 4; "
                            + "Onboarding and induction 4; Coaching and mentoring 4; Content design 2; Evaluation 2",
                    "English, Yoruba",
                    "Induction plans|Finding a mentor"),
            new DemoExpertise(
                    "Michael Byrne",
                    "HR profession",
                    "Recruitment 4; Onboarding and induction 3; "
                            + "HR policy and casework 2; Equality impact assessment 2",
                    "English",
                    "Writing a job advert"),
            new DemoExpertise(
                    "Catherine Lloyd",
                    "Communications",
                    "Internal communications 4; Media relations 4; "
                            + "Stakeholder engagement 4; Line management 3; Content design 3",
                    "English",
                    ""),
            new DemoExpertise(
                    "Ravi Sharma",
                    "Communications",
                    "Internal communications 4; Content design 3; "
                            + "Accessibility 2; Hybrid and flexible working 2; Public consultation 2",
                    "English, Hindi",
                    "Getting a story on the intranet"),
            new DemoExpertise(
                    "Isla Robertson",
                    "Communications",
                    "Content design 4; Accessibility 3; " + "User research 2; Internal communications 2",
                    "English, British Sign Language",
                    "Plain English|Accessible documents"),
            new DemoExpertise(
                    "Joseph Nwosu",
                    "Communications",
                    "Media relations 4; Internal communications 2; "
                            + "Stakeholder engagement 3; Ministerial submissions 2",
                    "English, Igbo",
                    "Lines to take"));

    /**
     * A competency framework: for a department (and then {@code jobFamily} is null) or a job family.
     *
     * @param skills "Skill name target importance; ..." with targets 1–4 and importance 1 (nice to have) – 3
     *     (essential)
     */
    record DemoFramework(
            String name, String description, String department, String jobFamily, String creator, String skills) {}

    static final List<DemoFramework> FRAMEWORKS = List.of(
            new DemoFramework(
                    "Digital Services: core skills",
                    "What every member of the digital teams needs.",
                    DemoDataSeeder.DIGITAL,
                    null,
                    "Daniel Mensah",
                    "Digital service delivery 3 3; Service standard 3 3; "
                            + "User research 2 2; Accessibility 3 3; Software development 2 1; Cyber security 2 2; "
                            + "Incident management 2 2"),
            new DemoFramework(
                    "Data and Analytics: core skills",
                    "The unit's analytical and data skills.",
                    DemoDataSeeder.DATA,
                    null,
                    "Rajesh Patel",
                    "Data analysis 3 3; Statistics 3 2; Data quality 3 3; "
                            + "SQL 3 2; Python 2 2; Data visualisation 2 1; Data protection 2 2"),
            new DemoFramework(
                    "Finance and Procurement: core skills",
                    "Commercial and financial skills.",
                    DemoDataSeeder.FINANCE,
                    null,
                    "Margaret O'Neill",
                    "Procurement 3 3; Contract management 3 3; "
                            + "Financial management 3 3; Business cases 3 2; Commercial awareness 2 2; "
                            + "Governance and assurance 2 1"),
            new DemoFramework(
                    "Policy and Strategy: core skills",
                    "What advisers in the department need.",
                    DemoDataSeeder.POLICY,
                    null,
                    "Gareth Llewellyn",
                    "Policy development 3 3; "
                            + "Ministerial submissions 3 3; Stakeholder engagement 3 2; Evaluation 2 2; "
                            + "Economic appraisal 2 2; Public consultation 2 2; Governance and assurance 2 1"),
            new DemoFramework(
                    "Legal and Information Rights: core skills",
                    "Information rights and legal skills.",
                    DemoDataSeeder.LEGAL,
                    null,
                    "Siobhan Gallagher",
                    "Data protection 3 3; Freedom of information 3 3; "
                            + "Data protection impact assessment 3 2; Records management 2 2; Legal advice 2 2; "
                            + "Transparency and open data 2 1"),
            new DemoFramework(
                    "Human Resources: core skills",
                    "HR skills for the department.",
                    DemoDataSeeder.HR,
                    null,
                    "Nadia Begum",
                    "HR policy and casework 3 3; Recruitment 2 2; "
                            + "Learning and development 2 2; Onboarding and induction 2 2; Staff wellbeing 2 2; "
                            + "Hybrid and flexible working 2 1; Coaching and mentoring 2 1"),
            new DemoFramework(
                    "Communications: core skills",
                    "Communications skills for the team.",
                    DemoDataSeeder.COMMS,
                    null,
                    "Catherine Lloyd",
                    "Internal communications 3 3; Media relations 3 2; "
                            + "Content design 3 3; Stakeholder engagement 2 2; Accessibility 2 2; "
                            + "Public consultation 2 1"),
            new DemoFramework(
                    POLICY_PROFESSION,
                    "The skills the policy profession expects of an adviser.",
                    null,
                    POLICY_PROFESSION,
                    "Priya Raman",
                    "Policy development 3 3; Evaluation 3 3; "
                            + "Ministerial submissions 3 2; Equality impact assessment 2 2; Stakeholder engagement 3 2; "
                            + "Data analysis 2 1"),
            new DemoFramework(
                    DIGITAL_AND_DATA,
                    "Shared skills of the digital and data professions.",
                    null,
                    DIGITAL_AND_DATA,
                    "Priya Raman",
                    "Data analysis 2 2; Digital service delivery 2 2; "
                            + "User research 2 1; Accessibility 2 2; Data protection 2 2; Cyber security 2 1"));

    private final PeopleApi people;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final PeopleIndex peopleIndex;

    DemoSkillsSeeder(PeopleApi people, JdbcTemplate jdbc, TransactionTemplate transactions, PeopleIndex peopleIndex) {
        this.people = people;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.peopleIndex = peopleIndex;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long skills = jdbc.queryForObject("select count(*) from skill", Long.class);
        if (skills != null && skills > 0) {
            log.info("Demo data is enabled but the database already has skills: no demo expertise seeded");
            return;
        }
        Map<String, PersonSummary> byName = DemoDataSeeder.demoPeople(people).orElse(null);
        if (byName == null) {
            log.info("Demo data is enabled but the demo people are not all there: no demo expertise seeded");
            return;
        }
        int[] counts = transactions.execute(status -> {
            int[] seeded = seed(byName);
            peopleIndex.reindexAllPeople(); // the skills went round the expertise module, so people's entries follow
            return seeded;
        });
        log.info(
                "Seeded demo expertise: {} skills, {} declared skills, {} endorsements, {} frameworks",
                counts[0],
                counts[1],
                counts[2],
                counts[3]);
    }

    private int[] seed(Map<String, PersonSummary> byName) {
        Map<String, Long> categories = new HashMap<>();
        Map<String, Long> skills = new HashMap<>();
        for (DemoSkill skill : SKILLS) {
            Long category = categories.computeIfAbsent(
                    skill.category(),
                    name -> jdbc.queryForObject(
                            "insert into skill_category (name) values (?) returning id", Long.class, name));
            long id = jdbc.queryForObject(
                    "insert into skill (name, description, category_id) values (?, ?, ?) returning id",
                    Long.class,
                    skill.name(),
                    skill.description(),
                    category);
            skills.put(skill.name(), id);
            for (String alias : skill.aliases()) {
                jdbc.update("insert into skill_alias (skill_id, alias) values (?, ?)", id, alias);
            }
        }
        List<Declared> declared = new ArrayList<>();
        for (DemoExpertise expertise : EXPERTISE) {
            long person = byName.get(expertise.person()).id();
            jdbc.update(
                    "insert into expertise_profile (person_id, job_family) values (?, ?)",
                    person,
                    expertise.jobFamily());
            for (Map.Entry<String, Integer> entry : levels(expertise.skills()).entrySet()) {
                jdbc.update(
                        "insert into person_skill (person_id, skill_id, level) values (?, ?, ?)",
                        person,
                        id(skills, entry.getKey()),
                        entry.getValue());
                declared.add(new Declared(expertise.person(), entry.getKey(), entry.getValue()));
            }
            for (String language : split(expertise.languages(), ",")) {
                jdbc.update("insert into person_language (person_id, language) values (?, ?)", person, language);
            }
            for (String topic : split(expertise.topics(), "\\|")) {
                jdbc.update("insert into person_topic (person_id, topic) values (?, ?)", person, topic);
            }
        }
        List<Endorsement> endorsements = endorsements(declared);
        for (Endorsement e : endorsements) {
            jdbc.update(
                    "insert into skill_endorsement (person_id, skill_id, endorser_id, created_at) "
                            + "values (?, ?, ?, now() - make_interval(days => ?))",
                    byName.get(e.person()).id(),
                    id(skills, e.skill()),
                    byName.get(e.endorser()).id(),
                    e.daysAgo());
        }
        Map<String, Long> departments = new HashMap<>();
        for (DepartmentSummary department : people.departments()) {
            departments.put(department.name().toLowerCase(Locale.ROOT), department.id());
        }
        for (DemoFramework framework : FRAMEWORKS) {
            Long department = framework.department() == null
                    ? null
                    : departments.get(framework.department().toLowerCase(Locale.ROOT));
            long id = jdbc.queryForObject(
                    "insert into competency_framework (name, description, department_id, job_family, created_by) "
                            + "values (?, ?, ?, ?, ?) returning id",
                    Long.class,
                    framework.name(),
                    framework.description(),
                    department,
                    framework.jobFamily(),
                    byName.get(framework.creator()).id());
            for (String part : split(framework.skills(), ";")) {
                String[] words = part.split(" ");
                String name = String.join(" ", List.of(words).subList(0, words.length - 2));
                jdbc.update(
                        "insert into framework_skill (framework_id, skill_id, target_level, importance) "
                                + "values (?, ?, ?, ?)",
                        id,
                        id(skills, name),
                        Integer.parseInt(words[words.length - 2]),
                        Integer.parseInt(words[words.length - 1]));
            }
        }
        return new int[] {SKILLS.size(), declared.size(), endorsements.size(), FRAMEWORKS.size()};
    }

    /**
     * Endorsements that a colleague could believably give: for each skill held at practitioner level or above,
     * people of the same department, or elsewhere with the same skill, vouch for it (more for experts); then
     * {@value #ENDORSEMENTS} of those, chosen with a fixed seed.
     */
    static List<Endorsement> endorsements(List<Declared> declared) {
        Map<String, String> departmentOf = new HashMap<>();
        for (DemoDataSeeder.DemoPerson person : DemoDataSeeder.PEOPLE) {
            departmentOf.put(person.name(), person.department());
        }
        Map<String, Set<String>> holders = new HashMap<>();
        for (Declared d : declared) {
            if (d.level() >= 2) {
                holders.computeIfAbsent(d.skill(), k -> new LinkedHashSet<>()).add(d.person());
            }
        }
        Random random = new Random(SEED);
        List<Endorsement> candidates = new ArrayList<>();
        for (Declared d : declared) {
            if (d.level() < 3) {
                continue;
            }
            Set<String> pool = new LinkedHashSet<>();
            for (DemoDataSeeder.DemoPerson person : DemoDataSeeder.PEOPLE) {
                if (person.department().equals(departmentOf.get(d.person()))) {
                    pool.add(person.name());
                }
            }
            pool.addAll(holders.getOrDefault(d.skill(), Set.of()));
            pool.remove(d.person());
            List<String> shuffled = new ArrayList<>(pool);
            Collections.shuffle(shuffled, random);
            for (String endorser : shuffled.subList(0, Math.min(shuffled.size(), d.level() - 1))) {
                candidates.add(new Endorsement(d.person(), d.skill(), endorser, 1 + random.nextInt(180)));
            }
        }
        Collections.shuffle(candidates, random);
        return List.copyOf(candidates.subList(0, Math.min(ENDORSEMENTS, candidates.size())));
    }

    /** "Procurement 4; Contract management 3" → skill name to level, in order. */
    static Map<String, Integer> levels(String skills) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (String part : split(skills, ";")) {
            int space = part.lastIndexOf(' ');
            levels.put(part.substring(0, space), Integer.parseInt(part.substring(space + 1)));
        }
        return levels;
    }

    private static List<String> split(String text, String separator) {
        List<String> parts = new ArrayList<>();
        for (String part : text.split(separator)) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }

    private static long id(Map<String, Long> skills, String name) {
        Long id = skills.get(name);
        if (id == null) {
            throw new IllegalStateException("Demo data names an unknown skill: " + name);
        }
        return id;
    }

    private static DemoSkill skill(String name, String category, String description, String... aliases) {
        return new DemoSkill(name, category, description, List.of(aliases));
    }

    record Declared(String person, String skill, int level) {}

    record Endorsement(String person, String skill, String endorser, int daysAgo) {}
}
