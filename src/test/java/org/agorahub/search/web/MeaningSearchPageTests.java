package org.agorahub.search.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.agorahub.AgoraTest;
import org.agorahub.enrichment.domain.AiSettings;
import org.agorahub.library.Classification;
import org.agorahub.library.TestLibraries;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.agorahub.people.Visibility;
import org.agorahub.search.domain.MeaningSearchSettings;
import org.agorahub.shared.ai.AiFeature;
import org.agorahub.shared.ai.Enrichments;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The search page with search by meaning: the line that says results close in meaning are included, with its link to
 * exact words only; the "Exact words only" box, kept in the page's links; summaries, labelled as automatically
 * generated.
 */
@AgoraTest
@TestPropertySource(
        properties = "agora.search.meaning.minimum-similarity=" + MeaningSearchSettings.DEFAULT_MINIMUM_SIMILARITY)
class MeaningSearchPageTests {

    static final String PARKING = """
            Every car that stays on the site overnight needs a permit from the facilities desk. \
            Permits are free for staff who drive in for early or late shifts. \
            Visitors leave their registration number at reception when they arrive. \
            Spaces next to the entrance are kept for blue badge holders at all times. \
            The cafe on the ground floor opens at eight every morning.""";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestLibraries testLibraries;

    @Autowired
    Enrichments enrichments;

    @Autowired
    AiSettings aiSettings;

    PersonSummary admin;

    @AfterEach
    void featuresOnAgain() {
        if (admin != null) {
            aiSettings.set(admin.id(), AiFeature.MEANING_SEARCH, true);
            aiSettings.set(admin.id(), AiFeature.SUMMARIES, true);
        }
    }

    @Test
    void resultsCloseInMeaningAreSaidToBeIncludedAndExactWordsOnlyLeavesThemOut() throws Exception {
        DepartmentSummary estates = testPeople.department("Estates");
        PersonSummary author = testPeople.person("Fay Facilities", estates);
        PersonSummary reader = testPeople.person("Rob Reader");
        admin = testPeople.person("Ada Admin", estates, Role.ADMIN);
        long library = testLibraries.library(author, Visibility.ORGANISATION, estates.id());
        long document =
                testLibraries.textDocument(author, library, "Car park permits", PARKING, Classification.OFFICIAL);
        String query = "storing vehicles at night";
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> enrichments
                                .summaryOf(Enrichments.KIND_DOCUMENT, document)
                                .isPresent()
                        && page(reader, query, false).contains("Car park permits"));

        mvc.perform(get("/search").param("q", query).with(user(TestPeople.principal(reader))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Car park permits")))
                .andExpect(content().string(containsString("Also showing results close in meaning")))
                .andExpect(content().string(containsString("&amp;exact=true\">exact words only</a>")))
                // the summary, labelled: its sentences were written by the author, chosen by the model
                .andExpect(content().string(containsString("Automatically generated summary:")))
                .andExpect(content().string(containsString("needs a permit from the facilities desk")))
                .andExpect(content().string(not(containsString("The cafe on the ground floor"))))
                .andExpect(content()
                        .string(matchesPattern(
                                "(?s).*<input class=\"form-check-input\" type=\"checkbox\" id=\"search-page-exact\""
                                        + " name=\"exact\" value=\"true\"\\s+aria-describedby.*")));

        mvc.perform(get("/search").param("q", query).param("exact", "true").with(user(TestPeople.principal(reader))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Car park permits"))))
                .andExpect(content().string(not(containsString("Also showing results close in meaning"))))
                .andExpect(content()
                        .string(containsString("aria-describedby=\"search-page-exact-help\" checked=\"checked\"")));

        // a phrase in quotes asks for those words exactly
        mvc.perform(get("/search").param("q", "\"storing vehicles\" night").with(user(TestPeople.principal(reader))))
                .andExpect(content().string(not(containsString("Car park permits"))))
                .andExpect(content().string(not(containsString("Also showing results close in meaning"))));

        // found by its words with exact words only ticked, the links of the page keep the box ticked
        mvc.perform(get("/search")
                        .param("q", "permits")
                        .param("exact", "true")
                        .with(user(TestPeople.principal(reader))))
                .andExpect(content().string(containsString("Car park permits")))
                .andExpect(content().string(containsString("&amp;exact=true")));

        aiSettings.set(admin.id(), AiFeature.SUMMARIES, false);
        mvc.perform(get("/search").param("q", "permits").with(user(TestPeople.principal(reader))))
                .andExpect(content().string(containsString("Car park permits")))
                .andExpect(content().string(not(containsString("Automatically generated summary"))));

        aiSettings.set(admin.id(), AiFeature.MEANING_SEARCH, false);
        mvc.perform(get("/search").param("q", query).with(user(TestPeople.principal(reader))))
                .andExpect(content().string(not(containsString("Car park permits"))))
                .andExpect(content().string(not(containsString("Also showing results close in meaning"))));
    }

    private String page(PersonSummary person, String query, boolean exact) throws Exception {
        var request = get("/search").param("q", query).with(user(TestPeople.principal(person)));
        if (exact) {
            request = request.param("exact", "true");
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }
}
