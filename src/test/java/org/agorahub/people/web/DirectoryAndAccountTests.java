package org.agorahub.people.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.agorahub.AgoraTest;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.agorahub.people.domain.PersonService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@AgoraTest
class DirectoryAndAccountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    PersonService people;

    DepartmentSummary procurement;
    PersonSummary viewer;
    PersonSummary colleague;

    @BeforeEach
    void setUp() {
        procurement = testPeople.department("Procurement");
        viewer = testPeople.person("Vera Viewer", procurement);
        colleague = testPeople.person("Zanele Framework", procurement);
    }

    @Test
    void thePeopleDirectoryFindsColleaguesByNameAndDepartment() throws Exception {
        mvc.perform(get("/people").param("q", colleague.email()).with(user(TestPeople.principal(viewer))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Zanele Framework")))
                .andExpect(content().string(containsString("1 person")));
        mvc.perform(get("/people")
                        .param("department", String.valueOf(procurement.id()))
                        .with(user(TestPeople.principal(viewer))))
                .andExpect(content().string(containsString("Zanele Framework")))
                .andExpect(content().string(containsString("Vera Viewer")))
                .andExpect(content().string(containsString("2 people")));
    }

    @Test
    void anEmptySearchSaysSoAndOffersAWayBack() throws Exception {
        mvc.perform(get("/people").param("q", "no such person anywhere").with(user(TestPeople.principal(viewer))))
                .andExpect(content().string(containsString("No one matches your search")))
                .andExpect(content().string(containsString("Show everyone")));
    }

    @Test
    void aProfileShowsDepartmentJobAndRoles() throws Exception {
        mvc.perform(get("/people/" + colleague.id()).with(user(TestPeople.principal(viewer))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Zanele Framework")))
                .andExpect(content().string(containsString(procurement.name())))
                .andExpect(content().string(containsString("Member")));
    }

    @Test
    void deactivatedPeopleAreHiddenFromMembersButVisibleToAdmins() throws Exception {
        people.updatePerson(
                colleague.id(),
                colleague.email(),
                colleague.displayName(),
                null,
                colleague.departmentId(),
                colleague.roles(),
                false);
        PersonSummary admin = testPeople.person("Ada Admin", procurement, Role.ADMIN);

        mvc.perform(get("/people/" + colleague.id()).with(user(TestPeople.principal(viewer))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/people").param("q", colleague.email()).with(user(TestPeople.principal(viewer))))
                .andExpect(content().string(not(containsString("Zanele Framework"))))
                .andExpect(content().string(containsString("No people")));
        mvc.perform(get("/people/" + colleague.id()).with(user(TestPeople.principal(admin))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This account has been deactivated.")));
    }

    @Test
    void anUnknownPersonIsNotFound() throws Exception {
        mvc.perform(get("/people/999999999").with(user(TestPeople.principal(viewer))))
                .andExpect(status().isNotFound());
    }

    @Test
    void ownProfileLinkGoesToYourProfile() throws Exception {
        mvc.perform(get("/profile").with(user(TestPeople.principal(viewer))))
                .andExpect(redirectedUrl("/people/" + viewer.id()));
    }

    @Test
    void changingYourPasswordNeedsTheCurrentOne() throws Exception {
        mvc.perform(post("/account/password")
                        .with(user(TestPeople.principal(viewer)))
                        .with(csrf())
                        .param("currentPassword", "not my password")
                        .param("newPassword", "a brand new passphrase")
                        .param("confirmPassword", "a brand new passphrase"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That is not your current password.")));

        mvc.perform(formLogin("/login").user("email", viewer.email()).password(TestPeople.PASSWORD))
                .andExpect(authenticated());
    }

    @Test
    void newPasswordsMustMatchAndBeLongEnough() throws Exception {
        mvc.perform(post("/account/password")
                        .with(user(TestPeople.principal(viewer)))
                        .with(csrf())
                        .param("currentPassword", TestPeople.PASSWORD)
                        .param("newPassword", "short")
                        .param("confirmPassword", "different"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Use 12 to 200 characters for the new password.")))
                .andExpect(content().string(containsString("The two new passwords are not the same.")))
                // passwords are never written back into the page
                .andExpect(content().string(not(containsString("value=\"short\""))));
    }

    @Test
    void aChangedPasswordReplacesTheOldOne() throws Exception {
        mvc.perform(post("/account/password")
                        .with(user(TestPeople.principal(viewer)))
                        .with(csrf())
                        .param("currentPassword", TestPeople.PASSWORD)
                        .param("newPassword", "a brand new passphrase")
                        .param("confirmPassword", "a brand new passphrase"))
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attributeExists("flash"));

        mvc.perform(formLogin("/login").user("email", viewer.email()).password(TestPeople.PASSWORD))
                .andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user("email", viewer.email()).password("a brand new passphrase"))
                .andExpect(authenticated());
    }

    @Test
    void dashboardsAreForLeadsAndAdminsOnly() throws Exception {
        PersonSummary lead = testPeople.person("Lee Lead", procurement, Role.DEPARTMENT_LEAD);

        mvc.perform(get("/dashboards").with(user(TestPeople.principal(viewer)))).andExpect(status().isForbidden());
        mvc.perform(get("/dashboards").with(user(TestPeople.principal(lead))))
                .andExpect(status().isFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/dashboards/departments/" + lead.departmentId()));
        mvc.perform(get("/dashboards/departments/" + lead.departmentId()).with(user(TestPeople.principal(lead))))
                .andExpect(status().isOk());
    }
}
