package org.agorahub.expertise.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.agorahub.AgoraTest;
import org.agorahub.StatementCounter;
import org.agorahub.expertise.TestSkills;
import org.agorahub.expertise.domain.EvidenceService;
import org.agorahub.expertise.domain.ExpertFinder;
import org.agorahub.expertise.domain.ExpertResult;
import org.agorahub.expertise.domain.ExpertSearch;
import org.agorahub.forum.ForumApi;
import org.agorahub.forum.NewThread;
import org.agorahub.forum.TestForums;
import org.agorahub.forum.ThreadKind;
import org.agorahub.forum.domain.VoteService;
import org.agorahub.library.Classification;
import org.agorahub.library.LibraryApi;
import org.agorahub.library.LibraryRole;
import org.agorahub.library.TestLibraries;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.agorahub.people.Visibility;
import org.agorahub.people.domain.PersonService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * "Who knows about X?": evidence from documents and answers, the combined ranking with its why, aliases, what a
 * viewer may not see, deactivated people, facets and the page's cost.
 */
@AgoraTest
class ExpertFinderTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestLibraries testLibraries;

    @Autowired
    TestForums testForums;

    @Autowired
    TestSkills testSkills;

    @Autowired
    ForumApi forum;

    @Autowired
    LibraryApi library;

    @Autowired
    VoteService votes;

    @Autowired
    EvidenceService evidence;

    @Autowired
    ExpertFinder finder;

    @Autowired
    PersonService personService;

    @Autowired
    StatementCounter statements;

    @Autowired
    JdbcClient jdbc;

    DepartmentSummary commercial;
    PersonSummary curator;
    PersonSummary viewer;
    String skillName;
    String alias;
    long skill;
    long board;
    long openLibrary;

    @BeforeEach
    void setUp() {
        commercial = testPeople.department("Commercial");
        curator = testPeople.person("Cora Curator", commercial, Role.CURATOR);
        viewer = testPeople.person("Vic Viewer", commercial);
        skillName = TestSkills.unique("Procurement");
        alias = TestSkills.unique("Call-Offs");
        skill = testSkills.skill(skillName, "Commercial", alias);
        board = testForums.board(curator, Visibility.ORGANISATION, null);
        openLibrary = testLibraries.library(curator, Visibility.ORGANISATION, null);
    }

    @Test
    void evidenceFromAnswersAndDocumentsWithMatchingTagsOrAliasesCountsAndIsExplained() throws Exception {
        PersonSummary bob = writer("Bob Buyer");
        PersonSummary asker = testPeople.person("Asa Asker", commercial);
        // a question tagged with the skill's name (any case), answered by Bob and accepted
        long question = forum.startThread(
                TestLibraries.user(asker),
                board,
                new NewThread(
                        ThreadKind.QUESTION, "Which framework?", "For a small buy.", Set.of(skillName.toUpperCase())));
        long answer = testForums.reply(bob, question, "Use the framework.");
        testForums.accept(asker, answer);
        // a reply with two up-votes in a thread tagged with the alias
        long discussion = forum.startThread(
                TestLibraries.user(asker),
                board,
                new NewThread(ThreadKind.DISCUSSION, "Call-off tips", "Share yours.", Set.of(alias)));
        long tip = testForums.reply(bob, discussion, "Check the lots first.");
        votes.vote(TestLibraries.user(asker), tip, 1);
        votes.vote(TestLibraries.user(curator), tip, 1);
        // a document tagged with the alias, written by Bob; another verified by the curator
        long guide = testLibraries.taggedDocument(
                bob, openLibrary, "Framework agreements guide", "How to.", Classification.OFFICIAL, alias);
        testLibraries.taggedDocument(bob, openLibrary, "Unrelated note", "Lunch.", Classification.OFFICIAL, "lunch");
        library.verify(TestLibraries.user(curator), guide);

        evidence.recompute(bob.id());
        evidence.recompute(curator.id());

        assertThat(items(bob))
                .containsExactlyInAnyOrder(
                        "ACCEPTED_ANSWER:" + answer + ":3.0",
                        "UPVOTED_REPLY:" + tip + ":1.0",
                        "AUTHORED:" + guide + ":2.0");
        assertThat(items(curator)).containsExactly("VERIFIED:" + guide + ":1.0");
        ExpertResult found =
                only(finder.find(TestLibraries.user(viewer), skillName, null, null, PageRequest.of(0, 20)), bob);
        assertThat(found.evidence()).isEqualTo(6.0);
        assertThat(found.why().acceptedAnswers()).isEqualTo(1);
        assertThat(found.why().upvotedReplies()).isEqualTo(1);

        as(viewer, "/people/experts?q=" + skillName)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 accepted answer about " + skillName)))
                .andExpect(content().string(containsString("1 upvoted reply about " + skillName)))
                .andExpect(content().string(containsString("Evidence score 6")))
                .andExpect(content().string(containsString("author of")))
                .andExpect(content().string(containsString("‘Framework agreements guide’")))
                .andExpect(content().string(not(containsString("Unrelated note"))));
    }

    @Test
    void peopleRankByDeclaredLevelEndorsementsAndEvidenceCombined() throws Exception {
        PersonSummary ann = testPeople.person("Ann Declared", commercial);
        PersonSummary bea = writer("Bea Evidenced");
        PersonSummary cal = testPeople.person("Cal Endorsed", commercial);
        testSkills.declare(ann, skill, 4); // 8
        testSkills.declare(bea, skill, 3); // 6 + 2 documents (4) = 10
        testLibraries.taggedDocument(bea, openLibrary, "Tender guide", "Text.", Classification.OFFICIAL, skillName);
        testLibraries.taggedDocument(bea, openLibrary, "Lots explained", "Text.", Classification.OFFICIAL, skillName);
        testSkills.endorse(ann, cal, skill); // 3 ln 3 ≈ 3.3
        testSkills.endorse(bea, cal, skill);
        evidence.recompute(bea.id());

        String page = as(viewer, "/people/experts?q=" + skillName)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("People who know about " + skillName)))
                .andExpect(content().string(containsString("Says: Expert")))
                .andExpect(content().string(containsString("Endorsed by 2 colleagues")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page.indexOf("Bea Evidenced")).isPositive().isLessThan(page.indexOf("Ann Declared"));
        assertThat(page.indexOf("Ann Declared")).isLessThan(page.indexOf("Cal Endorsed"));
        assertThat(page).contains("3 people");
    }

    @Test
    void searchingAnAliasFindsTheSkillAndAnUnknownWordSuggestsCloseSkills() throws Exception {
        PersonSummary ann = testPeople.person("Ann Alias", commercial);
        testSkills.declare(ann, skill, 2);

        as(viewer, "/people/experts?q=" + alias.toLowerCase())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("People who know about " + skillName)))
                .andExpect(content().string(containsString("Ann Alias")))
                .andExpect(content().string(containsString("Says: Working knowledge")));

        as(viewer, "/people/experts?q=" + skillName.substring(0, 8) + "x")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No skill is called")))
                .andExpect(content().string(not(containsString("Ann Alias"))));
        String rare = TestSkills.unique("Zythography");
        testSkills.skill(rare, null, TestSkills.unique("Beer brewing"));
        as(viewer, "/people/experts?q=ZYTHOGRAPH")
                .andExpect(content().string(containsString("Did you mean:")))
                .andExpect(content().string(containsString(rare)));
    }

    @Test
    void aRestrictedDocumentCountsOnlyForViewersWhoMayReadIt() throws Exception {
        PersonSummary dana = testPeople.person("Dana Hidden", commercial);
        PersonSummary eve = testPeople.person("Eve Endorsed", commercial);
        PersonSummary insider = testPeople.person("Ina Insider", commercial);
        long restricted = testLibraries.library(dana, Visibility.RESTRICTED, null);
        library.setMember(TestLibraries.user(dana), restricted, insider.id(), LibraryRole.READER);
        testLibraries.taggedDocument(
                dana, restricted, "Secret framework one", "Text.", Classification.OFFICIAL, skillName);
        testLibraries.taggedDocument(
                dana, restricted, "Secret framework two", "Text.", Classification.OFFICIAL, skillName);
        testSkills.declare(dana, skill, 1); // 2, plus 4 for those who may read her documents
        testSkills.declare(eve, skill, 1); // 2
        testSkills.endorse(viewer, eve, skill); // + 3 ln 2 ≈ 2.1
        evidence.recompute(dana.id());

        // denied: the outsider is not told of the documents, and they do not lift Dana above Eve
        assertThat(only(finder.find(TestLibraries.user(viewer), skillName, null, null, PageRequest.of(0, 20)), dana)
                        .evidence())
                .isZero();
        String outside = as(viewer, "/people/experts?q=" + skillName)
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Secret framework"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(outside.indexOf("Eve Endorsed")).isPositive().isLessThan(outside.indexOf("Dana Hidden"));

        // allowed: a named reader of the library sees them and Dana ranks first
        assertThat(only(finder.find(TestLibraries.user(insider), skillName, null, null, PageRequest.of(0, 20)), dana)
                        .evidence())
                .isEqualTo(4.0);
        // the same on profiles: a person's evidence by skill, trimmed for the viewer
        assertThat(finder.evidenceOf(TestLibraries.user(viewer), dana.id())).isEmpty();
        assertThat(finder.evidenceOf(TestLibraries.user(insider), dana.id()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.skill().name()).isEqualTo(skillName);
                    assertThat(e.score()).isEqualTo(4.0);
                    assertThat(e.why().authored())
                            .extracting(d -> d.title())
                            .containsExactly("Secret framework one", "Secret framework two");
                });
        String inside = as(insider, "/people/experts?q=" + skillName)
                .andExpect(content().string(containsString("‘Secret framework one’")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(inside.indexOf("Dana Hidden")).isPositive().isLessThan(inside.indexOf("Eve Endorsed"));

        // and on Dana's profile page
        as(insider, "/people/" + dana.id())
                .andExpect(content().string(containsString("What they have done")))
                .andExpect(content().string(containsString("‘Secret framework two’")));
        as(viewer, "/people/" + dana.id())
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Secret framework"))))
                .andExpect(content().string(not(containsString("What they have done"))));
    }

    @Test
    void anAnswerOnABoardTheViewerCannotSeeCountsOnlyForThoseWhoSeeIt() throws Exception {
        PersonSummary member = testPeople.person("Mo Member", commercial);
        PersonSummary answerer = testPeople.person("Rex Restricted", commercial);
        long closed = testForums.board(curator, Visibility.RESTRICTED, null, member, answerer);
        long question = forum.startThread(
                TestLibraries.user(member),
                closed,
                new NewThread(ThreadKind.QUESTION, "Closed question", "Why?", Set.of(skillName)));
        testForums.accept(member, testForums.reply(answerer, question, "Because."));
        testSkills.declare(answerer, skill, 1);
        evidence.recompute(answerer.id());

        as(viewer, "/people/experts?q=" + skillName)
                .andExpect(content().string(containsString("Rex Restricted")))
                .andExpect(content().string(not(containsString("accepted answer"))));
        as(member, "/people/experts?q=" + skillName)
                .andExpect(content().string(containsString("1 accepted answer about " + skillName)));
        assertThat(only(finder.find(TestLibraries.user(viewer), skillName, null, null, PageRequest.of(0, 20)), answerer)
                        .score())
                .isEqualTo(2.0);
    }

    @Test
    void anAcceptedAnswerUpdatesItsAuthorsEvidenceByItselfAndTheWholeRecomputeAgrees() throws Exception {
        PersonSummary asker = testPeople.person("Ed Eventual", commercial);
        PersonSummary answerer = testPeople.person("Fay Fast", commercial);
        long question = forum.startThread(
                TestLibraries.user(asker),
                board,
                new NewThread(ThreadKind.QUESTION, "Eventually?", "Tell me.", Set.of(skillName)));
        long answer = testForums.reply(answerer, question, "Soon.");
        testForums.accept(asker, answer);

        // the listener runs after commit, in the background: wait for what it must do
        long deadline = System.currentTimeMillis() + 20_000;
        while (items(answerer).isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(items(answerer)).containsExactly("ACCEPTED_ANSWER:" + answer + ":3.0");

        evidence.recomputeAll();
        assertThat(items(answerer)).containsExactly("ACCEPTED_ANSWER:" + answer + ":3.0");
        assertThat(jdbc.sql("select score from skill_evidence where person_id = ? and skill_id = ?")
                        .params(answerer.id(), skill)
                        .query(Double.class)
                        .single())
                .isEqualTo(3.0);
    }

    @Test
    void someoneWhoseOnlyEvidenceIsHiddenIsNotListed() throws Exception {
        PersonSummary owner = testPeople.person("Olga Owner", commercial);
        long restricted = testLibraries.library(owner, Visibility.RESTRICTED, null);
        testLibraries.taggedDocument(owner, restricted, "Closed note", "Text.", Classification.OFFICIAL, skillName);
        evidence.recompute(owner.id());

        as(viewer, "/people/experts?q=" + skillName)
                .andExpect(content().string(not(containsString("Olga Owner"))))
                .andExpect(content().string(containsString("No people")));
        as(owner, "/people/experts?q=" + skillName).andExpect(content().string(containsString("Olga Owner")));
    }

    @Test
    void deactivatedPeopleDropOutOfTheFinderAndTheirEvidence() throws Exception {
        PersonSummary frank = writer("Frank Former");
        testSkills.declare(frank, skill, 4);
        testLibraries.taggedDocument(frank, openLibrary, "Old guide", "Text.", Classification.OFFICIAL, skillName);
        evidence.recompute(frank.id());
        assertThat(items(frank)).hasSize(1);
        as(viewer, "/people/experts?q=" + skillName).andExpect(content().string(containsString("Frank Former")));

        personService.updatePerson(
                frank.id(),
                frank.email(),
                frank.displayName(),
                frank.jobTitle(),
                frank.departmentId(),
                frank.roles(),
                false);
        evidence.recompute(frank.id());

        assertThat(items(frank)).isEmpty();
        as(viewer, "/people/experts?q=" + skillName)
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Frank Former"))));
    }

    @Test
    void departmentAndLanguageFacetsCountAndFilter() throws Exception {
        DepartmentSummary legal = testPeople.department("Legal");
        PersonSummary gwen = testPeople.person("Gwen Welsh", legal);
        PersonSummary hal = testPeople.person("Hal French", commercial);
        PersonSummary ida = testPeople.person("Ida Both", commercial);
        testSkills.declare(gwen, skill, 3);
        testSkills.declare(hal, skill, 3);
        testSkills.declare(ida, skill, 3);
        testSkills.speaks(gwen, "Welsh");
        testSkills.speaks(hal, "French");
        testSkills.speaks(ida, "Welsh");
        testSkills.speaks(ida, "French");

        ExpertSearch all = finder.find(TestLibraries.user(viewer), skillName, null, null, PageRequest.of(0, 20));
        assertThat(all.departments())
                .extracting(f -> f.label() + "=" + f.count())
                .containsExactly(commercial.name() + "=2", legal.name() + "=1");
        assertThat(all.languages()).extracting(f -> f.label() + "=" + f.count()).containsExactly("French=2", "Welsh=2");

        as(viewer, "/people/experts?q=" + skillName + "&language=welsh")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gwen Welsh")))
                .andExpect(content().string(containsString("Ida Both")))
                .andExpect(content().string(not(containsString("Hal French"))))
                .andExpect(content().string(containsString("(selected)")));
        as(viewer, "/people/experts?q=" + skillName + "&language=Welsh&department=" + commercial.id())
                .andExpect(content().string(containsString("Ida Both")))
                .andExpect(content().string(not(containsString("Gwen Welsh"))))
                .andExpect(content().string(containsString("1 person")));
        as(viewer, "/people/experts?q=" + skillName + "&language=Klingon")
                .andExpect(content().string(containsString("No one matches these filters.")));
        // bad filters are ignored rather than an error page
        as(viewer, "/people/experts?q=" + skillName + "&department=abc&page=-1").andExpect(status().isOk());
    }

    @Test
    void theFinderCostsTheSameStatementsHoweverManyPeopleItRanks() throws Exception {
        addExperts(2);
        long few = statementsFor("/people/experts?q=" + skillName);
        assertThat(few).as("statements are being counted").isGreaterThan(2);

        addExperts(25);
        assertThat(statementsFor("/people/experts?q=" + skillName)).isEqualTo(few);
        assertThat(statementsFor("/people/experts?q=" + skillName + "&page=1")).isEqualTo(few);
    }

    @Test
    void pagesRankExactlyAroundTheirBoundaryWhateverEvidenceIsHidden() {
        long closed = testLibraries.library(curator, Visibility.RESTRICTED, null);
        PersonSummary ann = testPeople.person("Ann First", commercial);
        PersonSummary ben = testPeople.person("Ben Second", commercial);
        PersonSummary cal = writer("Cal Hidden");
        PersonSummary dee = writer("Dee Documents");
        PersonSummary eve = writer("Eve Edge");
        PersonSummary fay = writer("Fay Closed");
        PersonSummary gus = testPeople.person("Gus Last", commercial);
        library.setMember(TestLibraries.user(curator), closed, cal.id(), LibraryRole.CONTRIBUTOR);
        library.setMember(TestLibraries.user(curator), closed, fay.id(), LibraryRole.CONTRIBUTOR);
        testSkills.declare(ann, skill, 4); // 8
        testSkills.declare(ben, skill, 3); // 6
        // 4 as the viewer sees it, though the stored whole (24) is the highest of all
        testSkills.declare(cal, skill, 2);
        for (int i = 0; i < 10; i++) {
            testLibraries.taggedDocument(cal, closed, "Closed " + i, "Text.", Classification.OFFICIAL, skillName);
        }
        // 6 from evidence alone: ties with Ben and comes after him by name
        for (int i = 0; i < 3; i++) {
            testLibraries.taggedDocument(dee, openLibrary, "Open " + i, "Text.", Classification.OFFICIAL, skillName);
        }
        // 2 + 2 = 4: ties with Cal, after him by name
        testSkills.declare(eve, skill, 1);
        testLibraries.taggedDocument(eve, openLibrary, "Edge case", "Text.", Classification.OFFICIAL, skillName);
        // only hidden evidence: not listed, nor counted
        testLibraries.taggedDocument(fay, closed, "Fay's note", "Text.", Classification.OFFICIAL, skillName);
        testSkills.declare(gus, skill, 1); // 2
        List.of(cal, dee, eve, fay).forEach(person -> evidence.recompute(person.id()));

        List<String> expected =
                List.of("Ann First", "Ben Second", "Dee Documents", "Cal Hidden", "Eve Edge", "Gus Last");
        ExpertSearch whole = finder.find(TestLibraries.user(viewer), skillName, null, null, PageRequest.of(0, 20));
        assertThat(whole.experts().getContent())
                .extracting(ExpertResult::displayName)
                .isEqualTo(expected);
        assertThat(only(whole, cal).evidence()).isZero();
        assertThat(only(whole, cal).score()).isEqualTo(4.0);
        for (int size = 1; size <= 4; size++) {
            List<String> paged = new java.util.ArrayList<>();
            for (int number = 0; number * size < expected.size(); number++) {
                ExpertSearch page =
                        finder.find(TestLibraries.user(viewer), skillName, null, null, PageRequest.of(number, size));
                assertThat(page.experts().getTotalElements()).isEqualTo(expected.size());
                assertThat(page.departments())
                        .extracting(f -> f.label() + "=" + f.count())
                        .containsExactly(commercial.name() + "=6");
                page.experts().getContent().forEach(result -> {
                    ExpertResult same = only(whole, personNamed(result.displayName(), ann, ben, cal, dee, eve, gus));
                    assertThat(result).isEqualTo(same);
                    paged.add(result.displayName());
                });
            }
            assertThat(paged).as("pages of %d", size).isEqualTo(expected);
        }
        // the hidden documents count for someone who may read them
        ExpertSearch forCurator = finder.find(TestLibraries.user(curator), skillName, null, null, PageRequest.of(0, 1));
        assertThat(forCurator.experts().getContent())
                .extracting(ExpertResult::displayName)
                .containsExactly("Cal Hidden");
        assertThat(forCurator.experts().getTotalElements()).isEqualTo(7);
    }

    private static PersonSummary personNamed(String name, PersonSummary... people) {
        return java.util.Arrays.stream(people)
                .filter(p -> p.displayName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theFinderIsForSignedInPeopleOnly() throws Exception {
        mvc.perform(get("/people/experts?q=" + skillName)).andExpect(status().is3xxRedirection());
        as(viewer, "/people/experts")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Type a skill to see who knows about it")));
    }

    private void addExperts(int count) {
        PersonSummary asker = testPeople.person("Quinn Asker", commercial);
        for (int i = 0; i < count; i++) {
            PersonSummary expert = writer("Expert " + i);
            testSkills.declare(expert, skill, 1 + i % 4);
            testSkills.endorse(asker, expert, skill);
            testSkills.speaks(expert, i % 2 == 0 ? "Welsh" : "French");
            testLibraries.taggedDocument(
                    expert, openLibrary, "Guide " + i, "Text.", Classification.OFFICIAL, skillName);
            long question = forum.startThread(
                    TestLibraries.user(asker),
                    board,
                    new NewThread(ThreadKind.QUESTION, "Question " + i, "Why?", Set.of(skillName)));
            testForums.accept(asker, testForums.reply(expert, question, "Because."));
            evidence.recompute(expert.id());
        }
    }

    /** A person of the Commercial department who may add documents to the open library. */
    private PersonSummary writer(String name) {
        PersonSummary person = testPeople.person(name, commercial);
        library.setMember(TestLibraries.user(curator), openLibrary, person.id(), LibraryRole.CONTRIBUTOR);
        return person;
    }

    private long statementsFor(String url) throws Exception {
        statements.reset();
        as(viewer, url).andExpect(status().isOk());
        return statements.count();
    }

    private static ExpertResult only(ExpertSearch search, PersonSummary person) {
        List<ExpertResult> found = search.experts().getContent().stream()
                .filter(r -> r.personId() == person.id())
                .toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private List<String> items(PersonSummary person) {
        return jdbc.sql("""
                        select item_type || ':' || item_id || ':' || weight::numeric(5, 1) from skill_evidence_item
                        where person_id = ? and skill_id = ?
                        """).params(person.id(), skill).query(String.class).list();
    }

    private ResultActions as(PersonSummary person, String url) throws Exception {
        return mvc.perform(get(url).with(user(TestPeople.principal(person))));
    }
}
