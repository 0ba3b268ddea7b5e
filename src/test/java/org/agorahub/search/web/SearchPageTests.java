package org.agorahub.search.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.agorahub.AgoraTest;
import org.agorahub.library.Classification;
import org.agorahub.library.TestLibraries;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.TestPeople;
import org.agorahub.people.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The search page as people use it: hits they may open, with where they live, and nothing else. */
@AgoraTest
class SearchPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestLibraries testLibraries;

    @Test
    void hitsShowTitleLibraryAndHighlightedSnippetOnlyToThoseWhoMayOpenThem() throws Exception {
        DepartmentSummary legal = testPeople.department("Legal");
        PersonSummary lawyer = testPeople.person("Lara Lawyer", legal);
        PersonSummary outsider = testPeople.person("Otis Outsider");
        long library = testLibraries.library(lawyer, Visibility.DEPARTMENT, legal.id());
        String word = "quixotry" + library;
        testLibraries.textDocument(
                lawyer,
                library,
                "Settlement guide",
                "How we handle " + word + " <script>x</script> cases.",
                Classification.OFFICIAL);

        mvc.perform(get("/search").param("q", word).with(user(TestPeople.principal(lawyer))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 result for")))
                .andExpect(content().string(containsString("Settlement guide")))
                .andExpect(content().string(containsString("<em>" + word + "</em>")))
                .andExpect(content().string(containsString("href=\"/libraries/" + library + "\"")))
                .andExpect(content().string(not(containsString("<script>x</script>"))));
        mvc.perform(get("/search").param("q", word).with(user(TestPeople.principal(outsider))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No results for")))
                .andExpect(content().string(not(containsString("Settlement guide"))))
                .andExpect(content().string(containsString("Nothing you can open matches your search.")));
    }

    @Test
    void oddQueriesAndPagingPastTheEndNeverShowAnErrorPage() throws Exception {
        PersonSummary person = testPeople.person("Quentin Query");
        for (String q : new String[] {"AND(", "\"unclosed", "*", "~", "\\", "🙂", "مرحبا", "x".repeat(700), ""}) {
            mvc.perform(get("/search").param("q", q).param("page", "99").with(user(TestPeople.principal(person))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("<h1>Search</h1>")));
        }
        mvc.perform(get("/search").param("q", "x".repeat(700)).with(user(TestPeople.principal(person))))
                .andExpect(content().string(containsString("only its first 500 characters were used")));
    }

    @Test
    void everyPageHasTheSearchBox() throws Exception {
        PersonSummary person = testPeople.person("Bo Box");

        mvc.perform(get("/people").with(user(TestPeople.principal(person))))
                .andExpect(content().string(containsString("role=\"search\"")))
                .andExpect(content().string(containsString("id=\"header-q\"")));
    }
}
