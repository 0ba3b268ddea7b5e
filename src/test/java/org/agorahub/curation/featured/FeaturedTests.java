package org.agorahub.curation.featured;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.agorahub.AgoraTest;
import org.agorahub.forum.TestForums;
import org.agorahub.library.Classification;
import org.agorahub.library.LibraryApi;
import org.agorahub.library.LibraryRole;
import org.agorahub.library.TestLibraries;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.agorahub.people.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Featured content: curators pin documents, threads and people to the home page for everyone or one department, with
 * an expiry and an order; viewers see only what applies to them, has not expired and they may open; bad references
 * are refused with a message; members may not manage pins.
 */
@AgoraTest
class FeaturedTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestLibraries testLibraries;

    @Autowired
    TestForums testForums;

    @Autowired
    LibraryApi library;

    @Autowired
    FeaturedService featured;

    @Autowired
    JdbcClient jdbc;

    DepartmentSummary policy;
    DepartmentSummary finance;
    PersonSummary curator;
    PersonSummary member;
    PersonSummary financeMember;
    long openLibrary;
    String word;

    @BeforeEach
    void setUp() {
        policy = testPeople.department("Policy");
        finance = testPeople.department("Finance");
        curator = testPeople.person("Cora Curator", policy, Role.CURATOR);
        member = testPeople.person("Milo Member", policy);
        financeMember = testPeople.person("Fay Finance", finance);
        openLibrary = testLibraries.library(curator, Visibility.ORGANISATION, null);
        word = "Pinned " + Long.toString(System.nanoTime(), 36);
    }

    @Test
    void membersMayNotManagePins() throws Exception {
        mvc.perform(get("/admin/featured").with(user(TestPeople.principal(member))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/featured")
                        .param("reference", "/people/" + member.id())
                        .param("kind", "PERSON")
                        .with(csrf())
                        .with(user(TestPeople.principal(member))))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> featured.pin(
                        TestLibraries.user(member), "/people/" + member.id(), FeaturedKind.PERSON, null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("select count(*) from featured_item where kind = 'PERSON' and item_id = ?")
                        .param(member.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void pinnedItemsShowOnTheHomePageInTheChosenOrder() throws Exception {
        long document =
                testLibraries.textDocument(curator, openLibrary, word + " guide", "Text", Classification.OFFICIAL);
        long board = testForums.board(curator, Visibility.ORGANISATION, null);
        long thread = testForums.discussion(curator, board, word + " discussion", "Body");
        PersonSummary expert = testPeople.person(word + " Expert", policy);

        pin("http://agora.example/documents/" + document + "?tab=versions", "DOCUMENT", null, null)
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/featured"));
        pin(String.valueOf(thread), "THREAD", null, null).andExpect(status().isFound());
        pin("/people/" + expert.id(), "DOCUMENT", null, null).andExpect(status().isFound());

        String home = home(member);
        assertThat(home).contains("Featured");
        assertThat(home.indexOf(word + " guide")).isPositive().isLessThan(home.indexOf(word + " discussion"));
        assertThat(home.indexOf(word + " discussion")).isLessThan(home.indexOf(word + " Expert"));
        assertThat(home)
                .contains("href=\"/documents/" + document + "\"")
                .contains("href=\"/forums/threads/" + thread + "\"")
                .contains("href=\"/people/" + expert.id() + "\"");

        // the thread moves up above the document
        long threadPin = pinId(FeaturedKind.THREAD, thread);
        mvc.perform(post("/admin/featured/" + threadPin + "/up").with(csrf()).with(user(TestPeople.principal(curator))))
                .andExpect(status().isFound());
        home = home(member);
        assertThat(home.indexOf(word + " discussion")).isLessThan(home.indexOf(word + " guide"));

        // removed: gone from the home page
        long personPin = pinId(FeaturedKind.PERSON, expert.id());
        mvc.perform(post("/admin/featured/" + personPin + "/remove")
                        .with(csrf())
                        .with(user(TestPeople.principal(curator))))
                .andExpect(status().isFound());
        assertThat(home(member)).doesNotContain(word + " Expert");

        assertThat(jdbc.sql("select action from audit_event where target_type = 'featured_item' and target_id = ?"
                                + " order by id")
                        .param(threadPin)
                        .query(String.class)
                        .list())
                .containsExactly("featured.pin", "featured.move");
        assertThat(jdbc.sql("select action from audit_event where target_type = 'featured_item' and target_id = ?"
                                + " order by id")
                        .param(personPin)
                        .query(String.class)
                        .list())
                .containsExactly("featured.pin", "featured.remove");
    }

    @Test
    void aRestrictedDocumentShowsOnlyToThoseWhoMayReadIt() throws Exception {
        long restricted = testLibraries.library(curator, Visibility.RESTRICTED, null);
        PersonSummary insider = testPeople.person("Ida Insider", policy);
        library.setMember(TestLibraries.user(curator), restricted, insider.id(), LibraryRole.READER);
        long secret =
                testLibraries.textDocument(curator, restricted, word + " secret", "Text", Classification.OFFICIAL);

        pin("/documents/" + secret, "DOCUMENT", null, null).andExpect(status().isFound());

        assertThat(home(insider)).contains(word + " secret");
        assertThat(home(member)).doesNotContain(word + " secret").doesNotContain("/documents/" + secret + "\"");
        assertThat(featured.forViewer(TestLibraries.user(member)))
                .extracting(FeaturedCard::title)
                .doesNotContain(word + " secret");
    }

    @Test
    void expiredPinsAndOtherDepartmentsPinsAreHidden() throws Exception {
        long lasting =
                testLibraries.textDocument(curator, openLibrary, word + " lasting", "Text", Classification.OFFICIAL);
        long expiring =
                testLibraries.textDocument(curator, openLibrary, word + " expiring", "Text", Classification.OFFICIAL);
        long forFinance = testLibraries.textDocument(
                curator, openLibrary, word + " finance only", "Text", Classification.OFFICIAL);

        pin("/documents/" + lasting, "DOCUMENT", null, LocalDate.now().plusDays(30))
                .andExpect(status().isFound());
        pin("/documents/" + expiring, "DOCUMENT", null, LocalDate.now().plusDays(1))
                .andExpect(status().isFound());
        pin("/documents/" + forFinance, "DOCUMENT", finance.id(), null).andExpect(status().isFound());
        jdbc.sql("update featured_item set expires_on = current_date - 1 where kind = 'DOCUMENT' and item_id = ?")
                .param(expiring)
                .update();

        assertThat(home(member))
                .contains(word + " lasting")
                .doesNotContain(word + " expiring")
                .doesNotContain(word + " finance only");
        assertThat(home(financeMember)).contains(word + " lasting").contains(word + " finance only");

        // curators still see the expired pin on the management page, marked as such
        mvc.perform(get("/admin/featured").with(user(TestPeople.principal(curator))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(word + " expiring")))
                .andExpect(content().string(containsString("Expired")));
    }

    @Test
    void badReferencesAreRefusedWithAMessage() throws Exception {
        long document =
                testLibraries.textDocument(curator, openLibrary, word + " once", "Text", Classification.OFFICIAL);
        pin("/documents/999999999", "DOCUMENT", null, null)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is no such item, or you cannot open it")));
        pin("/forums/threads/999999999", "DOCUMENT", null, null)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is no such item, or you cannot open it")));
        pin("the budget document", "DOCUMENT", null, null)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is not the address of a document")))
                .andExpect(content().string(containsString("value=\"the budget document\"")));
        pin("", "DOCUMENT", null, null)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Paste the address of the item")));
        pin("/documents/" + document, "DOCUMENT", null, LocalDate.now().minusDays(1))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("cannot be in the past")));
        mvc.perform(post("/admin/featured")
                        .param("reference", "/documents/" + document)
                        .param("kind", "DOCUMENT")
                        .param("expiresOn", "next tuesday")
                        .with(csrf())
                        .with(user(TestPeople.principal(curator))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the last day as a date.")));

        // a deactivated person cannot be featured: the curator cannot open their profile
        PersonSummary leaver = testPeople.person("Lee Leaver", policy);
        jdbc.sql("update person set active = false where id = ?")
                .param(leaver.id())
                .update();
        pin("/people/" + leaver.id(), "PERSON", null, null)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is no such item, or you cannot open it")));

        // the same item twice for the same people
        pin("/documents/" + document, "DOCUMENT", null, null).andExpect(status().isFound());
        pin(String.valueOf(document), "DOCUMENT", null, null)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is already featured for these people")));
        // ... but once more for one department is fine
        pin(String.valueOf(document), "DOCUMENT", finance.id(), null).andExpect(status().isFound());

        assertThat(jdbc.sql("select count(*) from featured_item where kind = 'DOCUMENT' and item_id = ?")
                        .param(document)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void addressesAndIdsAreRecognised() {
        assertThat(FeaturedService.parse("https://agora.gov.example/documents/12", FeaturedKind.PERSON))
                .isEqualTo(new FeaturedService.Item(FeaturedKind.DOCUMENT, 12));
        assertThat(FeaturedService.parse(" /forums/threads/7#post-3 ", FeaturedKind.DOCUMENT))
                .isEqualTo(new FeaturedService.Item(FeaturedKind.THREAD, 7));
        assertThat(FeaturedService.parse("http://localhost:8080/agora/people/5", FeaturedKind.DOCUMENT))
                .isEqualTo(new FeaturedService.Item(FeaturedKind.PERSON, 5));
        assertThat(FeaturedService.parse("42", FeaturedKind.THREAD))
                .isEqualTo(new FeaturedService.Item(FeaturedKind.THREAD, 42));
        assertThatThrownBy(() -> FeaturedService.parse("/libraries/3", FeaturedKind.DOCUMENT))
                .hasMessage("featured.reference.unrecognised");
    }

    private ResultActions pin(String reference, String kind, Long departmentId, LocalDate expiresOn) throws Exception {
        var request = post("/admin/featured")
                .param("reference", reference)
                .param("kind", kind)
                .with(csrf())
                .with(user(TestPeople.principal(curator)));
        if (departmentId != null) {
            request.param("departmentId", String.valueOf(departmentId));
        }
        if (expiresOn != null) {
            request.param("expiresOn", expiresOn.toString());
        }
        return mvc.perform(request);
    }

    private String home(PersonSummary viewer) throws Exception {
        return mvc.perform(get("/").with(user(TestPeople.principal(viewer))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long pinId(FeaturedKind kind, long itemId) {
        return jdbc.sql("select id from featured_item where kind = ? and item_id = ?")
                .params(kind.name(), itemId)
                .query(Long.class)
                .single();
    }
}
