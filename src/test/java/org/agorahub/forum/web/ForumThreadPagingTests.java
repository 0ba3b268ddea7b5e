package org.agorahub.forum.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.agorahub.AgoraTest;
import org.agorahub.StatementCounter;
import org.agorahub.forum.TestForums;
import org.agorahub.forum.domain.ThreadService;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.TestPeople;
import org.agorahub.people.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** A long thread is shown a page of replies at a time, and every link to a reply lands on its page. */
@AgoraTest
class ForumThreadPagingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople testPeople;

    @Autowired
    TestForums testForums;

    @Autowired
    StatementCounter statements;

    @Test
    void aLongThreadIsPagedWithTheQuestionAndAcceptedAnswerOnEveryPage() throws Exception {
        PersonSummary curator = testPeople.person("Paige Curator", Role.CURATOR);
        PersonSummary asker = testPeople.person("Paige Asker");
        long board = testForums.board(curator, Visibility.ORGANISATION, null);
        long question = testForums.question(asker, board, "Which form for overtime?", "Asking for the team.");
        int replies = ThreadService.REPLIES_PER_PAGE + 6;
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= replies; i++) {
            ids.add(testForums.reply(curator, question, "Answer number " + i + "."));
        }
        testForums.accept(asker, ids.get(2)); // "Answer number 3."

        statements.reset();
        as(asker, get("/forums/threads/" + question))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Asking for the team.")))
                .andExpect(content().string(containsString("Accepted answer")))
                .andExpect(content().string(containsString("Answer number 3.")))
                .andExpect(content().string(containsString("55 other replies")))
                .andExpect(content().string(containsString("Page 1 of 2 of the replies.")))
                .andExpect(content().string(containsString("Answer number 51.")))
                .andExpect(content().string(not(containsString("Answer number 52."))))
                .andExpect(content().string(containsString("/forums/threads/" + question + "?page=1")));
        long firstPage = statements.count();

        statements.reset();
        as(asker, get("/forums/threads/" + question + "?page=1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Asking for the team.")))
                .andExpect(content().string(containsString("Answer number 3.")))
                .andExpect(content().string(containsString("Answer number 52.")))
                .andExpect(content().string(containsString("Answer number 56.")))
                .andExpect(content().string(not(containsString("Answer number 51."))))
                .andExpect(content().string(containsString("Page 2 of 2 of the replies.")));
        assertThat(statements.count()).as("statements of the second page").isEqualTo(firstPage);

        // a page past the end is the last page, not an error
        as(asker, get("/forums/threads/" + question + "?page=99"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Answer number 56.")));

        // links to a reply, and the page after replying, land on the reply's page
        as(asker, get("/forums/posts/" + ids.get(replies - 1) + "/thread"))
                .andExpect(redirectedUrl("/forums/threads/" + question + "?page=1#post-" + ids.get(replies - 1)));
        as(asker, get("/forums/posts/" + ids.get(0) + "/thread"))
                .andExpect(redirectedUrl("/forums/threads/" + question + "#post-" + ids.get(0)));
        String afterReply = as(
                        asker,
                        post("/forums/threads/" + question + "/replies")
                                .param("body", "Thanks, that settles it.")
                                .param("submission", UUID.randomUUID().toString())
                                .with(csrf()))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(afterReply).startsWith("/forums/threads/" + question + "?page=1#post-");
    }

    private ResultActions as(PersonSummary person, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(user(TestPeople.principal(person))));
    }
}
