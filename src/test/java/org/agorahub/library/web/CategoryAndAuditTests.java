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
import org.agorahub.library.TestLibraries;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.agorahub.people.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@AgoraTest
class CategoryAndAuditTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestLibraries testLibraries;

    @Autowired
    JdbcClient jdbc;

    @Test
    void curatorsKeepTheCategoryTreeAndDocumentsAreFilteredByCategory() throws Exception {
        DepartmentSummary hr = testPeople.department("HR");
        PersonSummary curator = testPeople.person("Cleo Curator", hr, Role.CURATOR);
        PersonSummary member = testPeople.person("Mo Member", hr);
        String name = "Recruitment " + curator.id();

        mvc.perform(post("/admin/categories")
                        .param("name", name)
                        .with(user(TestPeople.principal(member)))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/categories")
                        .param("name", name)
                        .with(user(TestPeople.principal(curator)))
                        .with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(post("/admin/categories")
                        .param("name", name)
                        .with(user(TestPeople.principal(curator)))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A category with this name already exists")));
        long category = jdbc.sql("select id from category where name = ?")
                .param(name)
                .query(Long.class)
                .single();

        long library = testLibraries.library(member, Visibility.DEPARTMENT, hr.id());
        mvc.perform(multipart("/libraries/" + library + "/upload")
                        .file(new MockMultipartFile(
                                "files", "interview-guide.txt", "text/plain", "Ask open questions.".getBytes()))
                        .param("categoryId", String.valueOf(category))
                        .param("classification", "OFFICIAL")
                        .param("status", "PUBLISHED")
                        .with(user(TestPeople.principal(member)))
                        .with(csrf()))
                .andExpect(status().isFound());
        testLibraries.textDocument(
                member, library, "Leave policy", "Annual leave.", org.agorahub.library.Classification.OFFICIAL);

        mvc.perform(get("/libraries/" + library)
                        .param("category", String.valueOf(category))
                        .with(user(TestPeople.principal(member))))
                .andExpect(content().string(containsString("interview guide")))
                .andExpect(content().string(not(containsString("Leave policy"))));
    }

    @Test
    void theAuditLogIsForAdminsOnly() throws Exception {
        PersonSummary admin = testPeople.person("Ada Audit", Role.ADMIN);
        PersonSummary curator = testPeople.person("Cy Curator", Role.CURATOR);
        long library = testLibraries.library(admin, Visibility.RESTRICTED, null);

        mvc.perform(get("/admin/audit").with(user(TestPeople.principal(admin))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("library.created")))
                .andExpect(content().string(containsString("href=\"/libraries/" + library + "\"")));
        mvc.perform(get("/admin/audit").with(user(TestPeople.principal(curator))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin").with(user(TestPeople.principal(curator))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Categories")))
                .andExpect(content().string(not(containsString("href=\"/admin/audit\""))));
    }
}
