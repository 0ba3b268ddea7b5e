package org.agorahub.library.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.agorahub.AgoraTest;
import org.agorahub.library.Classification;
import org.agorahub.library.LibraryRole;
import org.agorahub.library.TestLibraries;
import org.agorahub.library.domain.LibraryService;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.agorahub.people.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Who sees and does what in libraries: the same pages and actions tried by a reader, a contributor, a
 * non-member of a restricted library, another department's member for a department library, and for a
 * sensitive document in an organisation-wide library. Hidden things answer 404, consistently, so that their
 * existence is not revealed; visible things a person may not change answer 403.
 */
@AgoraTest
class LibraryAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestLibraries testLibraries;

    @Autowired
    LibraryService libraries;

    DepartmentSummary legal;
    DepartmentSummary finance;
    PersonSummary lawyer;
    PersonSummary colleague;
    PersonSummary accountant;
    PersonSummary namedReader;

    @BeforeEach
    void setUp() {
        legal = testPeople.department("Legal");
        finance = testPeople.department("Finance");
        lawyer = testPeople.person("Lena Lawyer", legal);
        colleague = testPeople.person("Colin Colleague", legal);
        accountant = testPeople.person("Abe Accountant", finance);
        namedReader = testPeople.person("Nora Named", finance);
    }

    @Test
    void aDepartmentLibraryIsInvisibleToOtherDepartments() throws Exception {
        long library = testLibraries.library(lawyer, Visibility.DEPARTMENT, legal.id());
        long document = testLibraries.textDocument(
                lawyer, library, "Litigation hold guidance", "Keep all records.", Classification.OFFICIAL);

        as(colleague, get("/libraries/" + library)).andExpect(status().isOk());
        as(colleague, get("/documents/" + document)).andExpect(status().isOk());

        as(accountant, get("/libraries/" + library)).andExpect(status().isNotFound());
        as(accountant, get("/documents/" + document)).andExpect(status().isNotFound());
        as(accountant, get("/documents/" + document + "/download")).andExpect(status().isNotFound());
        as(accountant, get("/libraries?sort=UPDATED"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"/libraries/" + library + "\""))));
        as(colleague, get("/libraries?sort=UPDATED"))
                .andExpect(content().string(containsString("href=\"/libraries/" + library + "\"")));
    }

    @Test
    void aRestrictedLibraryIsOnlyForItsNamedMembers() throws Exception {
        long library = testLibraries.library(lawyer, Visibility.RESTRICTED, null);
        long document = testLibraries.textDocument(
                lawyer, library, "Board minutes", "Minutes of the board.", Classification.OFFICIAL);

        // same department as the manager, but not named: nothing
        as(colleague, get("/libraries/" + library)).andExpect(status().isNotFound());
        as(colleague, get("/documents/" + document)).andExpect(status().isNotFound());

        libraries.setMember(TestLibraries.user(lawyer), library, namedReader.id(), LibraryRole.READER);

        as(namedReader, get("/libraries/" + library)).andExpect(status().isOk());
        as(namedReader, get("/documents/" + document + "/download")).andExpect(status().isOk());
    }

    @Test
    void readersReadButCannotUploadEditDeleteOrManage() throws Exception {
        long library = testLibraries.library(lawyer, Visibility.ORGANISATION, legal.id());
        long document = testLibraries.textDocument(
                lawyer, library, "Contract templates", "Use the standard template.", Classification.OFFICIAL);

        as(accountant, get("/libraries/" + library))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Contract templates")))
                .andExpect(content().string(not(containsString("Upload documents"))));
        as(accountant, get("/libraries/" + library + "/upload")).andExpect(status().isForbidden());
        as(
                        accountant,
                        multipart("/libraries/" + library + "/upload")
                                .file(new MockMultipartFile("files", "sneaky.txt", "text/plain", "hello".getBytes()))
                                .param("classification", "OFFICIAL")
                                .param("status", "PUBLISHED")
                                .with(csrf()))
                .andExpect(status().isForbidden());
        as(accountant, post("/documents/" + document + "/delete").with(csrf())).andExpect(status().isForbidden());
        as(accountant, post("/documents/" + document + "/verify").with(csrf())).andExpect(status().isForbidden());
        as(accountant, get("/documents/" + document + "/edit")).andExpect(status().isForbidden());
        as(accountant, get("/libraries/" + library + "/settings")).andExpect(status().isForbidden());
        as(
                        accountant,
                        post("/libraries/" + library + "/members")
                                .param("email", accountant.email())
                                .param("role", "MANAGER")
                                .with(csrf()))
                .andExpect(status().isForbidden());
        as(accountant, get("/libraries/" + library + "/trash")).andExpect(status().isForbidden());

        as(lawyer, get("/documents/" + document)).andExpect(status().isOk());
    }

    @Test
    void contributorsUploadAndEditButDoNotManage() throws Exception {
        long library = testLibraries.library(lawyer, Visibility.DEPARTMENT, legal.id());

        as(colleague, get("/libraries/" + library + "/upload")).andExpect(status().isOk());
        as(colleague, get("/libraries/" + library + "/settings")).andExpect(status().isForbidden());
        as(colleague, get("/libraries/" + library + "/trash")).andExpect(status().isForbidden());
    }

    @Test
    void sensitiveDocumentsInAnOrganisationLibraryAreForMembersOnly() throws Exception {
        long library = testLibraries.library(lawyer, Visibility.ORGANISATION, legal.id());
        long open = testLibraries.textDocument(
                lawyer, library, "Public guidance", "Anyone may read this.", Classification.OFFICIAL);
        long sensitive = testLibraries.textDocument(
                lawyer, library, "Settlement negotiation", "Our walk-away figure.", Classification.OFFICIAL_SENSITIVE);

        as(accountant, get("/documents/" + open)).andExpect(status().isOk());
        as(accountant, get("/documents/" + sensitive)).andExpect(status().isNotFound());
        as(accountant, get("/documents/" + sensitive + "/download")).andExpect(status().isNotFound());
        as(accountant, get("/libraries/" + library))
                .andExpect(content().string(containsString("Public guidance")))
                .andExpect(content().string(not(containsString("Settlement negotiation"))))
                .andExpect(content().string(containsString("1 document")));
        as(accountant, get("/libraries")).andExpect(content().string(not(containsString("Settlement negotiation"))));

        as(colleague, get("/documents/" + sensitive)).andExpect(status().isOk());
        as(colleague, get("/libraries/" + library)).andExpect(content().string(containsString("2 documents")));
    }

    @Test
    void curatorsAndAdminsManageAnyLibrary() throws Exception {
        long library = testLibraries.library(lawyer, Visibility.RESTRICTED, null);
        PersonSummary curator = testPeople.person("Cara Curator", finance, Role.CURATOR);

        as(curator, get("/libraries/" + library + "/settings")).andExpect(status().isOk());
    }

    @Test
    void tagSuggestionsComeOnlyFromDocumentsYouMaySee() throws Exception {
        long hidden = testLibraries.library(lawyer, Visibility.RESTRICTED, null);
        long document = testLibraries.textDocument(lawyer, hidden, "Falcon", "Codename.", Classification.OFFICIAL);
        documents.describe(
                TestLibraries.user(lawyer),
                document,
                new org.agorahub.library.domain.DocumentDetails(
                        "Falcon",
                        null,
                        java.util.List.of("zz-falcon-" + hidden),
                        null,
                        lawyer.id(),
                        Classification.OFFICIAL,
                        org.agorahub.library.DocumentStatus.PUBLISHED,
                        null),
                0);

        as(lawyer, get("/tags/suggest").param("tags", "zz-falcon"))
                .andExpect(content().string(containsString("zz-falcon-" + hidden)));
        as(accountant, get("/tags/suggest").param("tags", "zz-falcon"))
                .andExpect(content().string(not(containsString("zz-falcon-" + hidden))));
    }

    @Test
    void aHiddenLibraryCannotBeFoundByTryingItsName() throws Exception {
        long hidden = testLibraries.library(lawyer, Visibility.RESTRICTED, null);
        String name = libraries.library(TestLibraries.user(lawyer), hidden).name();

        as(
                        accountant,
                        post("/libraries/new")
                                .param("name", name)
                                .param("visibility", "RESTRICTED")
                                .with(csrf()))
                .andExpect(status().isFound());
        as(
                        lawyer,
                        post("/libraries/new")
                                .param("name", name)
                                .param("visibility", "RESTRICTED")
                                .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Another library already has this name.")));
    }

    @Test
    void onlyThoseWhoVerifyCanMarkADocumentVerified() throws Exception {
        long library = testLibraries.library(lawyer, Visibility.DEPARTMENT, legal.id());
        long document =
                testLibraries.textDocument(colleague, library, "Self-verified", "Trust me.", Classification.OFFICIAL);

        as(
                        colleague,
                        post("/documents/" + document + "/edit")
                                .param("title", "Self-verified")
                                .param("classification", "OFFICIAL")
                                .param("status", "VERIFIED")
                                .param("version", "0")
                                .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Only curators and library managers can mark")));
        as(colleague, get("/documents/" + document)).andExpect(content().string(not(containsString("Verified by"))));
    }

    @Test
    void theTrashIsInvisibleToReaders() throws Exception {
        long library = testLibraries.library(lawyer, Visibility.ORGANISATION, legal.id());
        long live = testLibraries.textDocument(lawyer, library, "Live", "Live.", Classification.OFFICIAL);
        long binned = testLibraries.textDocument(lawyer, library, "Binned", "Binned.", Classification.OFFICIAL);
        documents.trash(TestLibraries.user(lawyer), binned);

        for (long id : new long[] {live, binned}) {
            as(
                            accountant,
                            post("/documents/" + id + "/restore")
                                    .param("library", String.valueOf(library))
                                    .with(csrf()))
                    .andExpect(status().isNotFound());
            as(
                            accountant,
                            post("/documents/" + id + "/purge")
                                    .param("library", String.valueOf(library))
                                    .with(csrf()))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void switchingACommunityLibraryToDepartmentOnlyAsksForTheDepartment() throws Exception {
        long library = testLibraries.library(lawyer, Visibility.RESTRICTED, null);

        as(
                        lawyer,
                        post("/libraries/" + library + "/settings")
                                .param("name", "Renamed " + library)
                                .param("visibility", "DEPARTMENT")
                                .param("version", "0")
                                .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A department library needs its department")));
    }

    @Test
    void theLastManagerCannotStepDown() throws Exception {
        long library = testLibraries.library(lawyer, Visibility.RESTRICTED, null);

        as(
                        lawyer,
                        post("/libraries/" + library + "/members")
                                .param("email", lawyer.email())
                                .param("role", "READER")
                                .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A library keeps at least one named manager")));
        as(lawyer, get("/libraries/" + library + "/settings")).andExpect(status().isOk());
    }

    @Autowired
    org.agorahub.library.domain.DocumentService documents;

    private ResultActions as(PersonSummary person, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(user(TestPeople.principal(person))));
    }
}
