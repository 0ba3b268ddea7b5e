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

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

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
    void facetLinksNarrowTheHitsAndActiveFiltersCanBeRemoved() throws Exception {
        DepartmentSummary legal = testPeople.department("Legal");
        PersonSummary lawyer = testPeople.person("Lara Lawyer", legal);
        long library = testLibraries.library(lawyer, Visibility.ORGANISATION, legal.id());
        String word = "facetry" + library;
        testLibraries.taggedDocument(lawyer, library, "Tagged one", word + " one", Classification.OFFICIAL, "r&d");
        testLibraries.taggedDocument(lawyer, library, "Plain two", word + " two", Classification.OFFICIAL);

        mvc.perform(get("/search").param("q", word).with(user(TestPeople.principal(lawyer))))
                .andExpect(content().string(containsString("2 results for")))
                .andExpect(content().string(containsString("Narrow your results")))
                // the tag value is encoded whole, so "r&d" stays one value
                .andExpect(content().string(containsString("href=\"/search?q=" + word + "&amp;tag=r%26d\"")))
                .andExpect(content()
                        .string(containsString("href=\"/search?q=" + word + "&amp;library=" + library + "\"")));
        mvc.perform(get("/search").param("q", word).param("tag", "r&d").with(user(TestPeople.principal(lawyer))))
                .andExpect(content().string(containsString("1 result for")))
                .andExpect(content().string(containsString("Tagged one")))
                .andExpect(content().string(not(containsString("Plain two"))))
                .andExpect(content().string(containsString("Filtered by:")))
                .andExpect(content().string(containsString("aria-label=\"Remove the filter Tag: r&amp;d\"")))
                .andExpect(content().string(containsString("href=\"/search?q=" + word + "\"")))
                // a new search from the box keeps the filter
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"tag\" value=\"r&amp;d\">")));
    }

    @Test
    void oddFilterValuesAndParametersNeverShowAnErrorPage() throws Exception {
        PersonSummary person = testPeople.person("Fiona Filter");
        var request = get("/search")
                .param("q", "policy")
                .param("library", "abc", "-1", "99999999999999999999")
                .param("department", "x")
                .param("updated", "centuries")
                .param("type", "<script>")
                .param("status", "")
                .param("page", "abc")
                .param("sort", "sideways")
                .param(
                        "tag",
                        java.util.stream.IntStream.range(0, 50)
                                .mapToObj(i -> "t" + i)
                                .toArray(String[]::new));
        mvc.perform(request.with(user(TestPeople.principal(person))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No results for")))
                .andExpect(content().string(not(containsString("<script>"))));
    }

    @Test
    void searchesThatFindAlmostNothingAreLoggedWithTheDepartmentButNotThePerson() throws Exception {
        DepartmentSummary audit = testPeople.department("Audit");
        PersonSummary auditor = testPeople.person("Aud Itor", audit);
        // a word of its own, not a bare number: people's departments ("Audit 12") are searchable
        String nonsense = "Xylophonic  Budgetry q" + audit.id();

        mvc.perform(get("/search").param("q", nonsense).with(user(TestPeople.principal(auditor))))
                .andExpect(status().isOk());

        var row = jdbc.sql("select query, hits, department_id from search_query_log where query = ?")
                .param("xylophonic budgetry q" + audit.id())
                .query()
                .singleRow();
        org.assertj.core.api.Assertions.assertThat(row)
                .containsEntry("hits", 0)
                .containsEntry("department_id", audit.id());
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select * from search_query_log limit 1")
                        .query()
                        .singleRow()
                        .keySet())
                .containsExactlyInAnyOrder("id", "query", "hits", "department_id", "searched_at");
    }

    @Test
    void everyPageHasTheSearchBox() throws Exception {
        PersonSummary person = testPeople.person("Bo Box");

        mvc.perform(get("/people").with(user(TestPeople.principal(person))))
                .andExpect(content().string(containsString("role=\"search\"")))
                .andExpect(content().string(containsString("id=\"header-q\"")));
    }
}
