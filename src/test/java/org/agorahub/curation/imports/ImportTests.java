package org.agorahub.curation.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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

import java.util.List;
import java.util.Map;
import org.agorahub.AgoraTest;
import org.agorahub.expertise.TestSkills;
import org.agorahub.library.TestLibraries;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.agorahub.people.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Bulk import through the pages: a zip of mixed documents in a folder tree becomes documents with categories or
 * tags, with a report of what was imported and what was skipped and why; bad zips are refused whole with nothing
 * written; an interrupted import resumes without importing anything twice; only curators and admins import, and only
 * into libraries they manage.
 */
@AgoraTest
class ImportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestLibraries testLibraries;

    @Autowired
    ImportService imports;

    @Autowired
    JdbcClient jdbc;

    DepartmentSummary records;
    PersonSummary curator;
    long library;

    @BeforeEach
    void setUp() {
        records = testPeople.department("Records");
        curator = testPeople.person("Cora Curator", records, Role.CURATOR);
        library = testLibraries.library(curator, Visibility.DEPARTMENT, records.id());
    }

    @Test
    void aZipOfMixedDocumentsBecomesDocumentsInCategoriesWithAReport() throws Exception {
        String top = TestSkills.unique("Finance");
        byte[] zip = Zips.of()
                .folder(top)
                .text(top + "/Budgets/spending-plan.txt", "The spending plan covers procurement of laptops.")
                .add(top + "/Budgets/forecast.docx", Zips.docx("Forecast of grant income for next year."))
                .add(top + "/travel-policy.pdf", Zips.pdf("Travel must be booked through the portal."))
                .text("readme.md", "# About this drive\nKept by the records team.")
                .text(top + "/.DS_Store", "junk")
                .text("__MACOSX/" + top + "/._travel-policy.pdf", "junk")
                .text(top + "/Thumbs.db", "junk")
                .add(top + "/archive.zip", Zips.of().text("old.txt", "old").bytes())
                .text(top.toUpperCase() + "/budgets/SPENDING-PLAN.txt", "A copy")
                .add(top + "/empty.txt", new byte[0])
                .add(top + "/setup.exe", new byte[] {'M', 'Z', 0, 0, 1, 2, 3, 4})
                .bytes();

        String jobUrl = mvc.perform(upload(zip, library, "CATEGORIES"))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long job = Long.parseLong(jobUrl.substring(jobUrl.lastIndexOf('/') + 1));
        awaitDone(job);

        mvc.perform(get(jobUrl).with(user(TestPeople.principal(curator))))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Refresh"))
                .andExpect(content().string(containsString("4 files were imported; 7 skipped.")))
                .andExpect(content().string(containsString("Imported (4)")))
                .andExpect(content().string(containsString(top + "/Budgets/forecast.docx")))
                .andExpect(content().string(containsString("href=\"/documents/")))
                .andExpect(content().string(containsString("Skipped (7)")))
                .andExpect(content().string(containsString("A hidden or system file")))
                .andExpect(content().string(containsString("An archive inside the zip")))
                .andExpect(content().string(containsString("A file earlier in the zip has the same folder and name")))
                .andExpect(content().string(containsString("The file is empty")))
                .andExpect(content().string(containsString("Agora does not keep")))
                .andExpect(content().string(not(containsString("<progress"))));

        Map<String, String> categories =
                jdbc
                        .sql("""
                        select d.title, c.name from document d join category c on c.id = d.category_id
                        where d.library_id = ?
                        """)
                        .param(library)
                        .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                        .list()
                        .stream()
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(categories)
                .containsEntry("spending plan", "Budgets")
                .containsEntry("forecast", "Budgets")
                .containsEntry("travel policy", top)
                .doesNotContainKey("readme");
        assertThat(jdbc.sql("""
                        select p.name from category c join category p on p.id = c.parent_id
                        where c.id = (select category_id from document where library_id = ? and title = 'forecast')
                        """).param(library).query(String.class).single()).isEqualTo(top);
        // the text was read as on a single upload, so the documents are found by their words
        assertThat(jdbc.sql("""
                        select d.title from document d join document_version v on v.document_id = d.id
                        where d.library_id = ? and v.extracted_text like '%grant income%'
                        """).param(library).query(String.class).list()).containsExactly("forecast");
        assertThat(jdbc.sql("""
                        select count(*) from audit_event a join document d on d.id = a.target_id
                        where a.action = 'document.created' and d.library_id = ? and a.actor_id = ?
                        """)
                        .params(library, curator.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(4);
        assertThat(jdbc.sql("select action from audit_event where target_type = 'import_job' and target_id = ?"
                                + " order by id")
                        .param(job)
                        .query(String.class)
                        .list())
                .containsExactly("import.started", "import.finished");
        // the zip's bytes are kept only until the job is done
        assertThat(jdbc.sql("select count(*) from import_zip where job_id = ?")
                        .param(job)
                        .query(Integer.class)
                        .single())
                .isZero();

        mvc.perform(get("/admin/imports").with(user(TestPeople.principal(curator))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/imports/" + job + "\"")));
    }

    @Test
    void foldersCanBecomeTagsInstead() throws Exception {
        byte[] zip = Zips.of()
                .text("Human Resources/Leave/annual-leave.txt", "Annual leave is 25 days.")
                .bytes();

        long job = jobOf(mvc.perform(upload(zip, library, "TAGS"))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl());
        awaitDone(job);

        assertThat(jdbc.sql("""
                        select t.tag from document d join document_tag t on t.document_id = d.id
                        where d.library_id = ? order by t.tag
                        """).param(library).query(String.class).list()).containsExactly("human resources", "leave");
        assertThat(jdbc.sql("select category_id from document where library_id = ?")
                        .param(library)
                        .query(Long.class)
                        .list())
                .containsOnlyNulls();
    }

    @Test
    void badZipsAreRefusedWholeWithASentenceAndNothingWritten() throws Exception {
        Map<byte[], String> refusals = Map.of(
                "just some text".getBytes(),
                "This file is not a zip.",
                Zips.of()
                        .text("fine.txt", "fine")
                        .text("../../etc/cron.d/evil.txt", "x")
                        .bytes(),
                "points outside the zip",
                Zips.of().text("C:/Windows/evil.txt", "x").bytes(),
                "points outside the zip",
                Zips.bomb("Finance/huge.txt", 150),
                "unpacks to far more than real documents do",
                tooManyEntries(5001),
                "holds more than 5,000 files and folders");
        for (Map.Entry<byte[], String> refusal : refusals.entrySet()) {
            mvc.perform(upload(refusal.getKey(), library, "CATEGORIES"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(refusal.getValue())))
                    .andExpect(content().string(containsString("is-invalid")));
        }

        assertThat(jdbc.sql("select count(*) from import_job where library_id = ?")
                        .param(library)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(documentsIn(library)).isZero();
    }

    @Test
    void anInterruptedImportResumesWithoutImportingAnythingTwice() throws Exception {
        byte[] zip = Zips.of()
                .text("Notes/one.txt", "First note.")
                .text("Notes/two.txt", "Second note.")
                .text("Notes/three.txt", "Third note.")
                .text("Notes/.hidden.txt", "skipped")
                .text("Notes/four.txt", "Fourth note.")
                .text("Notes/five.txt", "Fifth note.")
                .bytes();
        var user = TestLibraries.user(curator);
        long job = imports.create(user, "notes.zip", zip, library, FoldersAs.TAGS);
        imports.run(job, user, 2); // the node stops after two documents
        List<Long> firstTwo = jdbc.sql("select document_id from import_entry where job_id = ? and status = 'IMPORTED'")
                .param(job)
                .query(Long.class)
                .list();
        assertThat(firstTwo).hasSize(2);
        // a stopped node's job makes no more progress
        jdbc.sql("update import_job set heartbeat_at = now() - interval '1 hour' where id = ?")
                .param(job)
                .update();

        mvc.perform(get("/admin/imports/" + job).with(user(TestPeople.principal(curator))))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Refresh"))
                .andExpect(content().string(containsString("Interrupted")))
                .andExpect(content().string(containsString("3 of 6 files dealt with")))
                .andExpect(content().string(containsString("Resume the import")));

        mvc.perform(post("/admin/imports/" + job + "/resume")
                        .with(user(TestPeople.principal(curator)))
                        .with(csrf()))
                .andExpect(status().isFound());
        awaitDone(job);

        assertThat(documentsIn(library)).isEqualTo(5);
        assertThat(jdbc.sql("select title from document where library_id = ? order by title")
                        .param(library)
                        .query(String.class)
                        .list())
                .containsExactly("five", "four", "one", "three", "two");
        assertThat(jdbc.sql("select document_id from import_entry where job_id = ? and status = 'IMPORTED'")
                        .param(job)
                        .query(Long.class)
                        .list())
                .hasSize(5)
                .containsAll(firstTwo);
        assertThat(jdbc.sql("select action from audit_event where target_type = 'import_job' and target_id = ?"
                                + " order by id")
                        .param(job)
                        .query(String.class)
                        .list())
                .containsExactly("import.started", "import.resumed", "import.finished");

        // a finished import cannot be resumed again
        mvc.perform(post("/admin/imports/" + job + "/resume")
                        .with(user(TestPeople.principal(curator)))
                        .with(csrf()))
                .andExpect(status().isFound());
        assertThat(documentsIn(library)).isEqualTo(5);
        mvc.perform(get("/admin/imports/" + job).with(user(TestPeople.principal(curator))))
                .andExpect(content().string(containsString("5 files were imported; 1 skipped.")))
                .andExpect(content().string(not(containsString("Resume the import"))));
    }

    @Test
    void anImportThatBreaksIsMarkedInterruptedWithNothingHalfWritten() throws Exception {
        byte[] zip = Zips.of().text("a.txt", "A").text("b.txt", "B").bytes();
        var user = TestLibraries.user(curator);
        long job = imports.create(user, "broken.zip", zip, library, FoldersAs.TAGS);
        jdbc.sql("delete from import_zip where job_id = ?").param(job).update(); // the bytes cannot be read

        imports.run(job, user, Integer.MAX_VALUE);

        assertThat(documentsIn(library)).isZero();
        mvc.perform(get("/admin/imports/" + job).with(user(TestPeople.principal(curator))))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Refresh"))
                .andExpect(content().string(containsString("It stopped because of an error.")))
                .andExpect(content().string(containsString("0 of 2 files dealt with")))
                .andExpect(content().string(containsString("Resume the import")));
        PersonSummary member = testPeople.person("Mo Member", records);
        mvc.perform(post("/admin/imports/" + job + "/resume")
                        .with(user(TestPeople.principal(member)))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/imports/" + job).with(user(TestPeople.principal(member))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRunningImportShowsItsProgressAndRefreshesItself() throws Exception {
        byte[] zip = Zips.of().text("a.txt", "A").text("b.txt", "B").bytes();
        var user = TestLibraries.user(curator);
        long job = imports.create(user, "progress.zip", zip, library, FoldersAs.TAGS);
        imports.run(job, user, 1);

        mvc.perform(get("/admin/imports/" + job).with(user(TestPeople.principal(curator))))
                .andExpect(status().isOk())
                .andExpect(header().string("Refresh", "2"))
                .andExpect(content().string(containsString("<progress")))
                .andExpect(content().string(containsString("1 of 2 files dealt with (50%)")))
                .andExpect(content().string(not(containsString("Resume the import"))));

        imports.run(job, user, Integer.MAX_VALUE);
        awaitDone(job);
    }

    @Test
    void membersMayNotImport() throws Exception {
        PersonSummary member = testPeople.person("Max Member", records);
        long own = testLibraries.library(member, Visibility.DEPARTMENT, records.id()); // they even manage one

        mvc.perform(get("/admin/imports").with(user(TestPeople.principal(member))))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/imports")
                        .file(new MockMultipartFile(
                                "file",
                                "drive.zip",
                                "application/zip",
                                Zips.of().text("a.txt", "a").bytes()))
                        .param("libraryId", String.valueOf(own))
                        .param("foldersAs", "TAGS")
                        .with(user(TestPeople.principal(member)))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> imports.create(
                        TestLibraries.user(member),
                        "drive.zip",
                        Zips.of().text("a.txt", "a").bytes(),
                        own,
                        FoldersAs.TAGS))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(documentsIn(own)).isZero();
    }

    @Test
    void aCuratorCannotImportIntoALibraryTheyMayNotManage() throws Exception {
        long missing = Long.MAX_VALUE; // as good as a library they may not manage: the answer is the same

        mvc.perform(upload(Zips.of().text("a.txt", "a").bytes(), missing, "CATEGORIES"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("you may only import into a library you manage")));

        assertThat(jdbc.sql("select count(*) from import_job where started_by = ?")
                        .param(curator.id())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void theFormSaysWhatIsMissing() throws Exception {
        mvc.perform(multipart("/admin/imports")
                        .param("foldersAs", "TAGS")
                        .with(user(TestPeople.principal(curator)))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the zip file to import.")))
                .andExpect(content().string(containsString("Choose the library to import into.")));
        mvc.perform(multipart("/admin/imports")
                        .param("libraryId", "the big one")
                        .param("foldersAs", "FILES")
                        .with(user(TestPeople.principal(curator)))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the library to import into from the list.")))
                .andExpect(content().string(containsString("Choose what the folders become.")));
    }

    private RequestBuilder upload(byte[] zip, long libraryId, String foldersAs) {
        return multipart("/admin/imports")
                .file(new MockMultipartFile("file", "drive.zip", "application/zip", zip))
                .param("libraryId", String.valueOf(libraryId))
                .param("foldersAs", foldersAs)
                .with(user(TestPeople.principal(curator)))
                .with(csrf());
    }

    private void awaitDone(long job) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            String status = jdbc.sql("select status from import_job where id = ?")
                    .param(job)
                    .query(String.class)
                    .single();
            if (status.equals("DONE")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Import " + job + " did not finish");
    }

    private int documentsIn(long libraryId) {
        return jdbc.sql("select count(*) from document where library_id = ?")
                .param(libraryId)
                .query(Integer.class)
                .single();
    }

    private static long jobOf(String url) {
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    private static byte[] tooManyEntries(int count) {
        Zips zips = Zips.of();
        for (int i = 0; i < count; i++) {
            zips.text("tiny/" + i + ".txt", "x");
        }
        return zips.bytes();
    }
}
