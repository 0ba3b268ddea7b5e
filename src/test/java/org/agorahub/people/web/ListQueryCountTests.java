package org.agorahub.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.agorahub.AgoraTest;
import org.agorahub.StatementCounter;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** List pages run the same number of queries however many people they show (no N+1). */
@AgoraTest
class ListQueryCountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    StatementCounter statements;

    @Test
    void thePeopleListsRunAConstantNumberOfQueries() throws Exception {
        DepartmentSummary unit = testPeople.department("Counting Unit");
        PersonSummary admin = testPeople.person("Count Admin", unit, Role.ADMIN);
        // both pages full in both rounds, so each round runs its count query too
        for (int i = 0; i < 50; i++) {
            testPeople.person("Some " + i, unit, i % 5 == 0 ? Role.CURATOR : Role.MEMBER);
        }

        long fewDirectory = queriesFor("/people?department=" + unit.id(), admin);
        long fewAdmin = queriesFor("/admin/people?department=" + unit.id(), admin);
        for (int i = 0; i < 30; i++) {
            testPeople.person("More " + i, unit, i % 3 == 0 ? Role.CURATOR : Role.MEMBER);
        }
        long manyDirectory = queriesFor("/people?department=" + unit.id(), admin);
        long manyAdmin = queriesFor("/admin/people?department=" + unit.id(), admin);

        assertThat(fewDirectory).as("statements are being counted").isGreaterThan(1);
        assertThat(manyDirectory).isEqualTo(fewDirectory);
        assertThat(manyAdmin).isEqualTo(fewAdmin);
    }

    private long queriesFor(String url, PersonSummary viewer) throws Exception {
        statements.reset();
        mvc.perform(get(url).with(user(TestPeople.principal(viewer)))).andExpect(status().isOk());
        return statements.count();
    }
}
