package org.agorahub.expertise.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.agorahub.forum.ForumApi;
import org.agorahub.forum.NewThread;
import org.agorahub.forum.ThreadKind;
import org.agorahub.notifications.NewNotification;
import org.agorahub.notifications.NotificationsApi;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.PersonSummary;
import org.agorahub.shared.audit.AuditLog;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Ask this expert": a question to one person, posted as a forum question on a board the asker chooses, with a line
 * naming the expert, and a notification to the expert. The question is an ordinary forum question, so the expert's
 * answer counts in the response times like any first reply.
 *
 * <p>Refused: asking yourself; a board the asker may not post in; a board the expert cannot see (they could neither
 * read the question nor be told of it, so nothing is posted). The forum's own checks and posting rate limit apply as
 * on its new-thread form.
 */
@Service
@Transactional(readOnly = true)
public class AskExpertService {

    static final String NOTIFICATION_KIND = "expertise.ask";

    private final PeopleApi people;
    private final ForumApi forum;
    private final NotificationsApi notifications;
    private final MessageSource messages;
    private final AuditLog audit;

    AskExpertService(
            PeopleApi people, ForumApi forum, NotificationsApi notifications, MessageSource messages, AuditLog audit) {
        this.people = people;
        this.forum = forum;
        this.notifications = notifications;
        this.messages = messages;
        this.audit = audit;
    }

    /** @throws ExpertNotFoundException when there is no active person with this id */
    public PersonSummary expert(long expertId) {
        return people.findPerson(expertId)
                .filter(PersonSummary::active)
                .orElseThrow(() -> new ExpertNotFoundException(expertId));
    }

    public boolean isSelf(CurrentUser asker, long expertId) {
        return Objects.equals(asker.id(), expertId);
    }

    /** The boards the asker may post the question in, id to name, by name. */
    public Map<Long, String> boards(CurrentUser asker) {
        return forum.postableBoards(asker);
    }

    /**
     * Posts the question and tells the expert.
     *
     * @return the new thread's id
     * @throws ExpertNotFoundException when there is no active person with this id
     * @throws AskExpertRefusedException when asking oneself, or for a board the asker may not post in or the expert
     *     cannot see
     * @throws IllegalArgumentException when the forum refuses the question (a {@code MessageSourceResolvable})
     */
    @Transactional
    public long ask(CurrentUser asker, long expertId, AskExpertQuestion question) {
        PersonSummary expert = expert(expertId);
        if (isSelf(asker, expertId)) {
            throw new AskExpertRefusedException(null, "ask.self");
        }
        if (!forum.postableBoards(asker).containsKey(question.boardId())) {
            throw new AskExpertRefusedException("board", "ask.board.unknown");
        }
        CurrentUser expertAsUser = people.activeUsers(Set.of(expertId)).get(expertId);
        if (expertAsUser == null
                || forum.boardNames(expertAsUser, Set.of(question.boardId())).isEmpty()) {
            throw new AskExpertRefusedException("board", "ask.board.expertCannotSee", expert.displayName());
        }
        String body = question.body() == null || question.body().isBlank()
                ? question.body()
                : question.body().strip() + "\n\n"
                        + text("ask.post.line", markdownText(expert.displayName()), "/people/" + expertId);
        long thread = forum.startThreadFromForm(
                asker,
                question.boardId(),
                new NewThread(ThreadKind.QUESTION, question.title(), body, question.tags()),
                question.submission());
        notifications.notify(new NewNotification(
                expertId,
                NOTIFICATION_KIND,
                asker.id(),
                text("ask.notification", asker.displayName(), question.title().strip()),
                "/forums/threads/" + thread,
                "expertise.ask:" + thread));
        audit.record(asker.id(), "expertise.ask", "forum_thread", thread, "expert:" + expertId);
        return thread;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ENGLISH);
    }

    /** A name as literal Markdown text, so it cannot become a link, emphasis or HTML. */
    private static String markdownText(String text) {
        return text.replaceAll("([\\\\`*_{}\\[\\]()<>#+\\-.!|~&])", "\\\\$1");
    }
}
