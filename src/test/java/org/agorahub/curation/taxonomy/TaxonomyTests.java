package org.agorahub.curation.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.agorahub.AgoraTest;
import org.agorahub.expertise.TestSkills;
import org.agorahub.forum.ForumApi;
import org.agorahub.forum.NewThread;
import org.agorahub.forum.TestForums;
import org.agorahub.forum.ThreadKind;
import org.agorahub.library.Classification;
import org.agorahub.library.TestLibraries;
import org.agorahub.people.CurrentUser;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The taxonomy hub and the tag screens: counts, renaming, merging and deleting a tag on every document and thread
 * at once (visible in the library's and the forum's pages and in search), the refusals with their messages, and
 * curators only.
 */
@AgoraTest
class TaxonomyTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestLibraries testLibraries;

    @Autowired
    TestForums testForums;

    @Autowired
    ForumApi forum;

    @Autowired
    SearchApi search;

    @Autowired
    TaxonomyCuration taxonomy;

    @Autowired
    JdbcClient jdbc;

    DepartmentSummary unit;
    PersonSummary curator;
    PersonSummary member;
    long library;
    long board;
    String word;

    @BeforeEach
    void setUp() {
        unit = testPeople.department("Records");
        curator = testPeople.person("Cora Curator", unit, Role.CURATOR);
        member = testPeople.person("Milo Member", unit);
        library = testLibraries.library(curator, Visibility.ORGANISATION, null);
        board = testForums.board(curator, Visibility.ORGANISATION, null);
        // a word of its own for each test's titles and tags, since the tests share one database and index
        word = "zq" + TestSkills.unique("").strip() + Long.toString(System.nanoTime(), 36);
    }

    @Test
    void membersAreRefusedEveryTaxonomyPageAndAction() throws Exception {
        String tag = word + " tag";
        testLibraries.taggedDocument(curator, library, word + " memo", "Text", Classification.OFFICIAL, tag);
        for (String page :
                List.of("/admin/taxonomy", "/admin/taxonomy/tags", "/admin/taxonomy/tags/edit?tag=" + word)) {
            mvc.perform(get(page).with(user(TestPeople.principal(member)))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/admin/taxonomy/tags/delete")
                        .param("tag", tag)
                        .with(csrf())
                        .with(user(TestPeople.principal(member))))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> taxonomy.delete(TestLibraries.user(member), tag))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(documentTags(word + " memo")).containsExactly(tag);
    }

    @Test
    void theHubCountsEachVocabularyAndLinksToItsScreen() throws Exception {
        mvc.perform(get("/admin/taxonomy").with(user(TestPeople.principal(curator))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/taxonomy/tags\"")))
                .andExpect(content().string(containsString("href=\"/admin/categories\"")))
                .andExpect(content().string(containsString("href=\"/admin/search/synonyms\"")))
                .andExpect(content().string(containsString("href=\"/admin/skills\"")))
                .andExpect(content().string(containsString("href=\"/admin/featured\"")))
                .andExpect(content().string(containsString("tags in use")));
    }

    @Test
    void tagsAreListedWithTheirUsageFilteredAndPaged() throws Exception {
        String shared = word + "shared";
        testLibraries.taggedDocument(curator, library, word + " one", "Text", Classification.OFFICIAL, shared);
        testLibraries.taggedDocument(curator, library, word + " two", "Text", Classification.OFFICIAL, shared);
        forum.startThread(
                TestLibraries.user(curator),
                board,
                new NewThread(ThreadKind.DISCUSSION, word + " thread", "Body", Set.of(shared, word + "forumonly")));

        assertThat(taxonomy.tags(TestLibraries.user(curator), word, 0).getContent())
                .containsExactly(new TagUsage(word + "forumonly", 0, 1), new TagUsage(shared, 2, 1));
        mvc.perform(get("/admin/taxonomy/tags")
                        .param("q", word.toUpperCase() + "SHARED")
                        .with(user(TestPeople.principal(curator))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">" + shared + "</a>")))
                .andExpect(content().string(not(containsString(word + "forumonly"))))
                .andExpect(content().string(containsString("<td class=\"text-end\">2</td>")));

        // more tags than fit a page: the next page holds the rest
        String many = word + "page";
        String[] tags = new String[TaxonomyCuration.PAGE_SIZE + 3];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = many + String.format("%03d", i);
        }
        testLibraries.taggedDocument(curator, library, word + " many", "Text", Classification.OFFICIAL, tags);
        var first = taxonomy.tags(TestLibraries.user(curator), many, 0);
        var second = taxonomy.tags(TestLibraries.user(curator), many, 1);
        assertThat(first.getTotalElements()).isEqualTo(tags.length);
        assertThat(first.getContent()).hasSize(TaxonomyCuration.PAGE_SIZE);
        assertThat(second.getContent())
                .extracting(TagUsage::name)
                .containsExactly(tags[tags.length - 3], tags[tags.length - 2], tags[tags.length - 1]);
        mvc.perform(get("/admin/taxonomy/tags").param("q", many).with(user(TestPeople.principal(curator))))
                .andExpect(content().string(containsString("page=1")));
    }

    @Test
    void renamingMovesTheTagOnDocumentsAndThreadsAndSearchFollows() throws Exception {
        String old = word + "old";
        String renamed = word + "new";
        long document = testLibraries.taggedDocument(
                curator, library, word + " retention", "Text", Classification.OFFICIAL, old);
        long thread = forum.startThread(
                TestLibraries.user(member),
                board,
                new NewThread(ThreadKind.QUESTION, word + " question", "Body", Set.of(old)));

        mvc.perform(post("/admin/taxonomy/tags/rename")
                        .param("tag", old)
                        .param("name", "  " + word.toUpperCase() + "NEW ")
                        .with(csrf())
                        .with(user(TestPeople.principal(curator))))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/taxonomy/tags/edit?tag=" + renamed))
                .andExpect(flash().attributeExists("flash"));

        // the library's tag filter and the thread's page show the new name only
        mvc.perform(get("/libraries/" + library).param("tag", renamed).with(user(TestPeople.principal(member))))
                .andExpect(content().string(containsString(word + " retention")));
        mvc.perform(get("/libraries/" + library).param("tag", old).with(user(TestPeople.principal(member))))
                .andExpect(content().string(not(containsString(word + " retention"))));
        mvc.perform(get("/forums/threads/" + thread).with(user(TestPeople.principal(member))))
                .andExpect(content().string(containsString(renamed)))
                .andExpect(content().string(not(containsString(">" + old + "<"))));

        // search finds both by the new tag's facet, nothing by the old
        CurrentUser asMember = TestLibraries.user(member);
        SearchResults byNew = search(asMember, word, renamed);
        assertThat(byNew.hits()).extracting(SearchResults.Hit::id).containsExactlyInAnyOrder(document, thread);
        assertThat(search(asMember, word, old).total()).isZero();

        assertThat(audit("tag.rename", old)).contains("\"" + old + "\" → \"" + renamed + "\": 1 documents, 1 threads");
    }

    @Test
    void mergingMovesEveryUseAndAnItemWithBothKeepsOne() throws Exception {
        String from = word + "freedom";
        String into = word + "foi";
        long both = testLibraries.taggedDocument(
                curator, library, word + " both", "Text", Classification.OFFICIAL, from, into, "other");
        testLibraries.taggedDocument(curator, library, word + " only", "Text", Classification.OFFICIAL, from);
        long thread = forum.startThread(
                TestLibraries.user(curator),
                board,
                new NewThread(ThreadKind.DISCUSSION, word + " thread", "Body", Set.of(from, into)));

        mvc.perform(post("/admin/taxonomy/tags/merge")
                        .param("tag", from)
                        .param("into", into)
                        .with(csrf())
                        .with(user(TestPeople.principal(curator))))
                .andExpect(status().isFound());

        assertThat(documentTags(word + " both")).containsExactlyInAnyOrder(into, "other");
        assertThat(documentTags(word + " only")).containsExactly(into);
        assertThat(jdbc.sql("select tag from forum_thread_tag where thread_id = ?")
                        .param(thread)
                        .query(String.class)
                        .list())
                .containsExactly(into);
        assertThat(taxonomy.tags(TestLibraries.user(curator), from, 0).getContent())
                .extracting(TagUsage::name)
                .doesNotContain(from);
        assertThat(search(TestLibraries.user(member), word, into).total()).isEqualTo(3);
        assertThat(search(TestLibraries.user(member), word, from).total()).isZero();
        assertThat(both).isPositive();
        assertThat(audit("tag.merge", from)).contains("2 documents, 1 threads");
    }

    @Test
    void deletingRemovesTheTagFromEveryItemAndKeepsTheItems() throws Exception {
        String doomed = word + "doomed";
        testLibraries.taggedDocument(curator, library, word + " kept", "Text", Classification.OFFICIAL, doomed, "kept");
        long thread = forum.startThread(
                TestLibraries.user(curator),
                board,
                new NewThread(ThreadKind.DISCUSSION, word + " thread", "Body", Set.of(doomed)));

        mvc.perform(post("/admin/taxonomy/tags/delete")
                        .param("tag", doomed)
                        .with(csrf())
                        .with(user(TestPeople.principal(curator))))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/taxonomy/tags"));

        assertThat(documentTags(word + " kept")).containsExactly("kept");
        assertThat(jdbc.sql("select count(*) from forum_thread_tag where thread_id = ?")
                        .param(thread)
                        .query(Long.class)
                        .single())
                .isZero();
        mvc.perform(get("/forums/threads/" + thread).with(user(TestPeople.principal(member))))
                .andExpect(status().isOk());
        assertThat(search(TestLibraries.user(member), word, doomed).total()).isZero();
        assertThat(audit("tag.delete", doomed)).contains("1 documents, 1 threads");
        mvc.perform(get("/admin/taxonomy/tags/edit").param("tag", doomed).with(user(TestPeople.principal(curator))))
                .andExpect(status().isNotFound());
    }

    @Test
    void refusalsSayWhyAndChangeNothing() throws Exception {
        String tag = word + "alpha";
        String other = word + "beta";
        testLibraries.taggedDocument(curator, library, word + " a", "Text", Classification.OFFICIAL, tag);
        testLibraries.taggedDocument(curator, library, word + " b", "Text", Classification.OFFICIAL, other);

        mvc.perform(merge(tag, " " + tag.toUpperCase()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A tag cannot be merged into itself")));
        mvc.perform(merge(tag, word + "nosuch"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is no tag “" + word + "nosuch” to merge into")));
        mvc.perform(merge(tag, " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the tag to merge into.")));
        // renaming onto a tag in use is a merge: refused, with the merge form filled in
        mvc.perform(rename(tag, other))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is already a tag “" + other + "”")))
                .andExpect(content().string(containsString("value=\"" + other + "\"")))
                .andExpect(content().string(containsString("check it below and merge")));
        mvc.perform(rename(tag, "   "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the new name.")));
        mvc.perform(rename(tag, "x".repeat(61)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A tag is at most 60 characters.")));
        mvc.perform(rename(tag, "a, b"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("cannot contain a comma")));
        mvc.perform(rename(tag, tag.toUpperCase()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("already the tag’s name")));

        assertThat(documentTags(word + " a")).containsExactly(tag);
        assertThat(documentTags(word + " b")).containsExactly(other);
        assertThat(jdbc.sql("select count(*) from audit_event where detail like ?")
                        .param("%" + tag + "%")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private org.springframework.test.web.servlet.RequestBuilder merge(String tag, String into) {
        return post("/admin/taxonomy/tags/merge")
                .param("tag", tag)
                .param("into", into)
                .with(csrf())
                .with(user(TestPeople.principal(curator)));
    }

    private org.springframework.test.web.servlet.RequestBuilder rename(String tag, String name) {
        return post("/admin/taxonomy/tags/rename")
                .param("tag", tag)
                .param("name", name)
                .with(csrf())
                .with(user(TestPeople.principal(curator)));
    }

    private SearchResults search(CurrentUser user, String query, String tag) {
        return search.search(
                user,
                new SearchRequest(query, SearchFilters.NONE.with(Facet.TAG, tag), SearchRequest.Sort.RELEVANCE, 0, 20));
    }

    private List<String> documentTags(String title) {
        return jdbc.sql("select t.tag from document_tag t join document d on d.id = t.document_id where d.title = ?")
                .param(title)
                .query(String.class)
                .list();
    }

    private String audit(String action, String tag) {
        return jdbc.sql("select detail from audit_event where action = ? and detail like ? and actor_id = ?")
                .params(action, "\"" + tag + "\"%", curator.id())
                .query(String.class)
                .single();
    }
}
