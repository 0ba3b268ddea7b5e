package org.agorahub.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.agorahub.AgoraTest;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.agorahub.shared.audit.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit log viewer: filters, paging links keeping them, CSV of the filtered log, admins only, append-only. */
@AgoraTest
class AuditLogViewerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    PersonSummary admin;
    PersonSummary actor;
    PersonSummary bystander;
    String marker;

    @BeforeEach
    void entries() {
        admin = testPeople.person("Audrey Admin", Role.ADMIN);
        actor = testPeople.person("Zebedee Quill", Role.CURATOR);
        bystander = testPeople.person("Bystander Plain");
        marker = "marker-" + System.nanoTime();
        transactions.executeWithoutResult(status -> {
            audit.record(actor.id(), "test.tag.merged", "tag", 41L, marker + " by actor");
            audit.record(actor.id(), "test.tag.renamed", "tag", 42L, marker + " renamed, \"quoted\"");
            audit.record(bystander.id(), "test.tag.merged", "tag", 43L, marker + " by bystander");
        });
    }

    @Test
    void filtersByWhoActionTypeAndDays() throws Exception {
        mvc.perform(get("/admin/audit").param("who", "zebedee q").with(user(TestPeople.principal(admin))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(marker + " by actor")))
                .andExpect(content().string(not(containsString(marker + " by bystander"))));
        mvc.perform(get("/admin/audit")
                        .param("who", actor.email())
                        .param("action", "test.tag.merged")
                        .param("type", "tag")
                        .with(user(TestPeople.principal(admin))))
                .andExpect(content().string(containsString(marker + " by actor")))
                .andExpect(content().string(not(containsString(marker + " renamed"))));
        mvc.perform(get("/admin/audit")
                        .param("who", actor.email())
                        .param("from", LocalDate.now().minusDays(1).toString())
                        .param("to", LocalDate.now().plusDays(1).toString())
                        .with(user(TestPeople.principal(admin))))
                .andExpect(content().string(containsString(marker + " by actor")));
        mvc.perform(get("/admin/audit")
                        .param("who", actor.email())
                        .param("to", LocalDate.now().minusDays(2).toString())
                        .with(user(TestPeople.principal(admin))))
                .andExpect(content().string(not(containsString(marker))));
        mvc.perform(get("/admin/audit").param("from", "yesterday").with(user(TestPeople.principal(admin))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A filter could not be read and was left out")));
    }

    @Test
    void theCsvHoldsTheFilteredEntries() throws Exception {
        mvc.perform(get("/admin/audit.csv").param("who", actor.email()).with(user(TestPeople.principal(admin))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().string(startsWith("when,who id,who,action,type,target id,detail\n")))
                .andExpect(content().string(containsString(",Zebedee Quill,test.tag.merged,tag,41," + marker)))
                .andExpect(content().string(containsString("\"" + marker + " renamed, \"\"quoted\"\"\"")))
                .andExpect(content().string(not(containsString(marker + " by bystander"))));
    }

    @Test
    void onlyAdminsReadOrExportTheLog() throws Exception {
        mvc.perform(get("/admin/audit").with(user(TestPeople.principal(actor)))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit.csv").with(user(TestPeople.principal(actor))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(user(TestPeople.principal(bystander))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit.csv").with(user(TestPeople.principal(bystander))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theAppOffersNoWayToChangeOrDeleteEntries() throws Exception {
        mvc.perform(post("/admin/audit").with(csrf()).with(user(TestPeople.principal(admin))))
                .andExpect(status().isMethodNotAllowed());
        mvc.perform(delete("/admin/audit").with(csrf()).with(user(TestPeople.principal(admin))))
                .andExpect(status().isMethodNotAllowed());
        mvc.perform(put("/admin/audit").with(csrf()).with(user(TestPeople.principal(admin))))
                .andExpect(status().isMethodNotAllowed());
    }

    @Test
    void theApplicationsDatabaseAccountCannotChangeOrDeleteEntries() {
        long id = jdbc.sql("select id from audit_event where detail = ?")
                .param(marker + " by actor")
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = ?")
                        .param(id)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .rootCause()
                .hasMessageContaining("audit_event is append-only: DELETE refused");
        assertThatThrownBy(() -> jdbc.sql("update audit_event set detail = 'rewritten' where id = ?")
                        .param(id)
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update()).isInstanceOf(DataAccessException.class);
        assertThat(jdbc.sql("select detail from audit_event where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo(marker + " by actor");
    }
}
