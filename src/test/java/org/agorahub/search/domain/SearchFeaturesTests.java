package org.agorahub.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.agorahub.AgoraTest;
import org.agorahub.library.Classification;
import org.agorahub.library.LibraryRole;
import org.agorahub.library.TestLibraries;
import org.agorahub.library.domain.DocumentService;
import org.agorahub.library.domain.LibraryService;
import org.agorahub.library.domain.LibrarySettings;
import org.agorahub.library.domain.PageService;
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
import org.agorahub.search.SearchResults.Count;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a person notices of the query language and the page furniture: phrases, exclusions, typos, synonyms,
 * spelling suggestions, facets and filters, sorting and the ranking nudges, all over the real index. Each test
 * scopes its queries with words no other test uses, since the tests of this class share one index.
 */
@AgoraTest
class SearchFeaturesTests {

    private static final AtomicInteger WORDS = new AtomicInteger();

    @Autowired
    SearchApi search;

    @Autowired
    SynonymService synonyms;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestLibraries testLibraries;

    @Autowired
    LibraryService libraries;

    @Autowired
    DocumentService documents;

    @Autowired
    PageService pages;

    DepartmentSummary policyUnit;
    DepartmentSummary finance;
    PersonSummary manager;
    PersonSummary outsider;
    PersonSummary admin;
    long openLibrary;

    @BeforeEach
    void setUp() {
        policyUnit = testPeople.department("Policy");
        finance = testPeople.department("Finance");
        manager = testPeople.person("Mia Manager", policyUnit);
        outsider = testPeople.person("Otto Outsider", finance);
        admin = testPeople.person("Ada Admin", finance, Role.ADMIN);
        openLibrary = testLibraries.library(manager, Visibility.ORGANISATION, policyUnit.id());
    }

    @Test
    void quotedWordsMustBeTogetherAndAMinusLeavesOut() {
        String scope = uniqueWord();
        long together = document(scope + " annual budget", "The annual budget for the year.");
        long apart = document(scope + " budget notes", "Notes on the budget, published annual in spring.");

        assertThat(ids(outsider, scope + " \"annual budget\"")).containsExactly(together);
        assertThat(ids(outsider, scope + " annual budget")).containsExactlyInAnyOrder(together, apart);
        assertThat(ids(outsider, scope + " budget -notes")).containsExactly(together);
        assertThat(ids(outsider, scope + " budget -\"annual budget\"")).containsExactly(apart);
    }

    @Test
    void aTypoInALongerWordStillFindsItAndExactMatchesRankFirst() {
        String scope = uniqueWord();
        long exact = document(scope + " procurement", "How procurement works here.");
        long other = document(scope + " procedures", "Procedures for everything else.");

        assertThat(ids(outsider, scope + " procurment")).containsExactly(exact); // one letter missing
        assertThat(ids(outsider, scope + " prcourement")).containsExactly(exact); // two letters swapped
        assertThat(ids(outsider, scope + " procedure")).containsExactly(other);
        // short words are matched exactly (a typo there would match too many other words): "hwo" is not "how",
        // so no document has both words and the page falls back to documents with some of them
        assertThat(search.search(user(outsider), scope + " how", 0, 10).relaxed())
                .isFalse();
        assertThat(search.search(user(outsider), scope + " hwo", 0, 10).relaxed())
                .isTrue();
    }

    @Test
    void synonymGroupsApplyToTheNextSearchBothWays() {
        String scope = uniqueWord();
        String acronym = uniqueWord();
        String term = uniqueWord();
        long longForm = document(scope + " requests", "How to answer a freedom of " + term + " request.");
        long shortForm = document(scope + " guide", "Our " + acronym + " guide.");

        assertThat(ids(outsider, scope + " " + acronym)).containsExactly(shortForm);

        long group = synonyms.add(TestLibraries.user(admin), acronym + ", freedom of " + term);

        assertThat(ids(outsider, scope + " " + acronym)).containsExactlyInAnyOrder(longForm, shortForm);
        assertThat(ids(outsider, scope + " freedom of " + term)).containsExactlyInAnyOrder(longForm, shortForm);

        synonyms.delete(TestLibraries.user(admin), group);

        assertThat(ids(outsider, scope + " " + acronym)).containsExactly(shortForm);
    }

    @Test
    void didYouMeanOffersTheCorrectionOnlyWhenItFindsSomethingThePersonMayOpen() {
        String word = uniqueWord();
        String secret = uniqueWord();
        document("Plan " + word, "The " + word + " plan.");
        long restricted = testLibraries.library(manager, Visibility.RESTRICTED, policyUnit.id());
        testLibraries.textDocument(manager, restricted, "Note", "The " + secret + " note.", Classification.OFFICIAL);

        SearchResults misspelt = search.search(user(outsider), twoTypos(word), 0, 10);
        assertThat(misspelt.total()).isZero();
        assertThat(misspelt.suggestion()).isEqualTo(word);

        SearchResults hidden = search.search(user(outsider), twoTypos(secret), 0, 10);
        assertThat(hidden.total()).isZero();
        assertThat(hidden.suggestion())
                .as("a word only in a document they may not open")
                .isNull();
        assertThat(search.search(user(manager), twoTypos(secret), 0, 10).suggestion())
                .isEqualTo(secret);
    }

    @Test
    void facetCountsOnlyCountWhatThePersonMayOpenAndEachFilterGivesItsCount() {
        String scope = uniqueWord();
        long restricted = testLibraries.library(manager, Visibility.RESTRICTED, policyUnit.id());
        long open = document(scope + " open", "Open text.", "contracts");
        testLibraries.taggedDocument(
                manager,
                openLibrary,
                scope + " sensitive",
                "Sensitive text.",
                Classification.OFFICIAL_SENSITIVE,
                "contracts");
        testLibraries.taggedDocument(
                manager,
                restricted,
                scope + " members",
                "Members text.",
                Classification.OFFICIAL,
                "contracts",
                "secret-tag");

        SearchResults asOutsider = search.search(user(outsider), scope, 0, 10);
        assertThat(asOutsider.total()).isEqualTo(1);
        assertThat(counts(asOutsider, Facet.TAG)).isEqualTo(Map.of("contracts", 1L));
        assertThat(counts(asOutsider, Facet.LIBRARY)).isEqualTo(Map.of(String.valueOf(openLibrary), 1L));
        assertThat(counts(asOutsider, Facet.DEPARTMENT)).isEqualTo(Map.of(String.valueOf(policyUnit.id()), 1L));
        assertThat(counts(asOutsider, Facet.TYPE)).isEqualTo(Map.of("file", 1L));
        assertThat(counts(asOutsider, Facet.FILE_TYPE)).isEqualTo(Map.of("TXT", 1L));
        assertThat(counts(asOutsider, Facet.STATUS)).isEqualTo(Map.of("published", 1L));
        assertThat(counts(asOutsider, Facet.UPDATED)).containsEntry("week", 1L).doesNotContainKey("older");

        SearchResults asAdmin = search.search(user(admin), scope, 0, 10);
        assertThat(asAdmin.total()).isEqualTo(3);
        assertThat(counts(asAdmin, Facet.TAG)).isEqualTo(Map.of("contracts", 3L, "secret-tag", 1L));
        assertThat(counts(asAdmin, Facet.LIBRARY))
                .isEqualTo(Map.of(String.valueOf(openLibrary), 2L, String.valueOf(restricted), 1L));

        // a filter on a tag the outsider cannot see finds nothing, not the document
        assertThat(search(outsider, scope, SearchFilters.NONE.with(Facet.TAG, "secret-tag"))
                        .total())
                .isZero();
        // every count an admin sees is what clicking it gives
        for (Facet facet : List.of(Facet.TAG, Facet.LIBRARY, Facet.TYPE, Facet.STATUS, Facet.UPDATED)) {
            for (Count count : asAdmin.facet(facet).counts()) {
                SearchResults filtered = search(admin, scope, SearchFilters.NONE.with(facet, count.value()));
                assertThat(filtered.total()).as("%s=%s", facet, count.value()).isEqualTo(count.count());
            }
        }
        assertThat(ids(search(outsider, scope, SearchFilters.NONE.with(Facet.TAG, "contracts"))))
                .containsExactly(open);
    }

    @Test
    void filtersCombineAndOddFilterValuesFindNothingWithoutAnError() {
        String scope = uniqueWord();
        long file = document(scope + " file", "A file.", "alpha", "beta");
        document(scope + " other", "Another file.", "alpha");
        long page = pages.create(
                TestLibraries.user(manager),
                openLibrary,
                "# Page\n\nA page about " + scope + ".",
                new org.agorahub.library.domain.DocumentDetails(
                        scope + " page",
                        null,
                        List.of("alpha"),
                        null,
                        manager.id(),
                        Classification.OFFICIAL,
                        org.agorahub.library.DocumentStatus.PUBLISHED,
                        null));

        assertThat(ids(search(outsider, scope, SearchFilters.NONE.with(Facet.TYPE, "page"))))
                .containsExactly(page);
        assertThat(ids(search(
                        outsider,
                        scope,
                        SearchFilters.NONE.with(Facet.TAG, "alpha").with(Facet.TAG, "beta"))))
                .containsExactly(file);
        assertThat(search(
                                outsider,
                                scope,
                                SearchFilters.NONE.with(Facet.TAG, "alpha").with(Facet.TYPE, "file"))
                        .total())
                .isEqualTo(2);
        assertThat(search(outsider, scope, SearchFilters.NONE.with(Facet.LIBRARY, "abc"))
                        .total())
                .isZero();
        assertThat(search(outsider, scope, SearchFilters.NONE.with(Facet.UPDATED, "centuries"))
                        .total())
                .isZero();
        assertThat(search(outsider, scope, SearchFilters.NONE.with(Facet.UPDATED, "older"))
                        .total())
                .isZero();
        assertThat(search(outsider, scope, SearchFilters.NONE.with(Facet.UPDATED, "week"))
                        .total())
                .isEqualTo(3);
    }

    @Test
    void newestFirstOrdersByLastChange() {
        String scope = uniqueWord();
        long first = document(scope + " " + scope + " " + scope, scope + " " + scope + " first and best match");
        long second = document(scope + " second", "A later one.");

        assertThat(ids(outsider, scope)).containsExactly(first, second);
        SearchResults newest =
                search.search(user(outsider), new SearchRequest(scope, null, SearchRequest.Sort.NEWEST, 0, 10));
        assertThat(newest.hits().stream().map(SearchResults.Hit::documentId).toList())
                .containsExactly(second, first);
    }

    @Test
    void verifiedDocumentsWinNearTiesButNotOverAClearlyBetterMatch() {
        String scope = uniqueWord();
        String word = uniqueWord();
        long plain = document(scope + " twin one", "About " + word + ".");
        long verified = document(scope + " twin two", "About " + word + ".");
        documents.verify(TestLibraries.user(admin), verified);

        assertThat(ids(outsider, scope + " " + word)).containsExactly(verified, plain);

        String other = uniqueWord();
        long strong = document(
                scope + " " + other + " guide",
                other + " explained: what " + other + " is, and how " + other + " works.");
        long weak = document(
                scope + " long notes",
                "Many notes on many things. ".repeat(40) + other + " is mentioned once. " + "More notes. ".repeat(40));
        documents.verify(TestLibraries.user(admin), weak);

        assertThat(ids(outsider, scope + " " + other)).containsExactly(strong, weak);
    }

    @Test
    void narrowingALibraryHidesItsDocumentsAtOnce() {
        String word = uniqueWord();
        long library = testLibraries.library(manager, Visibility.ORGANISATION, policyUnit.id());
        long document =
                testLibraries.textDocument(manager, library, "Plan", "The " + word + " plan.", Classification.OFFICIAL);
        assertThat(ids(outsider, word)).containsExactly(document);

        var view = libraries.library(TestLibraries.user(manager), library);
        libraries.update(
                TestLibraries.user(manager),
                library,
                new LibrarySettings(view.name(), view.description(), policyUnit.id(), Visibility.RESTRICTED),
                view.version());

        // no waiting: the reindex of a narrowed library happens in the same request
        assertThat(ids(outsider, word)).isEmpty();
        assertThat(search.search(user(outsider), word, 0, 10).total()).isZero();
        assertThat(ids(manager, word)).containsExactly(document);
        libraries.setMember(TestLibraries.user(manager), library, outsider.id(), LibraryRole.READER);
        assertThat(ids(outsider, word)).containsExactly(document);
    }

    private long document(String title, String text, String... tags) {
        return testLibraries.taggedDocument(manager, openLibrary, title, text, Classification.OFFICIAL, tags);
    }

    private SearchResults search(PersonSummary person, String query, SearchFilters filters) {
        return search.search(user(person), new SearchRequest(query, filters, SearchRequest.Sort.RELEVANCE, 0, 10));
    }

    private List<Long> ids(PersonSummary person, String query) {
        return ids(search.search(user(person), query, 0, 10));
    }

    private static List<Long> ids(SearchResults results) {
        return results.hits().stream().map(SearchResults.Hit::documentId).toList();
    }

    private static Map<String, Long> counts(SearchResults results, Facet facet) {
        Map<String, Long> counts = new java.util.HashMap<>();
        results.facet(facet).counts().forEach(c -> counts.put(c.value(), c.count()));
        return counts;
    }

    private static CurrentUser user(PersonSummary person) {
        return TestLibraries.user(person);
    }

    /** Two letters changed in the middle: too far for the one-typo match, close enough for a suggestion. */
    private static String twoTypos(String word) {
        char[] letters = word.toCharArray();
        letters[3] = letters[3] == 'a' ? 'b' : 'a';
        letters[6] = letters[6] == 'a' ? 'b' : 'a';
        return new String(letters);
    }

    /** A word no other test uses: letters only, so analysis leaves it one token. */
    private static String uniqueWord() {
        int n = WORDS.incrementAndGet();
        StringBuilder word = new StringBuilder("zq");
        long seed = System.nanoTime() ^ ((long) n << 32);
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + (int) Math.floorMod(seed >> (i * 5), 26L)));
        }
        return word + "x";
    }

    @SuppressWarnings("unused")
    private static Set<String> none() {
        return Set.of();
    }
}
