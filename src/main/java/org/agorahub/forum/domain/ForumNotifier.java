package org.agorahub.forum.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.agorahub.forum.ForumEvents.AnswerAccepted;
import org.agorahub.forum.ForumEvents.ReplyPosted;
import org.agorahub.forum.ForumEvents.ThreadStarted;
import org.agorahub.forum.ThreadKind;
import org.agorahub.notifications.NewNotification;
import org.agorahub.notifications.NotificationsApi;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.PersonSummary;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people what happened in the forums: a new thread to its board's watchers, a reply to the thread's and the
 * board's watchers, an accepted answer to its author, and a post to the people it mentions. Runs after the post is
 * committed, asynchronously, through the event publication registry (a failure is retried, and each notification
 * names its post as its source, so a retry tells nobody twice).
 *
 * <p>For each event: at most one notification per person (a mention wins over watching), never one to the person who
 * acted, and only to active people who may see the board <i>now</i> ({@link ForumPolicy#canSee}), however they came to
 * watch it or whoever mentioned them. Nothing is said to the writer about whom a mention reached.
 */
@Component
class ForumNotifier {

    static final String KIND_REPLY = "forum.reply";
    static final String KIND_THREAD = "forum.thread";
    static final String KIND_MENTION = "forum.mention";
    static final String KIND_ACCEPTED = "forum.accepted";

    private final BoardRepository boards;
    private final WatchService watches;
    private final ForumPolicy policy;
    private final PeopleApi people;
    private final NotificationsApi notifications;
    private final MessageSource messages;
    private final JdbcClient jdbc;

    ForumNotifier(
            BoardRepository boards,
            WatchService watches,
            ForumPolicy policy,
            PeopleApi people,
            NotificationsApi notifications,
            MessageSource messages,
            JdbcClient jdbc) {
        this.boards = boards;
        this.watches = watches;
        this.policy = policy;
        this.people = people;
        this.notifications = notifications;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(ThreadStarted event) {
        about(event.threadId()).ifPresent(thread -> {
            String actor = name(event.authorId());
            String link = "/forums/threads/" + event.threadId();
            Recipients to = new Recipients(event.authorId(), "forum.post:" + event.openingPostId(), link);
            to.add(
                    mentioned(event.openingPostId()),
                    KIND_MENTION,
                    text("notification.forum.mention", actor, thread.title()));
            to.add(
                    watches.boardWatchers(thread.boardId()),
                    KIND_THREAD,
                    text(
                            event.kind() == ThreadKind.QUESTION
                                    ? "notification.forum.question"
                                    : "notification.forum.discussion",
                            actor,
                            thread.boardName(),
                            thread.title()));
            deliver(to, thread.boardId());
        });
    }

    @ApplicationModuleListener
    void on(ReplyPosted event) {
        about(event.threadId()).ifPresent(thread -> {
            String actor = name(event.authorId());
            Recipients to = new Recipients(
                    event.authorId(), "forum.post:" + event.postId(), "/forums/posts/" + event.postId() + "/thread");
            to.add(mentioned(event.postId()), KIND_MENTION, text("notification.forum.mention", actor, thread.title()));
            String replied = text("notification.forum.reply", actor, thread.title());
            to.add(watches.threadWatchers(event.threadId()), KIND_REPLY, replied);
            to.add(watches.boardWatchers(thread.boardId()), KIND_REPLY, replied);
            deliver(to, thread.boardId());
        });
    }

    @ApplicationModuleListener
    void on(AnswerAccepted event) {
        about(event.threadId()).ifPresent(thread -> {
            Recipients to = new Recipients(
                    event.acceptedBy(),
                    "forum.accepted:" + event.postId() + ":"
                            + event.acceptedAt().toEpochMilli(),
                    "/forums/posts/" + event.postId() + "/thread");
            to.add(
                    List.of(event.answerAuthorId()),
                    KIND_ACCEPTED,
                    text("notification.forum.accepted", name(event.acceptedBy()), thread.title()));
            deliver(to, thread.boardId());
        });
    }

    /** The thread as it is now (its board may have changed since the event); empty when it was deleted. */
    private Optional<About> about(long threadId) {
        return jdbc.sql("""
                select t.board_id, b.name as board_name, t.title
                from forum_thread t join forum_board b on b.id = t.board_id
                where t.id = ? and t.deleted_at is null
                """).param(threadId).query(About.class).optional();
    }

    /** The people a post's text mentions, as it reads now; none when it was deleted meanwhile. */
    private Collection<Long> mentioned(long postId) {
        String body = jdbc.sql("select body from forum_post where id = ? and deleted_at is null")
                .param(postId)
                .query(String.class)
                .optional()
                .orElse(null);
        var handles = Mentions.in(body);
        if (handles.isEmpty()) {
            return List.of();
        }
        return people.findByHandles(handles).values().stream()
                .map(PersonSummary::id)
                .toList();
    }

    /** Sends each recipient's notification if they are active and may see the board now; never to the actor. */
    private void deliver(Recipients to, long boardId) {
        to.byPerson.remove(to.actorId);
        if (to.byPerson.isEmpty()) {
            return;
        }
        Optional<Board> board = boards.findWithMembers(boardId);
        if (board.isEmpty()) {
            return;
        }
        BoardAccess access = BoardAccess.of(board.get());
        Map<Long, CurrentUser> users = people.activeUsers(to.byPerson.keySet());
        List<NewNotification> allowed = new ArrayList<>();
        to.byPerson.forEach((personId, notification) -> {
            CurrentUser user = users.get(personId);
            if (user != null && policy.canSee(user, access)) {
                allowed.add(notification);
            }
        });
        notifications.notifyAll(allowed);
    }

    private String name(long personId) {
        return people.findPerson(personId).map(PersonSummary::displayName).orElse("Someone");
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ENGLISH);
    }

    private record About(long boardId, String boardName, String title) {}

    /** One event's recipients, each with one notification: the first reason found for a person wins. */
    private static final class Recipients {

        private final long actorId;
        private final String source;
        private final String link;
        private final Map<Long, NewNotification> byPerson = new LinkedHashMap<>();

        Recipients(long actorId, String source, String link) {
            this.actorId = actorId;
            this.source = source;
            this.link = link;
        }

        void add(Collection<Long> people, String kind, String message) {
            for (Long person : people) {
                byPerson.computeIfAbsent(person, id -> new NewNotification(id, kind, actorId, message, link, source));
            }
        }
    }
}
