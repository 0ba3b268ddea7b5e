package org.agorahub.search.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
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
import org.agorahub.people.CurrentUser;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.agorahub.people.Visibility;
import org.agorahub.search.SearchApi;
import org.agorahub.search.SearchResults;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.awaitility.Awaitility;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Search over a real index and a real database. Trimming is proven Discourse-style: the same query, run as people
 * who may and may not see each document, must show them the document, or nothing at all (total 0 too).
 *
 * <p>Changes to a document row are indexed in its own transaction (tests use the {@code sync} indexing plan
 * strategy), so searches right after them are exact. Reindexing triggered by events (a new version of a document)
 * runs after commit on another thread, as in production, so those tests wait for it with Awaitility.
 */
@AgoraTest
class SearchServiceTests {

    private static final AtomicInteger WORDS = new AtomicInteger();

    @Autowired
    SearchApi search;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestLibraries testLibraries;

    @Autowired
    DocumentService documents;

    @Autowired
    LibraryService libraries;

    @Autowired
    SearchIndexBootstrap bootstrap;

    @Autowired
    SearchIndexRebuild rebuild;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    JdbcClient jdbc;

    DepartmentSummary policyUnit;
    DepartmentSummary finance;
    PersonSummary manager;
    PersonSummary colleague;
    PersonSummary outsider;
    PersonSummary admin;
    PersonSummary curator;

    @BeforeEach
    void setUp() {
        policyUnit = testPeople.department("Policy");
        finance = testPeople.department("Finance");
        manager = testPeople.person("Mia Manager", policyUnit);
        colleague = testPeople.person("Cal Colleague", policyUnit);
        outsider = testPeople.person("Otto Outsider", finance);
        admin = testPeople.person("Ada Admin", finance, Role.ADMIN);
        curator = testPeople.person("Cora Curator", finance, Role.CURATOR);
    }

    @Test
    void aDepartmentLibraryIsFoundByItsDepartmentOnly() {
        String word = uniqueWord();
        long library = testLibraries.library(manager, Visibility.DEPARTMENT, policyUnit.id());
        long document = testLibraries.textDocument(
                manager, library, "Department plan", "The " + word + " plan.", Classification.OFFICIAL);

        assertFound(colleague, word, document);
        assertNothing(outsider, word);
        assertFound(admin, word, document);
        assertFound(curator, word, document);
    }

    @Test
    void aRestrictedLibraryIsFoundByNamedMembersOnly() {
        String word = uniqueWord();
        PersonSummary named = testPeople.person("Nia Named", finance);
        long library = testLibraries.library(manager, Visibility.RESTRICTED, policyUnit.id());
        libraries.setMember(TestLibraries.user(manager), library, named.id(), LibraryRole.READER);
        long document = testLibraries.textDocument(
                manager, library, "Restricted note", "A " + word + " note.", Classification.OFFICIAL);

        assertFound(named, word, document);
        assertNothing(colleague, word); // same department, but the library is for named people only
        assertNothing(outsider, word);
        assertFound(admin, word, document);
    }

    @Test
    void aSensitiveDocumentInAnOrganisationLibraryIsForLibraryMembersOnly() {
        String word = uniqueWord();
        long library = testLibraries.library(manager, Visibility.ORGANISATION, policyUnit.id());
        long open = testLibraries.textDocument(
                manager, library, "Open guide", "An open " + word + " guide.", Classification.OFFICIAL);
        long sensitive = testLibraries.textDocument(
                manager,
                library,
                "Sensitive guide",
                "A sensitive " + word + " guide.",
                Classification.OFFICIAL_SENSITIVE);

        SearchResults outside = search.search(user(outsider), word, 0, 10);
        assertThat(ids(outside)).containsExactly(open);
        assertThat(outside.total()).isEqualTo(1);
        assertThat(ids(search.search(user(colleague), word, 0, 10))).containsExactlyInAnyOrder(open, sensitive);
        assertThat(ids(search.search(user(admin), word, 0, 10))).containsExactlyInAnyOrder(open, sensitive);
        assertThat(search.search(user(admin), word, 0, 10).total()).isEqualTo(2);
    }

    @Test
    void addingANamedMemberMakesTheLibraryFindableForThem() {
        String word = uniqueWord();
        long library = testLibraries.library(manager, Visibility.RESTRICTED, null);
        long document = testLibraries.textDocument(
                manager, library, "Members only", "The " + word + " minutes.", Classification.OFFICIAL);
        assertNothing(outsider, word);

        libraries.setMember(TestLibraries.user(manager), library, outsider.id(), LibraryRole.READER);

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertFound(outsider, word, document));
    }

    @Test
    void wordsAreStemmedAndMatchInTitleTagsAndText() {
        String word = uniqueWord();
        long library = testLibraries.library(manager, Visibility.ORGANISATION, policyUnit.id());
        long document = testLibraries.textDocument(
                manager,
                library,
                "Rules " + word,
                "Guidance on procurements and tendering for small suppliers.",
                Classification.OFFICIAL);

        assertFound(outsider, word + " procurement", document);
        assertFound(outsider, word + " Procurement's", document);
        assertFound(outsider, word + " tender supplier", document);
        // no document has every word: the ones with some of them are shown, and the page is told so
        SearchResults someWords = search.search(user(outsider), word + " unrelatedzebra", 0, 10);
        assertThat(ids(someWords)).containsExactly(document);
        assertThat(someWords.relaxed()).isTrue();
        assertThat(search.search(user(outsider), word + " procurement", 0, 10).relaxed())
                .isFalse();
    }

    @Test
    void aWordOnlyInsideAnUploadedFileIsFoundWithASnippet() {
        String word = uniqueWord();
        long library = testLibraries.library(manager, Visibility.ORGANISATION, policyUnit.id());
        long document = documents.upload(
                user(manager),
                library,
                new UploadedFile("handbook.docx", docx("Chapter one.", "The " + word + " is explained here.")),
                details("Staff handbook"));

        SearchResults results = search.search(user(outsider), word, 0, 10);

        assertThat(ids(results)).containsExactly(document);
        SearchResults.Hit hit = results.hits().get(0);
        assertThat(hit.title()).isEqualTo("Staff handbook");
        assertThat(hit.libraryId()).isEqualTo(library);
        assertThat(hit.snippet()).contains("<em>" + word + "</em>");
    }

    @Test
    void aNewVersionReplacesTheSearchableText() {
        String before = uniqueWord();
        String after = uniqueWord();
        long library = testLibraries.library(manager, Visibility.ORGANISATION, policyUnit.id());
        long document = testLibraries.textDocument(
                manager, library, "Versioned", "Old " + before + " text.", Classification.OFFICIAL);

        documents.addVersion(
                user(manager), document, new UploadedFile("v2.txt", ("New " + after + " text.").getBytes()), null);

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertFound(outsider, after, document);
            assertNothing(outsider, before);
        });
    }

    @Test
    void trashedDocumentsDisappearAndComeBackWhenRestored() {
        String word = uniqueWord();
        long library = testLibraries.library(manager, Visibility.ORGANISATION, policyUnit.id());
        long document = testLibraries.textDocument(
                manager, library, "Soon trashed", "The " + word + " memo.", Classification.OFFICIAL);
        assertFound(colleague, word, document);
        // the reindexing after each change runs in the background and reads the document as it is then; let the
        // upload's finish first, or it could write the untrashed document back after the trash's own indexing
        awaitBackgroundIndexing();

        documents.trash(user(manager), document);
        assertNothing(colleague, word);
        assertNothing(admin, word);

        awaitBackgroundIndexing();
        documents.restore(user(manager), document);
        assertFound(colleague, word, document);

        awaitBackgroundIndexing();
        documents.trash(user(manager), document);
        documents.purge(user(manager), document);
        assertNothing(admin, word);
    }

    @Test
    void anEmptyIndexIsRebuiltFromTheDatabase() {
        String word = uniqueWord();
        long library = testLibraries.library(manager, Visibility.RESTRICTED, policyUnit.id());
        long document = testLibraries.textDocument(
                manager, library, "Rebuilt", "The " + word + " archive.", Classification.OFFICIAL);
        // every reindex triggered by events so far is done (and none failed), so nothing refills the index
        // between the purge and the check below
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
                                .query(Long.class)
                                .single()
                        == 0);
        Search.mapping(entityManagerFactory)
                .scope(Object.class, SearchService.INDEXED_ENTITY)
                .schemaManager()
                .dropAndCreate(); // an empty index (works on both backends; OpenSearch's integ-test build cannot purge)
        assertNothing(admin, word);

        bootstrap.rebuildIfEmpty();

        // (on OpenSearch the rebuild starts by recreating the indexes: searches in that moment fail)
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> !rebuild.isRunning());
        assertFound(manager, word, document);
        assertNothing(outsider, word); // read tokens are rebuilt too
    }

    @Test
    void hostileQueriesNeverThrow() {
        String word = uniqueWord();
        long library = testLibraries.library(manager, Visibility.ORGANISATION, policyUnit.id());
        testLibraries.textDocument(manager, library, "Hostile", "The " + word + " text.", Classification.OFFICIAL);
        List<String> queries = List.of(
                "AND(",
                "\"unclosed",
                "*",
                "~",
                "\\",
                "x".repeat(600),
                word + " ".repeat(300) + "y".repeat(300),
                "",
                "   ",
                "\u0000\u0007",
                "😀 " + word,
                "\uD83D", // a lone surrogate
                "title:secret OR readTokens:org",
                "+-|()~*\"\\",
                "((((((((((" + word);
        for (String query : queries) {
            for (PersonSummary person : List.of(outsider, admin)) {
                assertThatCode(() -> search.search(user(person), query, 0, 10))
                        .as(query)
                        .doesNotThrowAnyException();
            }
        }
        assertThat(search.search(user(outsider), null, 0, 10).total()).isZero();
        assertThat(search.search(user(outsider), "", 0, 10).total()).isZero();
        assertThat(search.search(user(outsider), word, -5, 100_000).hits()).hasSize(1);
    }

    private void assertFound(PersonSummary person, String query, long document) {
        SearchResults results = search.search(user(person), query, 0, 10);
        assertThat(ids(results))
                .as("%s searching %s", person.displayName(), query)
                .containsExactly(document);
        assertThat(results.total()).isEqualTo(1);
    }

    private void awaitBackgroundIndexing() {
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
                                .query(Long.class)
                                .single()
                        == 0);
    }

    private void assertNothing(PersonSummary person, String query) {
        SearchResults results = search.search(user(person), query, 0, 10);
        assertThat(results.hits())
                .as("%s searching %s", person.displayName(), query)
                .isEmpty();
        assertThat(results.total()).isZero();
    }

    private static List<Long> ids(SearchResults results) {
        return results.hits().stream().map(SearchResults.Hit::documentId).toList();
    }

    private static CurrentUser user(PersonSummary person) {
        return TestLibraries.user(person);
    }

    private DocumentDetails details(String title) {
        return new DocumentDetails(
                title,
                null,
                List.of("testing"),
                null,
                manager.id(),
                Classification.OFFICIAL,
                DocumentStatus.PUBLISHED,
                null);
    }

    /** A word no other test (sharing the index) uses: letters only, so analysis leaves it one token. */
    private static String uniqueWord() {
        int n = WORDS.incrementAndGet();
        StringBuilder word = new StringBuilder("zq");
        long seed = System.nanoTime() ^ ((long) n << 32);
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + (int) Math.floorMod(seed >> (i * 5), 26L)));
        }
        return word + "x";
    }

    private static byte[] docx(String... paragraphs) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(paragraph);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
