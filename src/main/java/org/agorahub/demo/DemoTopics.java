package org.agorahub.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * What the demo documents are about: the everyday subjects of a UK public body, each with the phrases, facts, steps
 * and questions {@link DemoDocuments} composes documents from. The text is plain ASCII (plus the pound sign) so
 * that every format, down to a PDF with a standard font, can carry it unchanged.
 */
final class DemoTopics {

    private DemoTopics() {}

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /**
     * One subject.
     *
     * @param subject what it is called in titles, e.g. "Freedom of Information requests"
     * @param label the short form for titles, e.g. "FOI"
     * @param tags the tags its documents carry (from {@link #VOCABULARY})
     * @param aspects lower-case noun phrases a policy, guidance or report can be about
     * @param tasks lower-case verb phrases a how-to can explain ("log a new request")
     * @param templates forms and letters people copy
     * @param facts sentences for the body of a document
     * @param steps imperative sentences for numbered instructions
     * @param faqs questions with their answers
     * @param meeting the group whose minutes are kept
     * @param owner who owns the subject, e.g. "the Information Rights Manager"
     * @param table the spreadsheet kept about it (registers, logs, trackers)
     */
    record Topic(
            String subject,
            String label,
            List<String> tags,
            List<String> aspects,
            List<String> tasks,
            List<String> templates,
            List<String> facts,
            List<String> steps,
            List<Faq> faqs,
            String meeting,
            String owner,
            TableSpec table) {}

    record Faq(String question, String answer) {}

    /** A spreadsheet: its name, column headings and how to make a believable row. */
    record TableSpec(String name, List<String> header, RowMaker rows) {}

    @FunctionalInterface
    interface RowMaker {
        /** Cells are {@link String} or {@link Number}. */
        List<Object> row(Random random, int index, List<String> people, LocalDate today);
    }

    /** The tags documents may carry; search synonyms pair some of them ("foi" and "freedom of information"). */
    static final List<String> VOCABULARY = List.of(
            "procurement",
            "contracts",
            "commercial",
            "finance",
            "budget",
            "foi",
            "freedom of information",
            "information rights",
            "transparency",
            "data protection",
            "dpia",
            "uk gdpr",
            "records management",
            "retention",
            "hr",
            "hybrid working",
            "wellbeing",
            "onboarding",
            "induction",
            "learning",
            "stakeholder engagement",
            "consultation",
            "communications",
            "content design",
            "accessibility",
            "digital",
            "security",
            "incident response",
            "service standard",
            "user research",
            "data quality",
            "statistics",
            "policy",
            "evaluation",
            "governance");

    static final List<String> AUDIENCES = List.of(
            "new starters",
            "line managers",
            "project teams",
            "team leaders",
            "senior leaders",
            "all staff",
            "contract managers",
            "policy teams");

    static final Topic PROCUREMENT = new Topic(
            "Procurement and framework agreements",
            "Procurement",
            List.of("procurement", "contracts", "commercial", "finance"),
            List.of(
                    "call-off contracts under framework agreements",
                    "low-value purchases",
                    "direct awards",
                    "supplier due diligence",
                    "contract management",
                    "social value in evaluations"),
            List.of(
                    "run a further competition under a framework",
                    "raise a purchase order",
                    "check a supplier before award",
                    "publish a contract notice"),
            List.of("business case for procurement", "tender evaluation matrix", "contract variation request"),
            List.of(
                    "All purchases over £10,000 must follow the competitive process set out in the procurement policy.",
                    "Framework agreements let us buy from suppliers who have already been evaluated, which usually saves several weeks.",
                    "The Procurement Act 2023 applies to procurements started on or after 24 February 2025; earlier ones continue under the Public Contracts Regulations 2015.",
                    "A call-off contract must stay within the scope, value and term of the framework it is made under.",
                    "Conflicts of interest must be declared by everyone on an evaluation panel before they see any bids.",
                    "Social value carries at least ten per cent of the evaluation weighting in every competition.",
                    "Contract managers review supplier performance against the agreed key performance indicators every quarter.",
                    "Direct awards are allowed only in the circumstances the legislation lists, and each one is recorded with its justification.",
                    "Purchase orders are raised before work starts; invoices without a purchase order number are returned to the supplier.",
                    "The commercial team publishes contract details over £12,000 on Contracts Finder."),
            List.of(
                    "Check whether an existing contract or framework already covers what you need.",
                    "Write a short business case with the need, the budget and the timescale.",
                    "Ask the commercial team to confirm the route to market.",
                    "Agree the evaluation criteria and weightings before publishing anything.",
                    "Record every clarification question and answer and share them with all bidders.",
                    "Keep the evaluation notes with the contract file for at least seven years."),
            List.of(
                    new Faq(
                            "Do I need three quotes for a purchase under £10,000?",
                            "You need to show value for money; three written quotes are the usual way to do that."),
                    new Faq(
                            "Can I extend a contract that is about to end?",
                            "Only if the contract allows an extension and the budget holder approves it; otherwise talk to the commercial team."),
                    new Faq(
                            "Who signs a contract?",
                            "Contracts are signed by a person with delegated authority for the total value, never by the requisitioner alone."),
                    new Faq(
                            "What is a framework agreement?",
                            "An agreement with pre-approved suppliers that sets the terms for future call-off contracts.")),
            "Procurement Board",
            "the Head of Commercial",
            new TableSpec(
                    "Contracts register",
                    List.of("Contract", "Supplier", "Route", "Value (£)", "Start", "End", "Contract manager"),
                    (random, i, people, today) -> {
                        LocalDate start = today.minusDays(30 + random.nextInt(700));
                        return List.of(
                                pick(
                                                random,
                                                List.of(
                                                        "Cloud hosting",
                                                        "Translation services",
                                                        "Office furniture",
                                                        "Learning platform",
                                                        "Legal advice",
                                                        "Print and post",
                                                        "Cyber security testing",
                                                        "Facilities management",
                                                        "Research panel",
                                                        "Software licences"))
                                        + " " + (i + 1),
                                pick(
                                        random,
                                        List.of(
                                                "Northgate Solutions Ltd",
                                                "Albion Consulting LLP",
                                                "Severn Digital Ltd",
                                                "Pennine Services plc",
                                                "Clyde Analytics Ltd",
                                                "Harbour Print Co")),
                                pick(
                                        random,
                                        List.of("Framework call-off", "Open competition", "Direct award", "Quotes")),
                                (long) (5 + random.nextInt(400)) * 1_000,
                                start.toString(),
                                start.plusMonths(12 + 12L * random.nextInt(3)).toString(),
                                pick(random, people));
                    }));

    static final Topic FOI = new Topic(
            "Freedom of Information requests",
            "FOI",
            List.of("foi", "freedom of information", "information rights", "transparency"),
            List.of(
                    "internal reviews",
                    "the cost limit",
                    "vexatious requests",
                    "the personal information exemption",
                    "the public interest test",
                    "publishing disclosure logs"),
            List.of(
                    "log a new FOI request",
                    "calculate the 20 working day deadline",
                    "clarify a request with the requester",
                    "apply the section 12 cost limit"),
            List.of("FOI acknowledgement letter", "FOI response letter", "internal review outcome letter"),
            List.of(
                    "Anyone, anywhere in the world, may make a request under the Freedom of Information Act 2000, and they do not have to say why.",
                    "We must respond promptly and in any case within 20 working days of receiving a valid request.",
                    "A request is valid when it is in writing, gives a name and an address for correspondence and describes the information wanted.",
                    "The appropriate cost limit for central government is £600, which equals 24 hours of work at the rate set in the regulations.",
                    "Personal information about third parties is usually withheld under section 40 because disclosure would breach data protection law.",
                    "Most exemptions are qualified, so we must show that the public interest in withholding outweighs the public interest in disclosure.",
                    "Requesters who are unhappy with our answer can ask for an internal review and then complain to the Information Commissioner's Office.",
                    "Every request is logged on the day it arrives, even when it looks like business as usual.",
                    "Information we hold includes emails, chat messages and notes on personal devices if they relate to official business.",
                    "We publish a disclosure log each month so that information released to one person is available to everyone."),
            List.of(
                    "Log the request in the case system on the day it arrives.",
                    "Send an acknowledgement with the reference number and the date the response is due.",
                    "Ask the teams likely to hold the information to search for it within five working days.",
                    "Consider whether any exemption applies and record the reasons.",
                    "Have the draft response cleared by the Information Rights Manager.",
                    "Send the response and add it to the disclosure log."),
            List.of(
                    new Faq(
                            "Does a request have to mention the Freedom of Information Act?",
                            "No. Any written request for recorded information is an FOI request, whatever it says."),
                    new Faq(
                            "Can we refuse a request because it is too broad?",
                            "We can refuse it under section 12 if finding the information would exceed the cost limit, and we must offer advice on narrowing it."),
                    new Faq(
                            "Do draft documents count?",
                            "Yes. Drafts, notes and emails are all held information if they still exist."),
                    new Faq(
                            "What if the deadline cannot be met?",
                            "The deadline can be extended only to consider the public interest test, and the requester must be told before the 20 days end.")),
            "FOI Case Review Group",
            "the Information Rights Manager",
            new TableSpec(
                    "FOI request log",
                    List.of("Reference", "Received", "Requester type", "Subject", "Due", "Outcome", "Exemptions"),
                    (random, i, people, today) -> {
                        LocalDate received = today.minusDays(5 + random.nextInt(300));
                        return List.of(
                                "FOI-" + received.getYear() + "-" + String.format(Locale.ROOT, "%04d", 100 + i * 7),
                                received.toString(),
                                pick(
                                        random,
                                        List.of(
                                                "Member of the public",
                                                "Journalist",
                                                "Campaign group",
                                                "Researcher",
                                                "Business")),
                                pick(
                                        random,
                                        List.of(
                                                "Spending on consultants",
                                                "Office occupancy figures",
                                                "Contract with cloud supplier",
                                                "Staff survey results",
                                                "Meeting minutes with industry",
                                                "Accessibility complaints",
                                                "Number of data breaches")),
                                received.plusDays(28).toString(),
                                pick(
                                        random,
                                        List.of("Released in full", "Partly released", "Withheld", "Not held", "Open")),
                                pick(random, List.of("None", "s.40", "s.43", "s.12", "s.35", "s.21")));
                    }));

    static final Topic DATA_PROTECTION = new Topic(
            "Data protection and DPIAs",
            "Data protection",
            List.of("data protection", "dpia", "uk gdpr", "information rights"),
            List.of(
                    "data protection impact assessments",
                    "personal data breaches",
                    "subject access requests",
                    "sharing personal data with other bodies",
                    "privacy notices",
                    "lawful bases for processing"),
            List.of(
                    "decide whether a project needs a DPIA",
                    "report a personal data breach",
                    "respond to a subject access request",
                    "write a privacy notice"),
            List.of("DPIA screening questions", "data sharing agreement", "personal data breach report form"),
            List.of(
                    "A data protection impact assessment is required before any processing that is likely to result in a high risk to people.",
                    "The Data Protection Officer must be consulted on every DPIA and their advice recorded, even when it is not followed.",
                    "Personal data breaches that pose a risk to people must be reported to the Information Commissioner's Office within 72 hours.",
                    "Every processing activity needs a lawful basis under Article 6 of the UK GDPR, and special category data needs an Article 9 condition as well.",
                    "Subject access requests must be answered within one calendar month, which can be extended by two months for complex requests.",
                    "Data sharing with another public body is documented in a data sharing agreement that names the purpose, the data and the retention.",
                    "Privacy notices tell people what we do with their data in plain language at the point we collect it.",
                    "The record of processing activities is reviewed every year by each information asset owner.",
                    "Pseudonymised data is still personal data; only truly anonymised data falls outside the UK GDPR.",
                    "Staff complete the annual data protection training before they are given access to case systems."),
            List.of(
                    "Describe the processing: what data, whose, why and for how long.",
                    "Answer the screening questions to see whether a full DPIA is needed.",
                    "Identify the risks to people and how likely and severe each one is.",
                    "Agree measures that reduce each risk and who will put them in place.",
                    "Ask the Data Protection Officer for advice and record it.",
                    "Have the information asset owner sign off the residual risk."),
            List.of(
                    new Faq(
                            "When do I need a DPIA?",
                            "Whenever new processing is likely to be high risk, for example large-scale use of special category data or new technology."),
                    new Faq(
                            "Is an email sent to the wrong person a breach?",
                            "Yes. Report it to the data protection team straight away so that they can assess the risk within 72 hours."),
                    new Faq(
                            "Can I use personal data for testing a new system?",
                            "Only with a DPIA and strong safeguards; synthetic data should be used wherever possible."),
                    new Faq(
                            "Who is our Data Protection Officer?",
                            "The Data Protection Officer sits in Legal and Information Rights and can be reached through the data protection mailbox.")),
            "Information Governance Board",
            "the Data Protection Officer",
            new TableSpec(
                    "Record of processing activities",
                    List.of(
                            "Processing activity",
                            "Lawful basis",
                            "Data categories",
                            "Retention",
                            "DPIA",
                            "Asset owner"),
                    (random, i, people, today) -> List.of(
                            pick(
                                    random,
                                    List.of(
                                            "Recruitment",
                                            "Payroll",
                                            "Grant applications",
                                            "Stakeholder mailing list",
                                            "Complaints handling",
                                            "User research panel",
                                            "Building access",
                                            "Staff survey")),
                            pick(
                                    random,
                                    List.of(
                                            "Public task",
                                            "Legal obligation",
                                            "Contract",
                                            "Consent",
                                            "Legitimate interests")),
                            pick(
                                    random,
                                    List.of(
                                            "Contact details",
                                            "Employment details",
                                            "Health data",
                                            "Financial details",
                                            "Opinions and feedback")),
                            pick(random, List.of("1 year", "2 years", "6 years", "7 years", "Until withdrawn")),
                            pick(random, List.of("Completed", "Not required", "In progress")),
                            pick(random, people))));

    static final Topic RECORDS = new Topic(
            "Records management and retention",
            "Records management",
            List.of("records management", "retention", "information rights", "governance"),
            List.of(
                    "the retention schedule",
                    "email as a record",
                    "transfer to The National Archives",
                    "destruction of records",
                    "naming and filing conventions",
                    "records of departing staff"),
            List.of(
                    "apply a retention label to a document",
                    "name files so that colleagues can find them",
                    "prepare records for destruction",
                    "save an important email as a record"),
            List.of("records disposal certificate", "information asset register entry", "file plan"),
            List.of(
                    "A record is any information created or received in the course of business and kept as evidence of what we did.",
                    "The retention schedule sets how long each type of record is kept and what happens to it at the end.",
                    "Records selected for permanent preservation are transferred to The National Archives under the Public Records Act 1958.",
                    "Emails that show a decision or the reasons for it are records and are saved to the team library, not left in a mailbox.",
                    "Destruction is authorised by the information asset owner and recorded on a disposal certificate.",
                    "Records subject to an open FOI request, litigation or an inquiry must not be destroyed, whatever the schedule says.",
                    "Before someone leaves, their line manager makes sure that their records are saved where the team can find them.",
                    "File names start with the date in year-month-day order so that folders sort in date order.",
                    "Shared drives are being retired; records belong in the library of the team that owns them.",
                    "Each team reviews its records once a year and deletes what has passed its retention period."),
            List.of(
                    "Find the record type in the retention schedule.",
                    "Check that no FOI request, legal hold or inquiry covers the records.",
                    "Ask the information asset owner to approve destruction.",
                    "Delete or shred the records securely.",
                    "Complete the disposal certificate and save it as a record.",
                    "Update the information asset register."),
            List.of(
                    new Faq(
                            "How long do we keep financial records?",
                            "Six years after the end of the financial year they relate to, unless the schedule says otherwise."),
                    new Faq(
                            "Is a chat message a record?",
                            "It is if it shows a decision or advice that matters; save a copy or a note of it in the team library."),
                    new Faq(
                            "Can I keep my own copies of records?",
                            "No. Keep one copy in the right place and link to it, so that retention applies to every copy."),
                    new Faq(
                            "What happens to records when a team is restructured?",
                            "They move to the team that takes on the work, and the information asset register is updated.")),
            "Information Governance Board",
            "the Departmental Records Officer",
            new TableSpec(
                    "Retention schedule",
                    List.of("Record series", "Retention period", "Trigger", "Action at end", "Owner"),
                    (random, i, people, today) -> List.of(
                            pick(
                                    random,
                                    List.of(
                                            "Board papers and minutes",
                                            "Financial transactions",
                                            "Contracts and tenders",
                                            "Personnel files",
                                            "FOI case files",
                                            "Policy development files",
                                            "Project documentation",
                                            "Complaints")),
                            pick(random, List.of("2 years", "3 years", "6 years", "7 years", "15 years", "20 years")),
                            pick(
                                    random,
                                    List.of(
                                            "End of financial year",
                                            "Contract end",
                                            "Employee leaves",
                                            "Case closed",
                                            "Last action")),
                            pick(random, List.of("Destroy", "Review", "Transfer to The National Archives")),
                            pick(random, people))));

    static final Topic HYBRID = new Topic(
            "Hybrid working",
            "Hybrid working",
            List.of("hybrid working", "hr", "wellbeing"),
            List.of(
                    "office attendance",
                    "working from home safely",
                    "team agreements",
                    "booking desks",
                    "working abroad",
                    "reasonable adjustments"),
            List.of(
                    "book a desk in the office",
                    "agree a team working pattern",
                    "request a home working equipment assessment",
                    "set up your laptop at home"),
            List.of("team agreement", "home working self-assessment", "flexible working request form"),
            List.of(
                    "Colleagues are expected to spend at least 60 per cent of their working time in the office, averaged over a month.",
                    "Each team writes a team agreement that sets out when people meet in person and how they stay in touch.",
                    "Line managers hold a conversation about wellbeing at least once a month with each member of their team.",
                    "Working from abroad is not allowed without written approval because of tax, security and data protection risks.",
                    "Desks are booked in advance; a desk not claimed by 10am is released to others.",
                    "Everyone working at home completes a display screen equipment self-assessment every year.",
                    "Reasonable adjustments agreed for a disabled colleague apply wherever they work.",
                    "Meetings with some people in the room and some online start with a check that everyone can hear and see.",
                    "Official information is never printed at home and calls are taken where they cannot be overheard.",
                    "The pilot collects attendance and wellbeing data every quarter to see what works for teams."),
            List.of(
                    "Talk to your line manager about the pattern that suits the work and the team.",
                    "Agree your anchor days when the whole team is in the office.",
                    "Book your desk through the workplace booking system.",
                    "Complete the home working self-assessment.",
                    "Record the agreement in your team's library.",
                    "Review the agreement after three months."),
            List.of(
                    new Faq(
                            "Do part-time colleagues need to attend 60 per cent of the time?",
                            "Yes, 60 per cent of their own working time, averaged over a month."),
                    new Faq(
                            "Can I claim for home working costs?",
                            "No allowance is paid, but you may be able to claim tax relief directly from HMRC."),
                    new Faq(
                            "What if there is no desk available?",
                            "Tell the workplace team; persistent shortages are reported to the Hybrid Working Pilot group."),
                    new Faq(
                            "Who approves working from another UK office?",
                            "Your line manager, as long as the office has space and the work can be done securely there.")),
            "Hybrid Working Pilot steering group",
            "the Head of Human Resources",
            new TableSpec(
                    "Office attendance by team",
                    List.of("Team", "Month", "Planned days", "Attended days", "Attendance (%)", "Desk shortages"),
                    (random, i, people, today) -> {
                        int planned = 60 + random.nextInt(60);
                        int attended = planned - random.nextInt(20);
                        return List.of(
                                pick(
                                        random,
                                        List.of(
                                                "Digital Services",
                                                "Data and Analytics",
                                                "Finance",
                                                "Policy",
                                                "Legal",
                                                "HR",
                                                "Communications")),
                                today.minusMonths(i % 6).getMonth().getDisplayName(TextStyle.FULL, Locale.UK),
                                planned,
                                attended,
                                Math.round(attended * 1000.0 / planned) / 10.0,
                                random.nextInt(5));
                    }));

    static final Topic ONBOARDING = new Topic(
            "Onboarding new starters",
            "Onboarding",
            List.of("onboarding", "induction", "hr", "learning"),
            List.of(
                    "the first week",
                    "security clearance",
                    "mandatory learning",
                    "probation reviews",
                    "IT accounts and equipment",
                    "buddy schemes"),
            List.of(
                    "prepare for a new starter's first day",
                    "order a laptop and accounts for a new starter",
                    "complete the mandatory learning",
                    "hold a probation review"),
            List.of("new starter checklist", "probation review record", "induction plan"),
            List.of(
                    "Every new starter has a buddy from their team for their first three months.",
                    "Pre-employment checks to the Baseline Personnel Security Standard are completed before the start date.",
                    "The line manager orders the laptop and accounts at least ten working days before the first day.",
                    "Mandatory learning on security, data protection and diversity and inclusion is completed within the first month.",
                    "Probation lasts six months with reviews at two, four and six months.",
                    "The corporate induction session runs every month and covers how the organisation works and where to find help.",
                    "New starters are added to the team library and the relevant communities on their first day.",
                    "Line managers check in at the end of the first week and the first month to see what is missing.",
                    "Feedback from new starters is collected after 90 days and used to improve the process.",
                    "People moving from another department keep their continuous service, and their clearance transfers if it is still valid."),
            List.of(
                    "Confirm the start date with the recruitment team.",
                    "Order the laptop, accounts and building pass.",
                    "Choose a buddy and tell them what is expected.",
                    "Plan the first week with meetings and introductions.",
                    "Book the corporate induction.",
                    "Set objectives and the dates of the probation reviews."),
            List.of(
                    new Faq(
                            "What if the laptop is not ready on day one?",
                            "The IT service desk can lend a laptop for up to two weeks; ask your line manager to raise a request."),
                    new Faq(
                            "Which learning is mandatory?",
                            "Security awareness, data protection, diversity and inclusion, and health and safety, all on the learning platform."),
                    new Faq(
                            "Who is my buddy?",
                            "Your line manager will introduce you on your first day; a buddy is a colleague from your team who is not your manager."),
                    new Faq(
                            "When do I get my building pass?",
                            "On your first morning at reception, once you show proof of identity.")),
            "People Board",
            "the Learning and Development Lead",
            new TableSpec(
                    "New starter tracker",
                    List.of(
                            "Starter",
                            "Team",
                            "Start date",
                            "Laptop ready",
                            "Induction booked",
                            "Mandatory learning",
                            "Buddy"),
                    (random, i, people, today) -> List.of(
                            pick(
                                            random,
                                            List.of(
                                                    "A. Morgan",
                                                    "J. Singh",
                                                    "L. Evans",
                                                    "K. Osei",
                                                    "M. Novak",
                                                    "R. Campbell",
                                                    "T. Achebe",
                                                    "S. Doyle"))
                                    + " (" + (i + 1) + ")",
                            pick(
                                    random,
                                    List.of(
                                            "Digital Services",
                                            "Data and Analytics",
                                            "Finance",
                                            "Policy",
                                            "Legal",
                                            "HR")),
                            today.minusDays(random.nextInt(120)).toString(),
                            pick(random, List.of("Yes", "Yes", "No")),
                            pick(random, List.of("Yes", "No")),
                            pick(random, List.of("Complete", "In progress", "Not started")),
                            pick(random, people))));

    static final Topic BUDGET = new Topic(
            "Budget monitoring and forecasting",
            "Budget",
            List.of("finance", "budget", "governance"),
            List.of(
                    "monthly forecasting",
                    "underspends and overspends",
                    "accruals at year end",
                    "budget delegation",
                    "capital spending",
                    "managing public money"),
            List.of(
                    "submit the monthly forecast",
                    "raise an accrual at year end",
                    "request a budget transfer",
                    "read the monthly budget report"),
            List.of("monthly forecast return", "budget transfer request", "year-end accruals return"),
            List.of(
                    "Budget holders forecast their full-year spend every month by the fifth working day.",
                    "A variance of more than five per cent against budget needs a written explanation.",
                    "Resource and capital budgets are separate and money cannot be moved between them without Treasury approval.",
                    "Spending must follow Managing Public Money: regular, proper, value for money and feasible.",
                    "Accruals are raised for goods and services received before 31 March but not yet invoiced.",
                    "Underspends are reported early so that the money can be used elsewhere in the year.",
                    "The finance business partner meets each budget holder every month to review the position.",
                    "Delegation letters set out what each budget holder may spend and on what.",
                    "Contingent liabilities and novel or contentious spending are referred to the finance director first.",
                    "The monthly budget report is published to the senior leadership team with a red, amber or green rating for each directorate."),
            List.of(
                    "Download your cost centre report from the finance system.",
                    "Check the actual spend to date against your records.",
                    "Update the forecast for each remaining month.",
                    "Explain any variance of more than five per cent.",
                    "Submit the return by the fifth working day.",
                    "Discuss the position with your finance business partner."),
            List.of(
                    new Faq(
                            "What counts as an underspend?",
                            "A forecast below budget by the end of the financial year; report it as soon as you know."),
                    new Faq(
                            "Can I move money between cost centres?",
                            "Yes, with a budget transfer request approved by both budget holders and finance."),
                    new Faq(
                            "When is the year-end deadline?",
                            "Accruals and final forecasts are due in the second week of March; finance publishes the exact date."),
                    new Faq(
                            "Who can approve spending?",
                            "Only people named in a delegation letter, up to the limits in that letter.")),
            "Finance Committee",
            "the Director of Finance",
            new TableSpec(
                    "Budget monitoring",
                    List.of(
                            "Cost centre",
                            "Budget (£k)",
                            "Spend to date (£k)",
                            "Forecast (£k)",
                            "Variance (£k)",
                            "RAG"),
                    (random, i, people, today) -> {
                        int budget = 100 + random.nextInt(1900);
                        int forecast = budget + random.nextInt(budget / 5 + 1) - budget / 10;
                        int variance = forecast - budget;
                        return List.of(
                                "CC" + (4100 + i * 10) + " "
                                        + pick(
                                                random,
                                                List.of(
                                                        "Digital",
                                                        "Data",
                                                        "Commercial",
                                                        "Policy",
                                                        "Legal",
                                                        "People",
                                                        "Comms",
                                                        "Estates")),
                                budget,
                                forecast * (3 + random.nextInt(6)) / 12,
                                forecast,
                                variance,
                                Math.abs(variance) * 20 > budget
                                        ? "Red"
                                        : Math.abs(variance) * 50 > budget ? "Amber" : "Green");
                    }));

    static final Topic STAKEHOLDERS = new Topic(
            "Stakeholder engagement and consultation",
            "Stakeholder engagement",
            List.of("stakeholder engagement", "consultation", "communications", "policy"),
            List.of(
                    "public consultations",
                    "stakeholder mapping",
                    "engaging with local government",
                    "working with the voluntary sector",
                    "responding to consultation feedback",
                    "engagement with seldom-heard groups"),
            List.of(
                    "plan a public consultation",
                    "map stakeholders for a new policy",
                    "publish a consultation response",
                    "run an online engagement event"),
            List.of("stakeholder map", "consultation plan", "engagement log"),
            List.of(
                    "Consultations follow the government Consultation Principles and usually run for twelve weeks.",
                    "A stakeholder map shows who is affected, how much they can influence the outcome and how we will engage them.",
                    "We publish a summary of responses and our reply, normally within twelve weeks of a consultation closing.",
                    "Engagement with seldom-heard groups is planned from the start, with accessible formats and venues.",
                    "Every contact with a lobbyist or industry body is recorded in the engagement log.",
                    "Local authorities are told about proposals that affect them before they are announced publicly.",
                    "Voluntary sector partners are paid for their time when we ask them to run engagement for us.",
                    "Online events are recorded only with the consent of everyone taking part.",
                    "The communications team checks all consultation documents for plain English before publication.",
                    "Ministers are briefed on the main themes of the feedback before a response is published."),
            List.of(
                    "List everyone affected by or interested in the proposal.",
                    "Rate each stakeholder's interest and influence.",
                    "Choose how to engage each group and when.",
                    "Agree the plan with the policy lead and communications.",
                    "Record every engagement in the log.",
                    "Report back to stakeholders on what changed because of their views."),
            List.of(
                    new Faq(
                            "How long should a consultation run?",
                            "Long enough for people to respond well; twelve weeks is usual, shorter needs a reason."),
                    new Faq(
                            "Do we have to reply to every response?",
                            "No, but the published response must show how the main points were considered."),
                    new Faq(
                            "Can we consult only online?",
                            "Offer other ways to respond too, such as post, phone or easy read versions."),
                    new Faq(
                            "Who approves a consultation?",
                            "The policy director, with clearance from the minister's office for public consultations.")),
            "Stakeholder Engagement Forum",
            "the Head of Policy and Strategy",
            new TableSpec(
                    "Stakeholder map",
                    List.of("Stakeholder", "Interest", "Influence", "Engagement approach", "Lead"),
                    (random, i, people, today) -> List.of(
                            pick(
                                            random,
                                            List.of(
                                                    "Local Government Association",
                                                    "Citizens Advice",
                                                    "Trade union side",
                                                    "Regional mayors",
                                                    "Charities forum",
                                                    "Industry working group",
                                                    "Academic advisory panel",
                                                    "Youth parliament"))
                                    + (i >= 8 ? " (" + (i + 1) + ")" : ""),
                            pick(random, List.of("High", "Medium", "Low")),
                            pick(random, List.of("High", "Medium", "Low")),
                            pick(random, List.of("Partner", "Consult", "Inform", "Monitor")),
                            pick(random, people))));

    static final Topic ACCESSIBILITY = new Topic(
            "Digital accessibility",
            "Accessibility",
            List.of("accessibility", "digital", "content design"),
            List.of(
                    "accessibility statements",
                    "accessible documents",
                    "testing with assistive technology",
                    "colour contrast",
                    "accessible procurement",
                    "captions and transcripts"),
            List.of(
                    "check a document for accessibility",
                    "write alt text for an image",
                    "test a page with a screen reader",
                    "update the accessibility statement"),
            List.of("accessibility statement", "accessibility audit checklist", "accessibility issue report"),
            List.of(
                    "Public sector websites and mobile apps must meet the Public Sector Bodies Accessibility Regulations 2018.",
                    "We aim for WCAG 2.2 level AA on every service, internal ones included.",
                    "Every website publishes an accessibility statement that lists known problems and when they will be fixed.",
                    "Documents are published as HTML wherever possible because PDFs are harder to make accessible.",
                    "Images that carry information have alt text; decorative images have an empty alt attribute.",
                    "Videos have captions, and audio has a transcript.",
                    "Text and background colours have a contrast ratio of at least 4.5 to 1.",
                    "New services are tested with screen readers, screen magnifiers and voice control before they go live.",
                    "Accessibility requirements are written into every contract for digital services.",
                    "Anyone can report an accessibility problem through the feedback link on every page."),
            List.of(
                    "Use headings in order and do not skip levels.",
                    "Write link text that makes sense out of context.",
                    "Add alt text to informative images.",
                    "Check the colour contrast with the contrast checker.",
                    "Run the automated checker and fix what it finds.",
                    "Test the page with a keyboard only."),
            List.of(
                    new Faq(
                            "Do internal systems have to be accessible?",
                            "Yes. Colleagues who use assistive technology need them as much as the public do."),
                    new Faq(
                            "Is an automated check enough?",
                            "No. Automated tools find about a third of problems; manual and assistive technology testing find the rest."),
                    new Faq(
                            "Can we publish a scanned PDF?",
                            "Not as the only version; provide an accessible HTML version or an accessible document."),
                    new Faq(
                            "Who updates the accessibility statement?",
                            "The service owner, at least once a year and whenever a known problem is fixed.")),
            "Accessibility Working Group",
            "the Head of Digital Services",
            new TableSpec(
                    "Accessibility audit findings",
                    List.of("Page or service", "WCAG criterion", "Issue", "Severity", "Fix due", "Status"),
                    (random, i, people, today) -> List.of(
                            pick(
                                    random,
                                    List.of(
                                            "Intranet home page",
                                            "Expenses form",
                                            "Grant application service",
                                            "Job applications",
                                            "Search results",
                                            "Annual report PDF")),
                            pick(
                                    random,
                                    List.of(
                                            "1.1.1 Non-text content",
                                            "1.4.3 Contrast (minimum)",
                                            "2.1.1 Keyboard",
                                            "2.4.6 Headings and labels",
                                            "3.3.1 Error identification",
                                            "4.1.2 Name, role, value")),
                            pick(
                                    random,
                                    List.of(
                                            "Missing alt text",
                                            "Low contrast on buttons",
                                            "Focus not visible",
                                            "Form errors not announced",
                                            "Unlabelled form field",
                                            "Table without headers")),
                            pick(random, List.of("High", "Medium", "Low")),
                            today.plusDays(random.nextInt(120) - 30).toString(),
                            pick(random, List.of("Open", "In progress", "Fixed")))));

    static final Topic INCIDENTS = new Topic(
            "Security incident response",
            "Incident response",
            List.of("security", "incident response", "digital"),
            List.of(
                    "reporting security incidents",
                    "phishing emails",
                    "lost or stolen devices",
                    "major incident escalation",
                    "post-incident reviews",
                    "ransomware"),
            List.of(
                    "report a suspicious email",
                    "report a lost laptop or phone",
                    "run a post-incident review",
                    "escalate a major incident"),
            List.of("security incident report", "post-incident review record", "major incident log"),
            List.of(
                    "Every suspected security incident is reported to the service desk within one hour of being noticed.",
                    "Incidents are graded from severity 1, a major incident affecting services, to severity 4, a minor event with no impact.",
                    "The on-call incident manager leads the response to every severity 1 and severity 2 incident.",
                    "Lost or stolen devices are wiped remotely as soon as they are reported.",
                    "Suspicious emails are reported with the report button, never forwarded to colleagues.",
                    "Incidents involving personal data are passed to the data protection team, who decide whether to tell the ICO.",
                    "Major cyber incidents are reported to the National Cyber Security Centre.",
                    "Every severity 1 and 2 incident has a blameless post-incident review within ten working days.",
                    "Actions from post-incident reviews are tracked by the security team until they are closed.",
                    "The incident response plan is tested with a tabletop exercise twice a year."),
            List.of(
                    "Stop what you are doing and do not try to investigate yourself.",
                    "Call or message the service desk and say that it is a security incident.",
                    "Give the time, what you saw and which device or account is involved.",
                    "Follow the incident manager's instructions.",
                    "Keep a note of what you did and when.",
                    "Take part in the post-incident review if asked."),
            List.of(
                    new Faq(
                            "I clicked a link in a phishing email. What now?",
                            "Report it at once. You will not be blamed; a quick report limits the damage."),
                    new Faq(
                            "Is a lost building pass a security incident?",
                            "Yes. Report it so that the pass can be cancelled."),
                    new Faq(
                            "Who decides the severity?",
                            "The incident manager, using the severity matrix in the incident response plan."),
                    new Faq(
                            "Are post-incident reviews about blame?",
                            "No. They look for what in our systems and processes let the incident happen.")),
            "Security Incident Review Board",
            "the Chief Information Security Officer",
            new TableSpec(
                    "Security incident log",
                    List.of("Reference", "Reported", "Category", "Severity", "Summary", "Status"),
                    (random, i, people, today) -> {
                        LocalDate reported = today.minusDays(random.nextInt(365));
                        return List.of(
                                "INC-" + (5000 + i * 13),
                                reported.toString(),
                                pick(
                                        random,
                                        List.of(
                                                "Phishing",
                                                "Lost device",
                                                "Malware",
                                                "Misdirected email",
                                                "Access misuse")),
                                1 + random.nextInt(4),
                                pick(
                                        random,
                                        List.of(
                                                "Credential phishing campaign reported by staff",
                                                "Laptop left on a train and wiped",
                                                "Email with a spreadsheet sent to the wrong supplier",
                                                "Malicious attachment blocked at the gateway",
                                                "Shared account used after a colleague left")),
                                pick(random, List.of("Closed", "Closed", "Open", "Under review")));
                    }));

    static final Topic SERVICE = new Topic(
            "Service design and delivery",
            "Service delivery",
            List.of("digital", "service standard", "user research"),
            List.of(
                    "service assessments",
                    "discovery phases",
                    "user research with the public",
                    "retiring legacy systems",
                    "measuring service performance",
                    "agile governance"),
            List.of(
                    "prepare for a service assessment",
                    "recruit participants for user research",
                    "write a user need",
                    "run a sprint review"),
            List.of("discovery report", "user research plan", "service assessment preparation checklist"),
            List.of(
                    "Services are built in phases: discovery, alpha, beta and live, and each phase ends with a decision to continue or stop.",
                    "The Service Standard's fourteen points are the basis of every service assessment.",
                    "User research happens in every sprint, with real users, including people who use assistive technology.",
                    "Teams publish their user needs and what they learned at the end of discovery.",
                    "Services measure completion rate, user satisfaction, cost per transaction and digital take-up.",
                    "Legacy systems are retired only after their data has been migrated and checked.",
                    "Teams show their work every two weeks at a sprint review that anyone can attend.",
                    "Participants in research are paid for their time and give informed consent.",
                    "Spend controls apply to digital and technology spending above the agreed thresholds.",
                    "Open standards and open source are preferred so that we are not locked in to one supplier."),
            List.of(
                    "Read the Service Standard and note evidence for each point.",
                    "Agree the date of the assessment with the assurance team.",
                    "Prepare a short presentation of the service and its users.",
                    "Show the service working, including the accessible version.",
                    "Bring the whole team, not only the service owner.",
                    "Publish the assessment report and act on its recommendations."),
            List.of(
                    new Faq(
                            "Does every project need a discovery?",
                            "Every new service does; small changes to an existing service may not."),
                    new Faq(
                            "Who can do user research?",
                            "Anyone can observe; sessions are led by a trained user researcher."),
                    new Faq(
                            "What happens if we fail an assessment?",
                            "The panel explains what is missing and the team is reassessed on those points."),
                    new Faq(
                            "How often should we show our work?",
                            "At least every two weeks, in a sprint review open to anyone.")),
            "Digital Delivery Board",
            "the Head of Digital Services",
            new TableSpec(
                    "Service performance",
                    List.of(
                            "Service",
                            "Phase",
                            "Completion rate (%)",
                            "Satisfaction (%)",
                            "Cost per transaction (£)",
                            "Digital take-up (%)"),
                    (random, i, people, today) -> List.of(
                            pick(
                                            random,
                                            List.of(
                                                    "Apply for a grant",
                                                    "Book a room",
                                                    "Claim expenses",
                                                    "Request information",
                                                    "Report a problem",
                                                    "Register a business"))
                                    + " " + (i + 1),
                            pick(random, List.of("Discovery", "Alpha", "Beta", "Live")),
                            60 + random.nextInt(39),
                            55 + random.nextInt(44),
                            Math.round((1 + random.nextDouble() * 20) * 100) / 100.0,
                            40 + random.nextInt(59))));

    static final Topic DATA_QUALITY = new Topic(
            "Data quality and statistics",
            "Data quality",
            List.of("data quality", "statistics", "digital"),
            List.of(
                    "the data quality framework",
                    "publishing official statistics",
                    "data ownership",
                    "metadata and data catalogues",
                    "quality assurance of analysis",
                    "open data releases"),
            List.of(
                    "run a data quality check",
                    "add a dataset to the data catalogue",
                    "quality assure a piece of analysis",
                    "publish an open data release"),
            List.of("data quality action plan", "analytical quality assurance log", "dataset metadata record"),
            List.of(
                    "The Government Data Quality Framework sets out five principles: commit, know your users, assess, communicate and anchor.",
                    "Every dataset in the catalogue has a named owner, a description and a date of last update.",
                    "Official statistics follow the Code of Practice for Statistics: trustworthiness, quality and value.",
                    "Release dates for statistics are announced in advance and never moved for political reasons.",
                    "Analysis that informs a decision is quality assured by someone who did not produce it.",
                    "Data quality is measured on completeness, accuracy, timeliness, validity, uniqueness and consistency.",
                    "Open data is published under the Open Government Licence wherever possible.",
                    "Personal data is removed or aggregated before any data leaves the analytical environment.",
                    "Known quality problems are written down and shared with users rather than hidden.",
                    "Data champions in each team act as the first point of contact for questions about data."),
            List.of(
                    "Choose the dimensions of quality that matter for this dataset.",
                    "Write checks for each one in the analysis pipeline.",
                    "Run the checks and record the results.",
                    "Investigate failures with the data owner.",
                    "Tell users about any problem that affects them.",
                    "Add the results to the dataset's metadata record."),
            List.of(
                    new Faq(
                            "Who owns a dataset?",
                            "The information asset owner for the team that collects it; the catalogue names them."),
                    new Faq(
                            "Can I share a dataset with another department?",
                            "Yes, under a data sharing agreement if it contains personal data, and after checking it with the owner."),
                    new Faq(
                            "What is a data champion?",
                            "A colleague in each team who helps others find, understand and look after data."),
                    new Faq(
                            "How do I report a data quality problem?",
                            "Tell the dataset owner and post in the Data Champions Network so others know.")),
            "Data Champions Network",
            "the Head of Data and Analytics",
            new TableSpec(
                    "Data quality scorecard",
                    List.of("Dataset", "Owner", "Completeness (%)", "Timeliness", "Validity (%)", "Last checked"),
                    (random, i, people, today) -> List.of(
                            pick(
                                            random,
                                            List.of(
                                                    "Grant payments",
                                                    "Workforce",
                                                    "Correspondence",
                                                    "Estates occupancy",
                                                    "Complaints",
                                                    "Contracts"))
                                    + " dataset " + (i + 1),
                            pick(random, people),
                            80 + random.nextInt(20),
                            pick(random, List.of("On time", "Late", "On time")),
                            85 + random.nextInt(15),
                            today.minusDays(random.nextInt(90)).toString())));

    static final Topic COMMS = new Topic(
            "Internal communications and content design",
            "Internal communications",
            List.of("communications", "content design"),
            List.of(
                    "writing for the intranet",
                    "plain English",
                    "all-staff announcements",
                    "using social media",
                    "crisis communications",
                    "style and tone"),
            List.of(
                    "publish a news story on the intranet",
                    "write a plain English summary",
                    "request an all-staff email",
                    "prepare lines to take for the press office"),
            List.of("communications plan", "news story request form", "lines to take"),
            List.of(
                    "Good internal content puts the most important information first and uses short sentences.",
                    "The style guide follows GOV.UK style: plain English, sentence case headings and no unnecessary capitals.",
                    "All-staff emails are reserved for urgent news that affects everyone; everything else goes on the intranet.",
                    "Press enquiries go to the press office; only authorised spokespeople talk to journalists.",
                    "Content is reviewed every six months and removed when it is out of date.",
                    "Acronyms are spelled out the first time they are used.",
                    "The communications team plans announcements in a shared grid to avoid clashes.",
                    "Social media accounts are run by trained staff following the social media policy.",
                    "During a crisis, communications follow the agreed lines to take and are cleared by the duty press officer.",
                    "Every page has an owner who is responsible for keeping it accurate."),
            List.of(
                    "Check whether the news affects everyone or one group.",
                    "Write the headline and first paragraph so that they make sense alone.",
                    "Ask a colleague to read it for plain English.",
                    "Send it to the internal communications team with the date you need it published.",
                    "Agree who will answer questions after publication.",
                    "Review the page after six months."),
            List.of(
                    new Faq(
                            "Can I send an email to all staff?",
                            "Ask the internal communications team; they decide whether it needs an email or an intranet story."),
                    new Faq(
                            "What is plain English?",
                            "Writing that the intended reader understands the first time, with everyday words and short sentences."),
                    new Faq(
                            "A journalist has contacted me. What should I do?",
                            "Do not comment; pass the enquiry to the press office straight away."),
                    new Faq(
                            "How long should a news story be?",
                            "As short as it can be; most good stories are under 300 words.")),
            "Communications Planning Meeting",
            "the Head of Communications",
            new TableSpec(
                    "Communications grid",
                    List.of("Week commencing", "Announcement", "Audience", "Channel", "Owner", "Status"),
                    (random, i, people, today) -> List.of(
                            today.plusWeeks(i - 4)
                                    .minusDays(today.getDayOfWeek().getValue() - 1)
                                    .toString(),
                            pick(
                                    random,
                                    List.of(
                                            "Staff survey results",
                                            "New hybrid working guidance",
                                            "Pay award",
                                            "Office move",
                                            "Annual report",
                                            "Accessibility awareness week",
                                            "Security campaign",
                                            "Volunteering days")),
                            pick(random, List.of("All staff", "Managers", "Digital teams", "Public")),
                            pick(
                                    random,
                                    List.of(
                                            "Intranet",
                                            "All-staff email",
                                            "Town hall",
                                            "Social media",
                                            "Press release")),
                            pick(random, people),
                            pick(random, List.of("Planned", "Drafted", "Cleared", "Published")))));

    static final Topic POLICY_MAKING = new Topic(
            "Policy development and evaluation",
            "Policy development",
            List.of("policy", "evaluation", "governance"),
            List.of(
                    "impact assessments",
                    "using evidence in policy",
                    "evaluation planning",
                    "submissions to ministers",
                    "the policy profession standards",
                    "horizon scanning"),
            List.of(
                    "write a submission to a minister",
                    "plan an evaluation",
                    "complete an equality impact assessment",
                    "commission an evidence review"),
            List.of("ministerial submission", "equality impact assessment", "evaluation plan"),
            List.of(
                    "Policy options are set out with their costs, benefits and risks so that ministers can make an informed choice.",
                    "An impact assessment is required for regulatory proposals that affect business or civil society.",
                    "The Public Sector Equality Duty means we must consider the effect of every policy on people with protected characteristics.",
                    "Evaluation is planned at the start of a policy, not added at the end, following the Magenta Book.",
                    "Submissions to ministers are short, state the decision needed in the first line and give a recommendation.",
                    "Evidence reviews are commissioned early so that options are based on what is known to work.",
                    "Policy teams test their thinking with the people who will deliver the policy and those affected by it.",
                    "Behavioural insights are used to design interventions that people can follow easily.",
                    "Horizon scanning looks five to ten years ahead for trends that could affect our policies.",
                    "Lessons from evaluations are published so that other teams can learn from them."),
            List.of(
                    "State the decision needed in the summary.",
                    "Set out the background in no more than three paragraphs.",
                    "Give the options with their pros, cons and costs.",
                    "Make a clear recommendation.",
                    "Cover handling: communications, legal and equality considerations.",
                    "Clear it with finance, legal and the press office before it goes to the private office."),
            List.of(
                    new Faq(
                            "How long should a submission be?",
                            "Two pages where possible, with annexes for the detail."),
                    new Faq(
                            "When do I need an equality impact assessment?",
                            "Whenever a policy could affect people differently because of a protected characteristic."),
                    new Faq(
                            "Who can help with evaluation design?",
                            "The Data and Analytics Unit, which keeps a list of evaluation advisers."),
                    new Faq(
                            "What is the Magenta Book?",
                            "HM Treasury's guidance on what to consider when designing an evaluation.")),
            "Policy Board",
            "the Head of Policy and Strategy",
            new TableSpec(
                    "Policy pipeline",
                    List.of("Policy", "Stage", "Lead", "Impact assessment", "Evaluation planned", "Next milestone"),
                    (random, i, people, today) -> List.of(
                            pick(
                                            random,
                                            List.of(
                                                    "Community grants reform",
                                                    "Digital inclusion strategy",
                                                    "Regional skills pilot",
                                                    "Open data strategy",
                                                    "Net zero estates plan",
                                                    "Volunteering scheme"))
                                    + " " + (i + 1),
                            pick(random, List.of("Scoping", "Options", "Consultation", "Implementation", "Evaluation")),
                            pick(random, people),
                            pick(random, List.of("Complete", "In progress", "Not required")),
                            pick(random, List.of("Yes", "Yes", "No")),
                            today.plusDays(7 + random.nextInt(180)).toString())));

    static final List<Topic> ALL = List.of(
            PROCUREMENT,
            FOI,
            DATA_PROTECTION,
            RECORDS,
            HYBRID,
            ONBOARDING,
            BUDGET,
            STAKEHOLDERS,
            ACCESSIBILITY,
            INCIDENTS,
            SERVICE,
            DATA_QUALITY,
            COMMS,
            POLICY_MAKING);

    static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
