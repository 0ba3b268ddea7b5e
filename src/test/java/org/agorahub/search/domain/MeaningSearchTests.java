package org.agorahub.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.agorahub.AgoraTest;
import org.agorahub.enrichment.domain.AiSettings;
import org.agorahub.library.Classification;
import org.agorahub.library.LibraryRole;
import org.agorahub.library.TestLibraries;
import org.agorahub.library.domain.LibraryService;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.agorahub.people.Visibility;
import org.agorahub.search.SearchApi;
import org.agorahub.search.SearchFilters.Facet;
import org.agorahub.search.SearchRequest;
import org.agorahub.search.SearchResults;
import org.agorahub.shared.ai.AiFeature;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Search by meaning over the real index, the real model and a real database: documents are embedded in the
 * background after they are published (as in production), so each test first waits until the person who may read
 * a document finds it by meaning.
 */
@AgoraTest
@TestPropertySource(
        properties = "agora.search.meaning.minimum-similarity=" + MeaningSearchSettings.DEFAULT_MINIMUM_SIMILARITY)
class MeaningSearchTests {

    /** Says what "expenses for business trips" means without any of its words (nor their stems). */
    static final String TRAVEL = """
            Staff who travel for work may claim back what they spent on train tickets, flights, hotel rooms and meals. \
            Keep every receipt and send the claim form to the finance team within thirty days of your return. \
            Claims are paid with the next monthly salary, after a line manager has approved them. \
            Taxis are only refunded when no public transport was available at the time. \
            The finance team answers questions about claims on weekdays between nine and five.""";

    static final String TRAVEL_QUERY = "expenses for business trips";

    /** The restricted document says what its query says, in the same words: nothing is nearer to it. */
    static final String CYCLING_QUERY = "purchasing a bicycle for commuting";

    @Autowired
    SearchApi search;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestLibraries testLibraries;

    @Autowired
    LibraryService libraries;

    @Autowired
    AiSettings aiSettings;

    @Autowired
    ApplicationContext context;

    DepartmentSummary finance;
    PersonSummary author;
    PersonSummary reader;
    PersonSummary admin;

    @BeforeEach
    void setUp() {
        finance = testPeople.department("Finance");
        author = testPeople.person("Fran Finance", finance);
        reader = testPeople.person("Rhys Reader", testPeople.department("Estates"));
        admin = testPeople.person("Ada Admin", finance, Role.ADMIN);
    }

    @AfterEach
    void meaningSearchOnAgain() {
        aiSettings.set(admin.id(), AiFeature.MEANING_SEARCH, true);
    }

    @Test
    void aDocumentIsFoundByWordsThatMeanTheSameButNotByTheWordsAlone() {
        long library = testLibraries.library(author, Visibility.ORGANISATION, finance.id());
        long travel = testLibraries.textDocument(
                author, library, "Reimbursement of travel costs", TRAVEL, Classification.OFFICIAL);

        awaitFound(reader, TRAVEL_QUERY, travel);
        SearchResults hybrid = search.search(user(reader), request(TRAVEL_QUERY));
        assertThat(hybrid.meaning()).isTrue();
        assertThat(hybrid.relaxed()).isFalse();

        SearchResults exact = search.search(user(reader), request(TRAVEL_QUERY).withExact(true));
        assertThat(ids(exact)).doesNotContain(travel);
        assertThat(exact.meaning()).isFalse();
        assertThat(ids(search.search(user(reader), request("\"business trips\" expenses"))))
                .doesNotContain(travel);
        assertThat(search.search(user(reader), request("\"business trips\"")).meaning())
                .isFalse();

        // the words still find it exactly, and first
        SearchResults words =
                search.search(user(reader), request("reimbursement").withExact(true));
        assertThat(ids(words)).contains(travel);
    }

    @Test
    void aRestrictedDocumentNeverComesBackFromTheMeaningSideForAnOutsiderWhileItsMemberFindsIt() {
        PersonSummary member = testPeople.person("Mo Member", testPeople.department("Estates"));
        long secret = testLibraries.library(author, Visibility.RESTRICTED, finance.id());
        libraries.setMember(TestLibraries.user(author), secret, member.id(), LibraryRole.READER);
        String tag = "cycling-" + secret;
        long restricted = testLibraries.taggedDocument(
                author,
                secret,
                "Purchasing a bicycle for commuting",
                "Purchasing a bicycle for commuting: staff may purchase a bicycle for commuting through the salary"
                        + " scheme. Purchasing a bicycle for commuting this way saves tax.",
                Classification.OFFICIAL,
                tag);
        long open = testLibraries.library(author, Visibility.ORGANISATION, finance.id());
        long racks = testLibraries.textDocument(
                author,
                open,
                "Cycle to work scheme",
                "Get a bike through salary sacrifice and ride it in to work each day.",
                Classification.OFFICIAL);

        awaitFound(member, CYCLING_QUERY, restricted);
        awaitFound(reader, CYCLING_QUERY, racks);

        SearchResults outsider = search.search(user(reader), request(CYCLING_QUERY));
        assertThat(outsider.meaning()).isTrue();
        assertThat(ids(outsider)).contains(racks).doesNotContain(restricted);
        assertThat(outsider.total()).isEqualTo(outsider.hits().size()); // nothing counted that is not shown
        assertThat(values(outsider, Facet.LIBRARY)).doesNotContain(String.valueOf(secret));
        assertThat(values(outsider, Facet.TAG)).doesNotContain(tag);

        SearchResults insider = search.search(user(member), request(CYCLING_QUERY));
        assertThat(ids(insider)).contains(restricted);
        assertThat(values(insider, Facet.LIBRARY)).contains(String.valueOf(secret));
        assertThat(values(insider, Facet.TAG)).contains(tag);

        // with a single nearest neighbour, it is the nearest among what the person may open: the restricted
        // document, nearest of all, is not taken and then dropped, leaving the outsider with nothing
        var nearestOnly = SearchVariants.with(context, new MeaningSearchSettings(1, -1f, 10));
        // (Lucene takes the k nearest of all, OpenSearch the k nearest of each shard: one of each kind of item)
        SearchResults one = nearestOnly.search(user(reader), request(CYCLING_QUERY));
        assertThat(ids(one)).isNotEmpty().doesNotContain(restricted);
        assertThat(ids(nearestOnly.search(user(member), request(CYCLING_QUERY))))
                .first()
                .isEqualTo(restricted);
    }

    @Test
    void withMeaningSearchSwitchedOffOnlyTheWordsFind() {
        long library = testLibraries.library(author, Visibility.ORGANISATION, finance.id());
        long travel = testLibraries.textDocument(
                author, library, "Claiming back travel costs", TRAVEL, Classification.OFFICIAL);
        awaitFound(reader, TRAVEL_QUERY, travel);

        aiSettings.set(admin.id(), AiFeature.MEANING_SEARCH, false);

        SearchResults off = search.search(user(reader), request(TRAVEL_QUERY));
        assertThat(off.meaning()).isFalse();
        assertThat(ids(off)).doesNotContain(travel);
        assertThat(ids(search.search(user(reader), request("claiming")))).contains(travel);
    }

    private void awaitFound(PersonSummary person, String query, long document) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> ids(search.search(user(person), request(query))).contains(document));
    }

    private static SearchRequest request(String query) {
        return SearchRequest.of(query, 0, 100);
    }

    private static List<Long> ids(SearchResults results) {
        return results.hits().stream()
                .filter(hit -> hit.documentId() >= 0)
                .map(SearchResults.Hit::id)
                .toList();
    }

    private static List<String> values(SearchResults results, Facet facet) {
        return results.facet(facet).counts().stream()
                .map(SearchResults.Count::value)
                .toList();
    }

    private static CurrentUser user(PersonSummary person) {
        return TestLibraries.user(person);
    }
}
