package org.agorahub.library.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.agorahub.AgoraTest;
import org.agorahub.library.TestLibraries;
import org.agorahub.library.domain.CategoryService;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Curators rename categories and move them (with what lies under them) in the tree; loops and clashes are refused. */
@AgoraTest
class CategoryTreeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    CategoryService categories;

    @Autowired
    JdbcClient jdbc;

    PersonSummary curator;
    PersonSummary member;
    String word;
    long top;
    long child;
    long grandchild;
    long other;

    @BeforeEach
    void setUp() {
        curator = testPeople.person("Cleo Curator", Role.CURATOR);
        member = testPeople.person("Mo Member");
        word = "Tree " + Long.toString(System.nanoTime(), 36);
        top = categories.findOrCreatePath(TestLibraries.user(curator), List.of(word + " top"));
        child = categories.findOrCreatePath(TestLibraries.user(curator), List.of(word + " top", "Child"));
        grandchild =
                categories.findOrCreatePath(TestLibraries.user(curator), List.of(word + " top", "Child", "Grandchild"));
        other = categories.findOrCreatePath(TestLibraries.user(curator), List.of(word + " other"));
    }

    @Test
    void membersMayNotEditCategories() throws Exception {
        mvc.perform(get("/admin/categories/" + child).with(user(TestPeople.principal(member))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/categories/" + child)
                        .param("name", "Renamed")
                        .with(csrf())
                        .with(user(TestPeople.principal(member))))
                .andExpect(status().isForbidden());
        assertThat(name(child)).isEqualTo("Child");
    }

    @Test
    void aCategoryIsRenamedAndMovedWithEverythingUnderIt() throws Exception {
        mvc.perform(get("/admin/categories").with(user(TestPeople.principal(curator))))
                .andExpect(content().string(containsString("href=\"/admin/categories/" + child + "\"")));
        mvc.perform(get("/admin/categories/" + child).with(user(TestPeople.principal(curator))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Child\"")));

        save(child, "Moved child", other).andExpect(status().isFound());

        assertThat(name(child)).isEqualTo("Moved child");
        assertThat(parent(child)).isEqualTo(other);
        assertThat(parent(grandchild)).isEqualTo(child);
        assertThat(categories.tree())
                .extracting(CategoryService.Category::id)
                .containsSubsequence(other, child, grandchild);
        assertThat(jdbc.sql("select detail from audit_event where action = 'category.updated' and target_id = ?")
                        .param(child)
                        .query(String.class)
                        .single())
                .contains("\"Moved child\" under " + other);

        save(child, "To the top", null).andExpect(status().isFound());
        assertThat(parent(child)).isNull();
    }

    @Test
    void loopsClashesAndBlankNamesAreRefused() throws Exception {
        save(top, word + " top", grandchild)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("cannot move under itself")));
        save(top, word + " top", top)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("cannot move under itself")));
        save(other, word + " top", null)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A category with this name already exists")));
        save(child, "  ", top)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a name of up to 120 characters.")));
        // a chain six levels deep cannot go under anything that is not at the top level
        long deep = categories.findOrCreatePath(
                TestLibraries.user(curator), List.of(word + " deep", "2", "3", "4", "5", "6"));
        long deepTop = parentAt(deep, 5);
        save(deepTop, word + " deep", grandchild)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("more than six levels deep")));

        assertThat(parent(top)).isNull();
        assertThat(name(other)).isEqualTo(word + " other");
        assertThat(name(child)).isEqualTo("Child");
        assertThat(parent(deepTop)).isNull();
        mvc.perform(get("/admin/categories/999999999").with(user(TestPeople.principal(curator))))
                .andExpect(status().isNotFound());
    }

    private ResultActions save(long id, String name, Long parentId) throws Exception {
        var request = post("/admin/categories/" + id)
                .param("name", name)
                .with(csrf())
                .with(user(TestPeople.principal(curator)));
        if (parentId != null) {
            request.param("parentId", String.valueOf(parentId));
        }
        return mvc.perform(request);
    }

    private long parentAt(long id, int levelsUp) {
        long at = id;
        for (int i = 0; i < levelsUp; i++) {
            at = parent(at);
        }
        return at;
    }

    private String name(long id) {
        return jdbc.sql("select name from category where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private Long parent(long id) {
        return jdbc.sql("select parent_id from category where id = ?")
                .param(id)
                .query(Long.class)
                .optional()
                .orElse(null);
    }
}
