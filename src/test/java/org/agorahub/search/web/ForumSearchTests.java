package org.agorahub.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.agorahub.AgoraTest;
import org.agorahub.forum.TestForums;
import org.agorahub.library.Classification;
import org.agorahub.library.TestLibraries;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.agorahub.people.Visibility;
import org.agorahub.search.SearchApi;
import org.agorahub.search.SearchFilters;
import org.agorahub.search.SearchFilters.Facet;
import org.agorahub.search.SearchRequest;
import org.agorahub.search.SearchResults;
import org.agorahub.search.SearchResults.Count;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Forum threads in the one search: found by the words of their title and posts, with the same trimming as the
 * boards (a board someone may not see adds nothing to their hits, totals or facet counts), kept in step with
 * replies, edits and deletions, with board and answered facets and a search of one board.
 */
@AgoraTest
class ForumSearchTests {

    private static final Random RANDOM = new Random();

    @Autowired
    MockMvc mvc;

    @Autowired
    SearchApi search;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestForums testForums;

    @Autowired
    TestLibraries testLibraries;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aThreadIsFoundByAWordOfItsTitleAndOfAReplyAlongsideDocuments() throws Exception {
        PersonSummary curator = testPeople.person("Cora Curator", Role.CURATOR);
        PersonSummary asker = testPeople.person("Ada Asker");
        PersonSummary helper = testPeople.person("Hal Helper");
        long board = testForums.board(curator, Visibility.ORGANISATION, null);
        String titleWord = word();
        String replyWord = word();
        long thread = testForums.question(asker, board, "Where is the " + titleWord + " form?", "I cannot find it.");
        testForums.reply(helper, thread, "It is on the " + replyWord + " page.");
        long library = testLibraries.library(curator, Visibility.ORGANISATION, null);
        long document = testLibraries.textDocument(
                curator, library, "The " + titleWord + " form", "How to fill it in.", Classification.OFFICIAL);

        as(helper, get("/search").param("q", titleWord))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 results for")))
                .andExpect(content().string(containsString("href=\"/forums/threads/" + thread + "\"")))
                .andExpect(content().string(containsString("href=\"/documents/" + document + "\"")))
                .andExpect(content().string(containsString("(forum question)")))
                .andExpect(content().string(containsString("href=\"/forums/boards/" + board + "\"")));
        as(helper, get("/search").param("q", replyWord))
                .andExpect(content().string(containsString("1 result for")))
                .andExpect(content().string(containsString("href=\"/forums/threads/" + thread + "\"")))
                .andExpect(content().string(containsString("<em>" + replyWord + "</em>")));

        // "did you mean" knows the words of threads too
        String typo = titleWord.substring(0, 4) + titleWord.substring(5);
        assertThat(search.search(TestLibraries.user(helper), typo, 0, 10).suggestion())
                .isEqualTo(titleWord);
    }

    @Test
    void aDepartmentBoardsThreadsAreNotFoundNorCountedByOtherDepartments() throws Exception {
        DepartmentSummary legal = testPeople.department("Legal");
        DepartmentSummary finance = testPeople.department("Finance");
        PersonSummary legalLead = testPeople.person("Lou Lead", legal, Role.DEPARTMENT_LEAD);
        PersonSummary lawyer = testPeople.person("Lena Lawyer", legal);
        PersonSummary accountant = testPeople.person("Abe Accountant", finance);
        PersonSummary curator = testPeople.person("Cora Curator", Role.CURATOR);
        long legalBoard = testForums.board(legalLead, Visibility.DEPARTMENT, legal.id());
        long openBoard = testForums.board(curator, Visibility.ORGANISATION, null);
        String secretWord = word();
        String shared = word();
        long hidden = testForums.question(lawyer, legalBoard, "Settlement " + secretWord, "About " + shared + ".");
        long open = testForums.discussion(lawyer, openBoard, "Open talk", "About " + shared + ".");

        as(lawyer, get("/search").param("q", secretWord))
                .andExpect(content().string(containsString("href=\"/forums/threads/" + hidden + "\"")));
        as(accountant, get("/search").param("q", secretWord))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No results for")))
                .andExpect(content().string(not(containsString("/forums/threads/" + hidden))));
        as(accountant, get("/search").param("q", secretWord).param("board", String.valueOf(legalBoard)))
                .andExpect(content().string(not(containsString("/forums/threads/" + hidden))));

        SearchResults theirs = search.search(TestLibraries.user(accountant), shared, 0, 10);
        assertThat(theirs.total()).isEqualTo(1);
        assertThat(ids(theirs)).containsExactly(open);
        assertThat(counts(theirs, Facet.BOARD)).containsOnlyKeys(String.valueOf(openBoard));
        assertThat(counts(theirs, Facet.TYPE)).containsExactlyEntriesOf(Map.of("discussion", 1L));
        assertThat(counts(theirs, Facet.DEPARTMENT)).isEmpty();
        assertThat(counts(theirs, Facet.ANSWERED)).isEmpty();

        SearchResults mine = search.search(TestLibraries.user(lawyer), shared, 0, 10);
        assertThat(mine.total()).isEqualTo(2);
        assertThat(counts(mine, Facet.DEPARTMENT)).containsExactlyEntriesOf(Map.of(String.valueOf(legal.id()), 1L));
        assertThat(counts(mine, Facet.ANSWERED)).containsExactlyEntriesOf(Map.of(SearchFilters.ANSWERED_NO, 1L));
        SearchResults legalOnly = search.search(
                TestLibraries.user(lawyer),
                new SearchRequest(
                        shared, SearchFilters.NONE.with(Facet.DEPARTMENT, String.valueOf(legal.id())), null, 0, 10));
        assertThat(ids(legalOnly)).containsExactly(hidden);
    }

    @Test
    void aRestrictedBoardsNamedMemberFindsItsThreadsAndNobodyElseDoes() throws Exception {
        DepartmentSummary legal = testPeople.department("Legal");
        PersonSummary curator = testPeople.person("Cora Curator", Role.CURATOR);
        PersonSummary member = testPeople.person("Mia Member", legal);
        PersonSummary colleague = testPeople.person("Col Colleague", legal);
        long board = testForums.board(curator, Visibility.RESTRICTED, legal.id(), member);
        String word = word();
        long thread = testForums.discussion(curator, board, "Board minutes " + word, "Draft minutes.");

        as(member, get("/search").param("q", word))
                .andExpect(content().string(containsString("href=\"/forums/threads/" + thread + "\"")));
        as(curator, get("/search").param("q", word))
                .andExpect(content().string(containsString("href=\"/forums/threads/" + thread + "\"")));
        as(colleague, get("/search").param("q", word))
                .andExpect(content().string(containsString("No results for")))
                .andExpect(content().string(not(containsString("/forums/threads/" + thread))));
    }

    @Test
    void editedAndDeletedPostsNoLongerFindTheThreadNorDoesADeletedThread() throws Exception {
        PersonSummary curator = testPeople.person("Cora Curator", Role.CURATOR);
        PersonSummary asker = testPeople.person("Ada Asker");
        PersonSummary helper = testPeople.person("Hal Helper");
        long board = testForums.board(curator, Visibility.ORGANISATION, null);
        String titleWord = word();
        String replyWord = word();
        String oldWord = word();
        String newWord = word();
        long thread = testForums.question(asker, board, "Question " + titleWord, "About " + oldWord + ".");
        long reply = testForums.reply(helper, thread, "Try " + replyWord + ".");
        assertThat(found(helper, replyWord)).containsExactly(thread);
        assertThat(found(helper, oldWord)).containsExactly(thread);

        as(helper, post("/forums/posts/" + reply + "/delete").with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(found(helper, replyWord)).isEmpty();
        assertThat(found(helper, titleWord)).containsExactly(thread);

        long opening = jdbc.sql("select id from forum_post where thread_id = ? and opening")
                .param(thread)
                .query(Long.class)
                .single();
        as(
                        asker,
                        post("/forums/posts/" + opening + "/edit")
                                .param("body", "About " + newWord + ".")
                                .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(found(helper, oldWord)).isEmpty();
        assertThat(found(helper, newWord)).containsExactly(thread);

        as(curator, post("/forums/threads/" + thread + "/delete").with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(found(helper, titleWord)).isEmpty();
        assertThat(found(curator, titleWord)).isEmpty();
    }

    @Test
    void boardAndAnsweredFacetsCountWhatTheyFind() throws Exception {
        PersonSummary curator = testPeople.person("Cora Curator", Role.CURATOR);
        PersonSummary asker = testPeople.person("Ada Asker");
        PersonSummary helper = testPeople.person("Hal Helper");
        long first = testForums.board(curator, Visibility.ORGANISATION, null);
        long second = testForums.board(curator, Visibility.ORGANISATION, null);
        String word = word();
        long answered = testForums.question(asker, first, "Answered " + word, "Text.");
        testForums.accept(asker, testForums.reply(helper, answered, "The answer."));
        long open1 = testForums.question(asker, first, "Open " + word, "Text.");
        long open2 = testForums.question(asker, second, "Also open " + word, "Text.");
        long talk = testForums.discussion(asker, second, "Talk " + word, "Text.");
        PersonSummary reader = testPeople.person("Rita Reader");

        SearchResults all = search.search(TestLibraries.user(reader), word, 0, 10);
        assertThat(all.total()).isEqualTo(4);
        assertThat(counts(all, Facet.BOARD))
                .containsExactlyInAnyOrderEntriesOf(Map.of(String.valueOf(first), 2L, String.valueOf(second), 2L));
        assertThat(counts(all, Facet.ANSWERED))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(SearchFilters.ANSWERED_YES, 1L, SearchFilters.ANSWERED_NO, 2L));
        assertThat(counts(all, Facet.TYPE))
                .containsExactlyInAnyOrderEntriesOf(Map.of("question", 3L, "discussion", 1L));
        assertThat(ids(filtered(reader, word, Facet.ANSWERED, SearchFilters.ANSWERED_YES)))
                .containsExactly(answered);
        assertThat(ids(filtered(reader, word, Facet.ANSWERED, SearchFilters.ANSWERED_NO)))
                .containsExactlyInAnyOrder(open1, open2);
        assertThat(ids(filtered(reader, word, Facet.BOARD, String.valueOf(second))))
                .containsExactlyInAnyOrder(open2, talk);
        assertThat(filtered(reader, word, Facet.ANSWERED, "maybe").total()).isZero();

        as(reader, get("/search").param("q", word))
                .andExpect(content().string(containsString("Questions without an accepted answer")))
                .andExpect(content().string(containsString(">Answered<")));
    }

    @Test
    void aBoardsSearchBoxSearchesThatBoardOnly() throws Exception {
        PersonSummary curator = testPeople.person("Cora Curator", Role.CURATOR);
        PersonSummary reader = testPeople.person("Rita Reader");
        long board = testForums.board(curator, Visibility.ORGANISATION, null);
        long other = testForums.board(curator, Visibility.ORGANISATION, null);
        String word = word();
        long here = testForums.question(curator, board, "Here " + word, "Text.");
        long elsewhere = testForums.question(curator, other, "Elsewhere " + word, "Text.");

        as(reader, get("/forums/boards/" + board))
                .andExpect(content().string(containsString("action=\"/search\"")))
                .andExpect(content().string(containsString("name=\"board\" value=\"" + board + "\"")));
        as(reader, get("/search").param("q", word).param("board", String.valueOf(board)))
                .andExpect(content().string(containsString("1 result for")))
                .andExpect(content().string(containsString("href=\"/forums/threads/" + here + "\"")))
                .andExpect(content().string(not(containsString("href=\"/forums/threads/" + elsewhere + "\""))))
                .andExpect(content().string(containsString("Board: Board ")));
    }

    private List<Long> found(PersonSummary person, String word) {
        return ids(search.search(TestLibraries.user(person), word, 0, 20));
    }

    private SearchResults filtered(PersonSummary person, String word, Facet facet, String value) {
        return search.search(
                TestLibraries.user(person),
                new SearchRequest(word, SearchFilters.NONE.with(facet, value), null, 0, 20));
    }

    private static List<Long> ids(SearchResults results) {
        return results.hits().stream()
                .filter(SearchResults.Hit::thread)
                .map(SearchResults.Hit::id)
                .toList();
    }

    @Test
    void moderationKeepsSearchInStep() throws Exception {
        DepartmentSummary legal = testPeople.department("Legal");
        DepartmentSummary finance = testPeople.department("Finance");
        PersonSummary curator = testPeople.person("Cora Curator", Role.CURATOR);
        PersonSummary lawyer = testPeople.person("Lena Lawyer", legal);
        PersonSummary accountant = testPeople.person("Abe Accountant", finance);
        long openBoard = testForums.board(curator, Visibility.ORGANISATION, null);
        long legalBoard = testForums.board(curator, Visibility.DEPARTMENT, legal.id());
        String spam = word();
        String topic = word();
        long thread = testForums.discussion(lawyer, openBoard, "Contracts " + topic, "Ideas welcome.");
        long reply = testForums.reply(accountant, thread, "Buy cheap " + spam + " now");
        assertFound(accountant, spam, thread);

        // a hidden post's words no longer find the thread; unhidden, they do again
        as(curator, post("/forums/posts/" + reply + "/hide").with(csrf())).andExpect(status().isFound());
        assertNotFound(accountant, spam, thread);
        as(curator, post("/forums/posts/" + reply + "/unhide").with(csrf())).andExpect(status().isFound());
        assertFound(accountant, spam, thread);

        // moved to a department board, the thread is found only by that department
        as(
                        curator,
                        post("/forums/threads/" + thread + "/move")
                                .param("boardId", String.valueOf(legalBoard))
                                .with(csrf()))
                .andExpect(status().isFound());
        assertNotFound(accountant, topic, thread);
        assertFound(lawyer, topic, thread);

        // the board opened to everyone: its threads are found by everyone
        as(
                        curator,
                        post("/forums/boards/" + legalBoard + "/settings")
                                .param("name", "Legal, open")
                                .param("description", "Now for everyone")
                                .param("departmentId", String.valueOf(legal.id()))
                                .param("visibility", Visibility.ORGANISATION.name())
                                .param("members", "")
                                .param("moderators", "")
                                .with(csrf()))
                .andExpect(status().isFound());
        assertFound(accountant, topic, thread);
    }

    private void assertFound(PersonSummary person, String word, long thread) throws Exception {
        as(person, get("/search").param("q", word))
                .andExpect(content().string(containsString("href=\"/forums/threads/" + thread + "\"")));
    }

    private void assertNotFound(PersonSummary person, String word, long thread) throws Exception {
        as(person, get("/search").param("q", word))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/forums/threads/" + thread + "\""))));
    }

    private static Map<String, Long> counts(SearchResults results, Facet facet) {
        return results.facet(facet).counts().stream().collect(Collectors.toMap(Count::value, Count::count));
    }

    /** A made-up word found nowhere else (letters only, so that spelling suggestions work on it). */
    static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    private ResultActions as(PersonSummary person, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(user(TestPeople.principal(person))));
    }
}
