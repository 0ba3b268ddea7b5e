package org.agorahub.library.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.agorahub.AgoraTest;
import org.agorahub.library.Classification;
import org.agorahub.library.DocumentEvents;
import org.agorahub.library.TestLibraries;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.TestPeople;
import org.agorahub.people.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Uploading, finding, downloading, versioning, verifying, reporting and trashing documents through the pages. */
@AgoraTest
@RecordApplicationEvents
class DocumentFlowTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestLibraries testLibraries;

    @Autowired
    JdbcClient jdbc;

    DepartmentSummary policyUnit;
    PersonSummary author;
    PersonSummary manager;
    long library;

    @BeforeEach
    void setUp() {
        policyUnit = testPeople.department("Policy");
        manager = testPeople.person("Mia Manager", policyUnit);
        author = testPeople.person("Arun Author", policyUnit);
        library = testLibraries.library(manager, Visibility.DEPARTMENT, policyUnit.id());
    }

    @Test
    void uploadedFilesAreNamedFromTheFileTaggedAndDownloadedByteIdentical() throws Exception {
        byte[] bytes = "Framework agreements must be re-tendered every four years.\n".getBytes(StandardCharsets.UTF_8);

        MvcResult uploaded = mvc.perform(multipart("/libraries/" + library + "/upload")
                        .file(new MockMultipartFile("files", "framework_agreements-guide.txt", "text/plain", bytes))
                        .param("title", "")
                        .param("tags", " Procurement ,  Framework   Agreements")
                        .param("classification", "OFFICIAL")
                        .param("status", "PUBLISHED")
                        .with(user(TestPeople.principal(author)))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andReturn();
        String documentUrl = uploaded.getResponse().getRedirectedUrl();

        mvc.perform(get(documentUrl).with(user(TestPeople.principal(author))))
                .andExpect(content().string(containsString("framework agreements guide")))
                .andExpect(content().string(containsString("re-tendered every four years")))
                .andExpect(content().string(containsString("procurement")));
        mvc.perform(get("/libraries/" + library)
                        .param("tag", "framework agreements")
                        .with(user(TestPeople.principal(author))))
                .andExpect(content().string(containsString("framework agreements guide")));

        MvcResult download = mvc.perform(get(documentUrl + "/download").with(user(TestPeople.principal(author))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().exists("ETag"))
                .andReturn();
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(bytes);

        mvc.perform(get(documentUrl + "/download")
                        .header("If-None-Match", download.getResponse().getHeader("ETag"))
                        .with(user(TestPeople.principal(author))))
                .andExpect(status().isNotModified());
    }

    @Test
    void aFileWhoseContentDoesNotMatchItsNameIsRefusedAndNothingIsStored() throws Exception {
        long before = documentsIn(library);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        mvc.perform(multipart("/libraries/" + library + "/upload")
                        .file(new MockMultipartFile("files", "notes.txt", "text/plain", png))
                        .param("title", "My notes")
                        .param("classification", "OFFICIAL")
                        .param("status", "PUBLISHED")
                        .with(user(TestPeople.principal(author)))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("These files were not added")))
                .andExpect(content().string(containsString("notes.txt")))
                .andExpect(content().string(containsString("value=\"My notes\"")));

        assertThat(documentsIn(library)).isEqualTo(before);
    }

    @Test
    void anEmptyUploadFormSaysWhatIsMissing() throws Exception {
        mvc.perform(multipart("/libraries/" + library + "/upload")
                        .param("classification", "OFFICIAL")
                        .param("status", "PUBLISHED")
                        .with(user(TestPeople.principal(author)))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose at least one file to upload.")));
    }

    @Test
    void newVersionsKeepTheOldOnesAndAnOldOneCanBeRestored() throws Exception {
        long document = testLibraries.textDocument(
                author, library, "Travel policy", "Economy class for all journeys.", Classification.OFFICIAL);

        mvc.perform(multipart("/documents/" + document + "/versions")
                        .file(new MockMultipartFile(
                                "file", "travel.txt", "text/plain", "First class for long journeys.".getBytes()))
                        .param("changeNote", "Long journeys")
                        .with(user(TestPeople.principal(author)))
                        .with(csrf()))
                .andExpect(status().isFound());

        mvc.perform(get("/documents/" + document).with(user(TestPeople.principal(author))))
                .andExpect(content().string(containsString("First class for long journeys.")))
                .andExpect(content().string(containsString("Long journeys")));
        MvcResult first = mvc.perform(
                        get("/documents/" + document + "/download?version=1").with(user(TestPeople.principal(author))))
                .andReturn();
        assertThat(first.getResponse().getContentAsString()).isEqualTo("Economy class for all journeys.");

        mvc.perform(post("/documents/" + document + "/versions/1/restore")
                        .with(user(TestPeople.principal(author)))
                        .with(csrf()))
                .andExpect(status().isFound());

        MvcResult current = mvc.perform(
                        get("/documents/" + document + "/download").with(user(TestPeople.principal(author))))
                .andReturn();
        assertThat(current.getResponse().getContentAsString()).isEqualTo("Economy class for all journeys.");
        mvc.perform(get("/documents/" + document).with(user(TestPeople.principal(author))))
                .andExpect(content().string(containsString("Restored version 1")));
    }

    @Test
    void aManagerVerifiesAndAReaderReportsAsOutdated() throws Exception {
        long document = testLibraries.textDocument(
                author, library, "Records retention", "Keep for seven years.", Classification.OFFICIAL);

        mvc.perform(post("/documents/" + document + "/report")
                        .param("reason", "The period changed to six years.")
                        .with(user(TestPeople.principal(author)))
                        .with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(get("/documents/" + document).with(user(TestPeople.principal(author))))
                .andExpect(content().string(containsString("Needs review")))
                .andExpect(content().string(containsString("reported this document as outdated")));

        mvc.perform(post("/documents/" + document + "/verify")
                        .with(user(TestPeople.principal(manager)))
                        .with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(get("/documents/" + document).with(user(TestPeople.principal(author))))
                .andExpect(content().string(containsString("Verified")))
                .andExpect(content().string(containsString("Mia Manager")))
                .andExpect(content().string(not(containsString("reported this document as outdated"))));
    }

    @Test
    void deletedDocumentsGoToTheTrashAndComeBackOrAreGoneForGood() throws Exception {
        long kept = testLibraries.textDocument(
                author, library, "Kept note", "Unique kept content " + library, Classification.OFFICIAL);
        long purged = testLibraries.textDocument(
                author, library, "Purged note", "Unique purged content " + library, Classification.OFFICIAL);
        String purgedHash = jdbc.sql("select file_sha256 from document_version where document_id = ?")
                .param(purged)
                .query(String.class)
                .single();

        for (long id : new long[] {kept, purged}) {
            mvc.perform(post("/documents/" + id + "/delete")
                            .with(user(TestPeople.principal(author)))
                            .with(csrf()))
                    .andExpect(status().isFound());
        }
        mvc.perform(get("/documents/" + kept).with(user(TestPeople.principal(author))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/libraries/" + library + "/trash").with(user(TestPeople.principal(manager))))
                .andExpect(content().string(containsString("Kept note")))
                .andExpect(content().string(containsString("Purged note")));

        mvc.perform(post("/documents/" + kept + "/restore")
                        .param("library", String.valueOf(library))
                        .with(user(TestPeople.principal(manager)))
                        .with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(post("/documents/" + purged + "/purge")
                        .param("library", String.valueOf(library))
                        .with(user(TestPeople.principal(manager)))
                        .with(csrf()))
                .andExpect(status().isFound());

        mvc.perform(get("/documents/" + kept).with(user(TestPeople.principal(author))))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from document where id = ?")
                        .param(purged)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from file_blob where sha256 = ?")
                        .param(purgedHash)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void everyChangeIsAudited() throws Exception {
        long document =
                testLibraries.textDocument(author, library, "Audited", "Audited content.", Classification.OFFICIAL);

        mvc.perform(post("/documents/" + document + "/verify")
                .with(user(TestPeople.principal(manager)))
                .with(csrf()));

        assertThat(jdbc.sql(
                                "select action from audit_event where target_type = 'document' and target_id = ? order by id")
                        .param(document)
                        .query(String.class)
                        .list())
                .containsExactly("document.created", "document.verified");
    }

    @Test
    void theSameFileUploadedTwiceIsStoredOnceAndSurvivesPurgingOneCopy() throws Exception {
        String text = "Identical content " + library;
        long first = testLibraries.textDocument(author, library, "Copy one", text, Classification.OFFICIAL);
        long second = testLibraries.textDocument(author, library, "Copy two", text, Classification.OFFICIAL);
        String hash = jdbc.sql("select file_sha256 from document_version where document_id = ?")
                .param(first)
                .query(String.class)
                .single();

        assertThat(jdbc.sql("select count(*) from file_blob where sha256 = ?")
                        .param(hash)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(post("/documents/" + first + "/delete")
                .with(user(TestPeople.principal(author)))
                .with(csrf()));
        mvc.perform(post("/documents/" + first + "/purge")
                .param("library", String.valueOf(library))
                .with(user(TestPeople.principal(manager)))
                .with(csrf()));

        MvcResult download = mvc.perform(
                        get("/documents/" + second + "/download").with(user(TestPeople.principal(author))))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(download.getResponse().getContentAsString()).isEqualTo(text);
    }

    @Test
    void theOwnerCanBeAnotherColleagueNamedByEmail() throws Exception {
        MvcResult uploaded = mvc.perform(multipart("/libraries/" + library + "/upload")
                        .file(new MockMultipartFile("files", "rota.txt", "text/plain", "Rota.".getBytes()))
                        .param("ownerEmail", manager.email())
                        .param("classification", "OFFICIAL")
                        .param("status", "PUBLISHED")
                        .with(user(TestPeople.principal(author)))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andReturn();
        mvc.perform(get(uploaded.getResponse().getRedirectedUrl()).with(user(TestPeople.principal(author))))
                .andExpect(content().string(containsString("Mia Manager")));

        mvc.perform(multipart("/libraries/" + library + "/upload")
                        .file(new MockMultipartFile("files", "rota2.txt", "text/plain", "Rota.".getBytes()))
                        .param("ownerEmail", "nobody@nowhere.example")
                        .param("classification", "OFFICIAL")
                        .param("status", "PUBLISHED")
                        .with(user(TestPeople.principal(author)))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is no active account with this email address.")))
                .andExpect(content().string(containsString("value=\"nobody@nowhere.example\"")));
    }

    @Test
    void aDocumentWhoseOwnerLeftSaysSoAndTellsEditorsToChooseANewOwner() throws Exception {
        long open = testLibraries.library(manager, Visibility.ORGANISATION, policyUnit.id());
        long document = testLibraries.textDocument(author, open, "Left behind", "Rota.", Classification.OFFICIAL);
        mvc.perform(get("/documents/" + document).with(user(TestPeople.principal(manager))))
                .andExpect(content().string(not(containsString("Has left"))));

        jdbc.sql("update person set active = false where id = ?")
                .param(author.id())
                .update();

        mvc.perform(get("/documents/" + document).with(user(TestPeople.principal(manager))))
                .andExpect(content().string(containsString("Has left")))
                .andExpect(content().string(containsString("edit the document to give it a new owner")));
        PersonSummary reader = testPeople.person("Rhea Reader", testPeople.department("Finance"));
        mvc.perform(get("/documents/" + document).with(user(TestPeople.principal(reader))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Has left")))
                .andExpect(content().string(not(containsString("edit the document to give it a new owner"))));
    }

    @Test
    void uploadsAndVerificationsAreAnnouncedToOtherModules() throws Exception {
        long document =
                testLibraries.textDocument(author, library, "Announced", "Announced content.", Classification.OFFICIAL);
        mvc.perform(post("/documents/" + document + "/verify")
                .with(user(TestPeople.principal(manager)))
                .with(csrf()));

        assertThat(events.stream(DocumentEvents.DocumentPublished.class)
                        .filter(e -> e.documentId() == document)
                        .count())
                .isEqualTo(1);
        assertThat(events.stream(DocumentEvents.DocumentVerified.class)
                        .filter(e -> e.documentId() == document && e.actorId() == manager.id())
                        .count())
                .isEqualTo(1);
    }

    @Autowired
    ApplicationEvents events;

    @Test
    void tagsAlreadyInUseAreSuggestedWhileTyping() throws Exception {
        testLibraries.textDocument(author, library, "Tagged", "Content.", Classification.OFFICIAL);

        mvc.perform(get("/tags/suggest").param("tags", "hr, tes").with(user(TestPeople.principal(author))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"hr, testing\"")));
    }

    @Test
    void downloadsOfSensitiveDocumentsAreAudited() throws Exception {
        long sensitive = testLibraries.textDocument(
                author, library, "Sensitive", "Sensitive content.", Classification.OFFICIAL_SENSITIVE);
        long ordinary =
                testLibraries.textDocument(author, library, "Ordinary", "Ordinary content.", Classification.OFFICIAL);

        for (long id : new long[] {sensitive, ordinary}) {
            mvc.perform(get("/documents/" + id + "/download").with(user(TestPeople.principal(author))))
                    .andExpect(status().isOk());
        }

        assertThat(jdbc.sql("select target_id from audit_event where action = 'document.downloaded' and actor_id = ?")
                        .param(author.id())
                        .query(Long.class)
                        .list())
                .containsExactly(sensitive);
    }

    private long documentsIn(long libraryId) {
        return jdbc.sql("select count(*) from document where library_id = ?")
                .param(libraryId)
                .query(Long.class)
                .single();
    }
}
