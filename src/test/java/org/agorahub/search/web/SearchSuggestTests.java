package org.agorahub.search.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.agorahub.AgoraTest;
import org.agorahub.library.Classification;
import org.agorahub.library.DocumentStatus;
import org.agorahub.library.LibraryRole;
import org.agorahub.library.TestLibraries;
import org.agorahub.library.domain.DocumentDetails;
import org.agorahub.library.domain.DocumentService;
import org.agorahub.library.domain.LibraryService;
import org.agorahub.library.domain.UploadedFile;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.agorahub.people.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The search box's suggestions as JSON, over a real index and database. Trimming is shown Discourse-style: the
 * same text typed by people who may and may not open a document; those who may not never see its title or a tag
 * only it carries.
 */
@AgoraTest
class SearchSuggestTests {

    private static final AtomicInteger WORDS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestLibraries testLibraries;

    @Autowired
    DocumentService documents;

    @Autowired
    LibraryService libraries;

    DepartmentSummary policy;
    PersonSummary author;
    PersonSummary outsider;
    PersonSummary admin;

    @BeforeEach
    void setUp() {
        policy = testPeople.department("Policy");
        author = testPeople.person("Ana Author", policy);
        outsider = testPeople.person("Otto Outsider");
        admin = testPeople.person("Ada Admin", Role.ADMIN);
    }

    @Test
    void titlesTagsAndPeopleAreSuggestedWithWhereTheyLead() throws Exception {
        String word = uniqueWord();
        long library = testLibraries.library(author, Visibility.ORGANISATION, null);
        long document = document(library, "Guide to " + word + " travel", List.of(word + " claims", "expenses"));
        PersonSummary person = testPeople.person(capitalised(word) + " Ruiz", policy);

        suggest(outsider, word.substring(0, 8))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.suggestions", hasSize(3)))
                .andExpect(jsonPath("$.suggestions[0].type").value("document"))
                .andExpect(jsonPath("$.suggestions[0].label").value("Guide to " + word + " travel"))
                .andExpect(jsonPath("$.suggestions[0].url").value("/documents/" + document))
                .andExpect(jsonPath("$.suggestions[0].typeLabel").value("Document"))
                .andExpect(jsonPath("$.suggestions[1].type").value("tag"))
                .andExpect(jsonPath("$.suggestions[1].label").value(word + " claims"))
                .andExpect(jsonPath("$.suggestions[1].url").value("/search?q=" + word + "+claims"))
                .andExpect(jsonPath("$.suggestions[2].type").value("person"))
                .andExpect(jsonPath("$.suggestions[2].label").value(capitalised(word) + " Ruiz — Tester"))
                .andExpect(jsonPath("$.suggestions[2].url").value("/people/" + person.id()))
                .andExpect(jsonPath("$.announcement").value("3 suggestions"));
    }

    @Test
    void everyTypedWordMustBeginAWordOfTheTitleWhateverItsCaseOrAccents() throws Exception {
        String word = uniqueWord();
        long library = testLibraries.library(author, Visibility.ORGANISATION, null);
        long document = document(library, "Réunion " + word + " Minutes", List.of());

        for (String typed :
                List.of(word.substring(0, 4), "reun " + word.substring(0, 3), "MIN " + word, word + " mi")) {
            suggest(outsider, typed).andExpect(jsonPath("$.suggestions[0].url").value("/documents/" + document));
        }
        // "inutes" is inside a word, not its beginning; "agenda" is not in the title at all
        suggest(outsider, word + " inutes").andExpect(jsonPath("$.suggestions", empty()));
        suggest(outsider, word + " agenda").andExpect(jsonPath("$.suggestions", empty()));
    }

    @Test
    void titlesAndTagsOfARestrictedLibraryAreSuggestedToItsMembersOnly() throws Exception {
        String word = uniqueWord();
        PersonSummary named = testPeople.person("Nia Named");
        long restricted = testLibraries.library(author, Visibility.RESTRICTED, policy.id());
        libraries.setMember(TestLibraries.user(author), restricted, named.id(), LibraryRole.READER);
        document(restricted, "Secret " + word + " plan", List.of(word + "secret"));
        String prefix = word.substring(0, 8);

        for (PersonSummary allowed : List.of(named, author, admin)) {
            suggest(allowed, prefix)
                    .andExpect(jsonPath("$.suggestions[*].label", hasItem("Secret " + word + " plan")))
                    .andExpect(jsonPath("$.suggestions[*].label", hasItem(word + "secret")));
        }
        PersonSummary colleague = testPeople.person("Cal Colleague", policy); // same department, not named
        for (PersonSummary denied : List.of(outsider, colleague)) {
            suggest(denied, prefix)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.suggestions", empty()))
                    .andExpect(jsonPath("$.announcement").value("No suggestions"))
                    .andExpect(content().string(not(containsString("Secret"))))
                    .andExpect(content().string(not(containsString(word + "secret"))));
        }
    }

    @Test
    void aTagOnAnOpenAndARestrictedDocumentIsSuggestedButOnlyTheOpenTitle() throws Exception {
        String word = uniqueWord();
        long open = testLibraries.library(author, Visibility.ORGANISATION, null);
        long restricted = testLibraries.library(author, Visibility.RESTRICTED, null);
        document(open, "Open " + word + " note", List.of(word + "shared"));
        document(restricted, "Closed " + word + " note", List.of(word + "shared", word + "hidden"));

        suggest(outsider, word)
                .andExpect(jsonPath("$.suggestions[*].label", hasItem("Open " + word + " note")))
                .andExpect(jsonPath("$.suggestions[*].label", hasItem(word + "shared")))
                .andExpect(content().string(not(containsString("Closed"))))
                .andExpect(content().string(not(containsString(word + "hidden"))));
    }

    @Test
    void sensitiveDocumentsOfAnOpenLibraryAreSuggestedToLibraryMembersOnly() throws Exception {
        String word = uniqueWord();
        long library = testLibraries.library(author, Visibility.ORGANISATION, policy.id());
        testLibraries.textDocument(author, library, "Sensitive " + word, "Text.", Classification.OFFICIAL_SENSITIVE);

        suggest(author, word).andExpect(jsonPath("$.suggestions[*].label", hasItem("Sensitive " + word)));
        suggest(outsider, word).andExpect(jsonPath("$.suggestions", empty()));
    }

    @Test
    void atMostEightSuggestionsAndNoneForLessThanTwoCharacters() throws Exception {
        String word = uniqueWord();
        long library = testLibraries.library(author, Visibility.ORGANISATION, null);
        for (int i = 0; i < 10; i++) {
            document(library, word + " report " + i, List.of(word + "tag" + i));
        }
        for (int i = 0; i < 5; i++) {
            testPeople.person(capitalised(word) + " Person" + i, policy);
        }

        suggest(outsider, word)
                .andExpect(jsonPath("$.suggestions", hasSize(8)))
                .andExpect(jsonPath("$.suggestions[?(@.type == 'document')]", hasSize(4)))
                .andExpect(jsonPath("$.suggestions[?(@.type == 'tag')]", hasSize(2)))
                .andExpect(jsonPath("$.suggestions[?(@.type == 'person')]", hasSize(2)));
        suggest(outsider, word.substring(0, 1)).andExpect(jsonPath("$.suggestions", empty()));
        suggest(outsider, " " + word.substring(0, 1) + "  ").andExpect(jsonPath("$.suggestions", empty()));
    }

    @Test
    void anyTextGetsAJsonAnswerNeverAnError() throws Exception {
        String word = uniqueWord();
        long library = testLibraries.library(author, Visibility.ORGANISATION, null);
        document(library, "Hostile " + word, List.of("hostile"));
        List<String> inputs = List.of(
                "",
                "a",
                "AND(",
                "\"unclosed",
                "**",
                "?*",
                "~~",
                "\\\\",
                "title:secret OR readTokens:org",
                "+-|()~*\"\\",
                "((((((((((" + word,
                word + "*",
                "%_",
                "😀😀",
                "😀 " + word,
                "\uD83D\uD83D", // lone surrogates
                "مرحبا بالعالم",
                "\u0000\u0007x",
                "x".repeat(1000),
                (word + " ").repeat(200),
                "<script>alert(1)</script>");
        for (String q : inputs) {
            for (PersonSummary person : List.of(outsider, admin)) {
                suggest(person, q)
                        .andExpect(status().isOk())
                        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                        .andExpect(jsonPath("$.suggestions", hasSize(lessThanOrEqualTo(8))))
                        .andExpect(jsonPath("$.announcement", not(is(""))));
            }
        }
        mvc.perform(get("/search/suggest").with(user(TestPeople.principal(outsider))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.suggestions", empty()));
        suggest(outsider, "((((((((((" + word)
                .andExpect(jsonPath("$.suggestions[*].label", everyItem(containsString(word))));
    }

    @Test
    void signedOutVisitorsGetNoSuggestions() throws Exception {
        mvc.perform(get("/search/suggest").param("q", "policy"))
                .andExpect(status().is3xxRedirection())
                .andExpect(content().string(not(containsString("suggestions"))));
    }

    private ResultActions suggest(PersonSummary person, String q) throws Exception {
        return mvc.perform(get("/search/suggest")
                .param("q", q)
                .characterEncoding(StandardCharsets.UTF_8)
                .accept(MediaType.APPLICATION_JSON)
                .with(user(TestPeople.principal(person))));
    }

    private long document(long library, String title, List<String> tags) {
        return documents.upload(
                TestLibraries.user(author),
                library,
                new UploadedFile("note.txt", "Some text.".getBytes(StandardCharsets.UTF_8)),
                new DocumentDetails(
                        title, null, tags, null, author.id(), Classification.OFFICIAL, DocumentStatus.PUBLISHED, null));
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** A word no other test (sharing the index and database) uses: letters only, so analysis keeps it whole. */
    private static String uniqueWord() {
        int n = WORDS.incrementAndGet();
        StringBuilder word = new StringBuilder("qv");
        long seed = System.nanoTime() ^ ((long) n << 32);
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + (int) Math.floorMod(seed >> (i * 5), 26L)));
        }
        return word.toString();
    }
}
