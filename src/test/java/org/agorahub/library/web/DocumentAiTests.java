package org.agorahub.library.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.agorahub.AgoraTest;
import org.agorahub.BrowserSession;
import org.agorahub.enrichment.domain.AiSettings;
import org.agorahub.library.Classification;
import org.agorahub.library.DocumentStatus;
import org.agorahub.library.SimilarDocument;
import org.agorahub.library.TestLibraries;
import org.agorahub.library.domain.DocumentDetails;
import org.agorahub.library.domain.DocumentService;
import org.agorahub.library.domain.SimilarDocuments;
import org.agorahub.library.domain.UploadedFile;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The on-premises AI on library pages, with the real model, index and database: summaries, similar documents, the
 * duplicate warning after an upload and suggested tags, each trimmed to what the viewer may open. Documents are
 * enriched in the background, so the tests wait for what a person would see.
 */
@AgoraTest
class DocumentAiTests {

    private static final Duration ENRICHED = Duration.ofSeconds(60);
    private static final String DUPLICATE = "A similar document already exists";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestLibraries testLibraries;

    @Autowired
    DocumentService documents;

    @Autowired
    Enrichments enrichments;

    @Autowired
    AiSettings settings;

    @Autowired
    SimilarDocuments similarDocuments;

    @Autowired
    JdbcClient jdbc;

    PersonSummary author;
    PersonSummary outsider;
    PersonSummary keeper;
    PersonSummary admin;
    long open;
    long closed;
    final List<Long> created = new ArrayList<>();

    @BeforeEach
    void setUp() {
        DepartmentSummary highways = testPeople.department("Highways");
        DepartmentSummary finance = testPeople.department("Finance");
        author = testPeople.person("Hana Highways", highways);
        outsider = testPeople.person("Olu Outsider", finance);
        keeper = testPeople.person("Kit Keeper", finance);
        admin = testPeople.person("Ada Admin", highways, Role.ADMIN);
        open = testLibraries.library(author, Visibility.ORGANISATION, highways.id());
        // only its manager may read it: neither the author nor the outsider
        closed = testLibraries.library(keeper, Visibility.RESTRICTED, finance.id());
    }

    @AfterEach
    void tidyUp() {
        for (AiFeature feature : AiFeature.values()) {
            settings.set(admin.id(), feature, true);
        }
        // out of the index, so the next test's neighbours are its own
        created.forEach(id -> documents.trash(TestLibraries.user(admin), id));
        created.clear();
    }

    @Test
    void aDocumentShowsItsSummaryLabelledAsAutomaticallyGenerated() throws Exception {
        long id = add(author, open, "Winter gritting plan", "gritting.txt", AiTexts.WINTER_GRITTING);

        Awaitility.await().atMost(ENRICHED).until(() -> page(author, id).contains("Automatically generated summary"));
        String page = page(author, id);
        assertThat(page).contains("href=\"/ai\"");
        String summary = enrichments.summaryOf(Enrichments.KIND_DOCUMENT, id).orElseThrow();
        assertThat(summary).contains("grit");
        assertThat(page).contains(summary.substring(0, 40));
    }

    @Test
    void similarDocumentsShowARelatedOneAndNeverOneTheViewerMayNotOpen() throws Exception {
        long gritting = add(author, open, "Winter gritting plan", "gritting.txt", AiTexts.WINTER_GRITTING);
        add(author, open, "Snow clearing routes", "snow.txt", AiTexts.SNOW_CLEARING);
        add(keeper, closed, "Gritting contract workings", "contract.txt", AiTexts.WINTER_GRITTING_REVISED);

        // the keeper's copy is the closest of all, and anyone who may read it is shown it
        Awaitility.await()
                .atMost(ENRICHED)
                .until(() -> page(admin, gritting).contains("Gritting contract workings")
                        && page(admin, gritting).contains("Snow clearing routes"));

        // the similarity of a hit, read from its score, is the cosine of the two stored vectors
        SimilarDocument nearest = similarDocuments
                .near(TestLibraries.user(admin), vectorOf(gritting), List.of(gritting), 1, -1)
                .get(0);
        assertThat(nearest.similarity())
                .isCloseTo(Enrichments.similarity(vectorOf(gritting), vectorOf(nearest.id())), within(0.001));

        String outsiders = page(outsider, gritting);
        assertThat(outsiders).contains("Similar documents").contains("Snow clearing routes");
        assertThat(outsiders).doesNotContain("Gritting contract workings");
        assertThat(page(author, gritting)).doesNotContain("Gritting contract workings");
    }

    @Test
    void aByteIdenticalReUploadIsPointedOutWithTheExistingTitle() throws Exception {
        byte[] bytes = AiTexts.STAFF_CANTEEN.getBytes(StandardCharsets.UTF_8);
        add(author, open, "Canteen opening times", "canteen.txt", AiTexts.STAFF_CANTEEN);

        // as a browser does: the upload's answer leaves the "just added" mark in the session, the next page reads it
        BrowserSession browser = new BrowserSession(mvc);
        MvcResult again = upload(browser, author, "canteen-copy.txt", bytes);
        browser.perform(get(again.getResponse().getRedirectedUrl()).with(user(TestPeople.principal(author))))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains(DUPLICATE)
                        .contains("Canteen opening times")
                        .contains("the same file")
                        .contains("Keep both")
                        .contains("Move the new one to the trash"));
        // the duplicate was added all the same: the person decides
        assertThat(idOf(again)).isPositive();

        // only on the page one lands on after adding it
        assertThat(page(author, idOf(again))).doesNotContain(DUPLICATE);
    }

    @Test
    void aNewVersionWhoseFileAnotherDocumentHasIsPointedOutWithTheWayBack() throws Exception {
        byte[] bytes = AiTexts.STAFF_CANTEEN.getBytes(StandardCharsets.UTF_8);
        add(author, open, "Canteen opening times", "canteen.txt", AiTexts.STAFF_CANTEEN);
        add(keeper, closed, "Confidential canteen contract", "contract.txt", AiTexts.STAFF_CANTEEN);
        long plan = add(author, open, "Winter gritting plan", "gritting.txt", AiTexts.WINTER_GRITTING);

        BrowserSession browser = new BrowserSession(mvc);
        String landing = browser.perform(multipart("/documents/" + plan + "/versions")
                        .file(new MockMultipartFile("file", "plan-v2.txt", "text/plain", bytes))
                        .param("changeNote", "new times")
                        .with(user(TestPeople.principal(author)))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String page = browser.perform(get(landing).with(user(TestPeople.principal(author))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(DUPLICATE)
                .contains("Canteen opening times")
                .contains("the same file")
                .contains("Keep version 2")
                .contains("Go back to version 1")
                .contains("/documents/" + plan + "/versions/1/restore");
        // the same file in a library the author cannot read is never named
        assertThat(page).doesNotContain("Confidential canteen contract");
        // only on the page one lands on after adding the version
        assertThat(page(author, plan)).doesNotContain(DUPLICATE);

        assertThat(page(author, plan)).contains("staff canteen on the second floor");

        // going back puts the first file back as a third version
        mvc.perform(post("/documents/" + plan + "/versions/1/restore")
                        .with(user(TestPeople.principal(author)))
                        .with(csrf()))
                .andExpect(status().isFound());
        assertThat(page(author, plan)).contains("Gritting lorries leave the depot");
        // and the summary is made again from it in the background
        Awaitility.await()
                .atMost(ENRICHED)
                .until(() -> !page(author, plan).contains("staff canteen on the second floor"));
    }

    @Test
    void theSameTextInAnotherFormatAndUnderAnotherNameIsPointedOut() throws Exception {
        long original = add(author, open, "Winter gritting plan", "gritting.txt", AiTexts.WINTER_GRITTING);
        add(author, open, "Staff canteen", "canteen.txt", AiTexts.STAFF_CANTEEN);
        awaitVector(original);

        long copy = idOf(upload(
                author,
                "road-treatment-final.html",
                AiTexts.html("Road treatment", AiTexts.WINTER_GRITTING).getBytes(StandardCharsets.UTF_8)));

        Awaitility.await().atMost(ENRICHED).until(() -> landing(author, copy).contains(DUPLICATE));
        assertThat(landing(author, copy)).contains("Winter gritting plan").contains("nearly the same text");
        assertThat(landing(author, copy)).doesNotContain("the same file").doesNotContain(">Staff canteen<");

        // a document on the same subject is similar, not a duplicate
        long snow = idOf(upload(author, "snow.txt", AiTexts.SNOW_CLEARING.getBytes(StandardCharsets.UTF_8)));
        assertThat(landing(author, snow)).doesNotContain(DUPLICATE);
    }

    @Test
    void aDuplicateInALibraryTheUploaderCannotReadIsNeverNamed() throws Exception {
        byte[] bytes = AiTexts.WINTER_GRITTING.getBytes(StandardCharsets.UTF_8);
        long secret = add(keeper, closed, "Confidential gritting tender", "tender.txt", AiTexts.WINTER_GRITTING);
        awaitVector(secret);

        long mine = idOf(upload(author, "gritting.txt", bytes));

        // whoever may read the library is warned about the very same upload, by name
        Awaitility.await().atMost(ENRICHED).until(() -> landing(admin, mine).contains("Confidential gritting tender"));
        String authors = landing(author, mine);
        assertThat(authors).doesNotContain(DUPLICATE).doesNotContain("Confidential gritting tender");
    }

    @Test
    void suggestedTagsComeFromSimilarDocumentsTheUploaderCanReadAndWaitToBeChosen() throws Exception {
        addTagged(author, open, "Snow clearing routes", AiTexts.SNOW_CLEARING, "winter maintenance", "snow");
        addTagged(keeper, closed, "Snow plough contract", AiTexts.SNOW_CLEARING, "tender 4471");

        long mine = idOf(upload(author, "gritting.txt", AiTexts.WINTER_GRITTING.getBytes(StandardCharsets.UTF_8)));

        Awaitility.await()
                .atMost(ENRICHED)
                .until(() -> landing(admin, mine).contains("tender 4471")
                        && landing(author, mine).contains("+ winter maintenance"));
        String suggested = landing(author, mine);
        assertThat(suggested).contains("Suggested tags").contains("+ gritting").doesNotContain("tender 4471");
        assertThat(tagsOf(mine)).isEmpty();

        mvc.perform(post("/documents/" + mine + "/suggested-tags")
                        .param("tag", "winter maintenance")
                        .with(user(TestPeople.principal(author)))
                        .with(csrf()))
                .andExpect(status().isFound());
        assertThat(tagsOf(mine)).containsExactly("winter maintenance");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'document.tag.added' and target_id = ?")
                        .param(mine)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // on the edit form, the rest are boxes to tick; the chosen one is no longer suggested
        String edit = mvc.perform(get("/documents/" + mine + "/edit").with(user(TestPeople.principal(author))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(edit).contains("name=\"addTags\" value=\"snow\"");
        assertThat(edit)
                .doesNotContain("name=\"addTags\" value=\"winter maintenance\"")
                .doesNotContain("tender 4471");
    }

    @Test
    void aReaderWhoMayNotEditIsNotOfferedSuggestionsNorAllowedToAddThem() throws Exception {
        long id = add(author, open, "Winter gritting plan", "gritting.txt", AiTexts.WINTER_GRITTING);
        awaitVector(id);

        assertThat(page(outsider, id)).doesNotContain("Suggested tags");
        mvc.perform(post("/documents/" + id + "/suggested-tags")
                        .param("tag", "gritting")
                        .with(user(TestPeople.principal(outsider)))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(tagsOf(id)).isEmpty();
    }

    @Test
    void withTheFeaturesSwitchedOffNothingIsShown() throws Exception {
        long gritting = add(author, open, "Winter gritting plan", "gritting.txt", AiTexts.WINTER_GRITTING);
        add(author, open, "Snow clearing routes", "snow.txt", AiTexts.SNOW_CLEARING);
        long copy = idOf(upload(
                author,
                "road-treatment.html",
                AiTexts.html("Road treatment", AiTexts.WINTER_GRITTING).getBytes(StandardCharsets.UTF_8)));
        Awaitility.await()
                .atMost(ENRICHED)
                .until(() -> page(author, gritting).contains("Automatically generated summary")
                        && page(author, gritting).contains("Snow clearing routes")
                        && landing(author, copy).contains(DUPLICATE)
                        && landing(author, copy).contains("Suggested tags"));

        settings.set(admin.id(), AiFeature.SUMMARIES, false);
        settings.set(admin.id(), AiFeature.SIMILAR_CONTENT, false);
        settings.set(admin.id(), AiFeature.SUGGESTED_TAGS, false);

        assertThat(page(author, gritting))
                .doesNotContain("Automatically generated summary")
                .doesNotContain("Similar documents")
                .doesNotContain("Suggested tags");
        assertThat(landing(author, copy)).doesNotContain(DUPLICATE).doesNotContain("Suggested tags");
        assertThat(edit(author, copy)).doesNotContain("addTags");
    }

    @Test
    void documentsWithoutTextWithJunkOrWithHugeTextStillRender() throws Exception {
        Random random = new Random(7);
        StringBuilder junk = new StringBuilder();
        while (junk.length() < 20_000) {
            junk.append((char) (33 + random.nextInt(30))).append(random.nextInt(10) == 0 ? " " : "");
        }
        StringBuilder huge = new StringBuilder();
        while (huge.length() < 3_000_000) {
            huge.append(AiTexts.SNOW_CLEARING)
                    .append(' ')
                    .append(random.nextInt())
                    .append(". ");
        }
        List<String> files = List.of("junk.txt", "huge.txt", "empty.html");
        List<String> texts = List.of(junk.toString(), huge.toString(), "<html><body><p> </p></body></html>");
        for (int i = 0; i < files.size(); i++) {
            long id = idOf(upload(author, files.get(i), texts.get(i).getBytes(StandardCharsets.UTF_8)));
            mvc.perform(get("/documents/" + id).param("added", "true").with(user(TestPeople.principal(author))))
                    .andExpect(status().isOk());
            mvc.perform(get("/documents/" + id + "/edit").with(user(TestPeople.principal(author))))
                    .andExpect(status().isOk());
        }
    }

    private long add(PersonSummary who, long library, String title, String fileName, String text) {
        long id = documents.upload(
                TestLibraries.user(who),
                library,
                new UploadedFile(fileName, text.getBytes(StandardCharsets.UTF_8)),
                new DocumentDetails(
                        title,
                        null,
                        List.of(),
                        null,
                        who.id(),
                        Classification.OFFICIAL,
                        DocumentStatus.PUBLISHED,
                        null));
        created.add(id);
        return id;
    }

    private void addTagged(PersonSummary who, long library, String title, String text, String... tags) {
        created.add(testLibraries.taggedDocument(who, library, title, text, Classification.OFFICIAL, tags));
    }

    private MvcResult upload(PersonSummary who, String fileName, byte[] bytes) throws Exception {
        return upload(new BrowserSession(mvc), who, fileName, bytes);
    }

    private MvcResult upload(BrowserSession browser, PersonSummary who, String fileName, byte[] bytes)
            throws Exception {
        MvcResult result = browser.perform(multipart("/libraries/" + open + "/upload")
                        .file(new MockMultipartFile("files", fileName, "application/octet-stream", bytes))
                        .param("title", "")
                        .param("tags", "")
                        .param("classification", "OFFICIAL")
                        .param("status", "PUBLISHED")
                        .with(user(TestPeople.principal(who)))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andReturn();
        created.add(idOf(result));
        return result;
    }

    private static long idOf(MvcResult upload) {
        String location = upload.getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private float[] vectorOf(long id) {
        return enrichments.vectorOf(Enrichments.KIND_DOCUMENT, id).orElseThrow();
    }

    private void awaitVector(long id) {
        Awaitility.await()
                .atMost(ENRICHED)
                .until(() -> enrichments.vectorOf(Enrichments.KIND_DOCUMENT, id).isPresent());
    }

    private List<String> tagsOf(long id) {
        return jdbc.sql("select tag from document_tag where document_id = ? order by tag")
                .param(id)
                .query(String.class)
                .list();
    }

    private String page(PersonSummary who, long id) throws Exception {
        return mvc.perform(get("/documents/" + id).with(user(TestPeople.principal(who))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The page as it is right after adding the document ("check again" gives the same). */
    private String landing(PersonSummary who, long id) throws Exception {
        return mvc.perform(get("/documents/" + id).param("added", "true").with(user(TestPeople.principal(who))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String edit(PersonSummary who, long id) throws Exception {
        return mvc.perform(get("/documents/" + id + "/edit").with(user(TestPeople.principal(who))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
