package org.agorahub.library.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.agorahub.AgoraTest;
import org.agorahub.StatementCounter;
import org.agorahub.library.Classification;
import org.agorahub.library.TestLibraries;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.TestPeople;
import org.agorahub.people.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A library's page and the list of libraries cost the same number of statements however much they show. */
@AgoraTest
class LibraryQueryCountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestLibraries testLibraries;

    @Autowired
    StatementCounter statements;

    @Test
    void libraryPagesRunAConstantNumberOfStatements() throws Exception {
        DepartmentSummary unit = testPeople.department("Counting");
        PersonSummary person = testPeople.person("Quinn Counter", unit);
        long library = testLibraries.library(person, Visibility.DEPARTMENT, unit.id());
        for (int i = 0; i < 26; i++) {
            testLibraries.textDocument(person, library, "Early " + i, "Text " + i, Classification.OFFICIAL);
        }
        long fewPage = statementsFor("/libraries/" + library, person);
        long fewList = statementsFor("/libraries?sort=DOCUMENTS", person);
        assertThat(fewPage).as("statements are being counted").isGreaterThan(3);

        for (int i = 0; i < 30; i++) {
            testLibraries.textDocument(person, library, "Later " + i, "More " + i, Classification.OFFICIAL);
            testLibraries.library(person, Visibility.RESTRICTED, null);
        }

        assertThat(statementsFor("/libraries/" + library, person)).isEqualTo(fewPage);
        assertThat(statementsFor("/libraries?sort=DOCUMENTS", person)).isEqualTo(fewList);
    }

    private long statementsFor(String url, PersonSummary viewer) throws Exception {
        statements.reset();
        mvc.perform(get(url).with(user(TestPeople.principal(viewer)))).andExpect(status().isOk());
        return statements.count();
    }
}
