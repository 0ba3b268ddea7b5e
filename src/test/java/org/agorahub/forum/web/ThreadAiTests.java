package org.agorahub.forum.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.agorahub.AgoraTest;
import org.agorahub.enrichment.domain.AiSettings;
import org.agorahub.forum.TestForums;
import org.agorahub.library.Classification;
import org.agorahub.library.TestLibraries;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.agorahub.people.Visibility;
import org.agorahub.shared.ai.AiFeature;
import org.agorahub.shared.ai.Enrichments;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The on-premises AI on thread pages, with the real model, index and database: a long thread's summary, and the
 * threads and documents most like it, never one the viewer may not open.
 */
@AgoraTest
class ThreadAiTests {

    private static final Duration ENRICHED = Duration.ofSeconds(60);

    static final String GRITTING = """
            When road surface temperatures are forecast to fall below one degree, the gritting lorries leave the \
            depot at four in the morning to treat the priority routes before the rush. Priority routes include \
            every bus route, the roads to both hospitals and the hills around the old town. Which steep streets \
            should get a grit bin, and how often are grit bins refilled during a long cold spell?""";

    static final String GRITTING_AGAIN = """
            When road temperatures are forecast to drop below one degree, our gritting lorries leave the depot at \
            four in the morning and treat the priority routes before the rush hour. The priority routes cover every \
            bus route, the hospital roads and the hills of the old town. Who decides which steep streets get grit \
            bins, and how often are they refilled in a cold spell?""";

    static final String CANTEEN = """
            The staff canteen on the second floor opens at half past eight for breakfast and serves lunch from noon \
            until two. A vegetarian dish is on the menu every day, and soup is served on Fridays. Payment is by card \
            only; cash is no longer accepted at the tills. Allergens are listed on the board beside each dish.""";

    static final String CANTEEN_REPLY = """
            The kitchen can prepare a gluten free meal if you ask the day before, and tables by the window may be \
            booked for team lunches through the facilities desk. The canteen closes for deep cleaning during the \
            last week of August, when sandwiches are sold from a trolley in the atrium instead. Menus for the \
            coming week are posted on the intranet every Friday afternoon, with prices and allergens.""";

    static final String CANTEEN_MORE = """
            Coffee and tea are served all day from the counter by the stairs, and the hot water tap beside it is \
            free for anyone who brings their own cup. The canteen also runs a small shop for fruit, snacks and \
            drinks until four in the afternoon. Staff who work the late shift can order a hot meal before two, and \
            it is kept warm for them in the kitchen until seven in the evening. Food left over at the end of the \
            day is given to a local charity that runs a night shelter near the station.""";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestForums testForums;

    @Autowired
    TestLibraries testLibraries;

    @Autowired
    Enrichments enrichments;

    @Autowired
    AiSettings settings;

    PersonSummary lead;
    PersonSummary member;
    PersonSummary outsider;
    PersonSummary curator;
    long everyone;
    long highwaysOnly;
    long library;

    @BeforeEach
    void setUp() {
        DepartmentSummary highways = testPeople.department("Highways");
        lead = testPeople.person("Lee Lead", highways, Role.DEPARTMENT_LEAD);
        member = testPeople.person("Mo Member", highways);
        outsider = testPeople.person("Olu Outsider", testPeople.department("Finance"));
        curator = testPeople.person("Cyd Curator", Role.CURATOR);
        everyone = testForums.board(curator, Visibility.ORGANISATION, null);
        highwaysOnly = testForums.board(lead, Visibility.DEPARTMENT, highways.id());
        library = testLibraries.library(member, Visibility.ORGANISATION, highways.id());
    }

    @AfterEach
    void everyFeatureOnAgain() {
        for (AiFeature feature : AiFeature.values()) {
            settings.set(curatorAdmin().id(), feature, true);
        }
    }

    @Test
    void aLongThreadShowsItsSummaryLabelledAndAShortOneNone() throws Exception {
        long long_ = testForums.question(member, everyone, "What are the canteen arrangements?", CANTEEN);
        testForums.reply(lead, long_, CANTEEN_REPLY);
        testForums.reply(curator, long_, CANTEEN_MORE);
        testForums.reply(member, long_, "Thank you, that answers it: I will book a table by the window for our lunch.");
        long short_ = testForums.question(member, everyone, "Where is the canteen?", "Which floor is it on, please?");

        Awaitility.await()
                .atMost(ENRICHED)
                .until(() -> page(outsider, long_).contains("Automatically generated summary"));
        assertThat(page(outsider, long_)).contains("href=\"/ai\"");
        Awaitility.await()
                .atMost(ENRICHED)
                .until(() ->
                        enrichments.vectorOf(Enrichments.KIND_THREAD, short_).isPresent());
        assertThat(page(outsider, short_)).doesNotContain("Automatically generated summary");

        settings.set(curatorAdmin().id(), AiFeature.SUMMARIES, false);
        assertThat(page(outsider, long_)).doesNotContain("Automatically generated summary");
    }

    @Test
    void similarThreadsAndDocumentsAreOnlyThoseTheViewerMayOpen() throws Exception {
        long thread = testForums.question(member, everyone, "Gritting priority routes", GRITTING);
        testForums.question(member, everyone, "Grit bins on steep streets", GRITTING_AGAIN);
        testForums.discussion(lead, highwaysOnly, "Depot gritting rota for the team", GRITTING_AGAIN);
        testLibraries.textDocument(member, library, "Winter gritting handbook", GRITTING, Classification.OFFICIAL);

        Awaitility.await().atMost(ENRICHED).until(() -> {
            String leads = page(lead, thread);
            return leads.contains("Depot gritting rota for the team")
                    && leads.contains("Grit bins on steep streets")
                    && leads.contains("Winter gritting handbook");
        });

        String outsiders = page(outsider, thread);
        assertThat(outsiders)
                .contains("Similar threads and documents")
                .contains("Grit bins on steep streets")
                .contains("Winter gritting handbook")
                .doesNotContain("Depot gritting rota for the team");

        settings.set(curatorAdmin().id(), AiFeature.SIMILAR_CONTENT, false);
        assertThat(page(lead, thread))
                .doesNotContain("Similar threads and documents")
                .doesNotContain("Depot gritting rota for the team");
    }

    private PersonSummary admin;

    /** Only admins switch AI features; one per test class is enough. */
    private PersonSummary curatorAdmin() {
        if (admin == null) {
            admin = testPeople.person("Ada Admin", Role.ADMIN);
        }
        return admin;
    }

    private String page(PersonSummary who, long thread) throws Exception {
        return mvc.perform(get("/forums/threads/" + thread).with(user(TestPeople.principal(who))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
