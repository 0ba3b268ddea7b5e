package org.agorahub.forum;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.agorahub.library.TestLibraries;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Visibility;
import org.springframework.stereotype.Component;

/** Boards, threads and replies for tests, made through the forum's API as a person would. */
@Component
public class TestForums {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final ForumApi forum;

    public TestForums(ForumApi forum) {
        this.forum = forum;
    }

    /** A board created by a curator, admin or department lead, with these named members. */
    public long board(PersonSummary creator, Visibility visibility, Long departmentId, PersonSummary... members) {
        Set<Long> ids = Arrays.stream(members).map(PersonSummary::id).collect(Collectors.toSet());
        return forum.createBoard(
                TestLibraries.user(creator),
                new NewBoard(
                        "Board " + SEQUENCE.incrementAndGet(), "For tests", departmentId, visibility, ids, Set.of()));
    }

    /** A board created by a curator, admin or department lead, with these named moderators (not leads). */
    public long moderatedBoard(
            PersonSummary creator, Visibility visibility, Long departmentId, PersonSummary... moderators) {
        Set<Long> ids = Arrays.stream(moderators).map(PersonSummary::id).collect(Collectors.toSet());
        return forum.createBoard(
                TestLibraries.user(creator),
                new NewBoard(
                        "Board " + SEQUENCE.incrementAndGet(), "For tests", departmentId, visibility, Set.of(), ids));
    }

    public long question(PersonSummary asker, long boardId, String title, String body) {
        return forum.startThread(
                TestLibraries.user(asker), boardId, new NewThread(ThreadKind.QUESTION, title, body, Set.of("testing")));
    }

    public long discussion(PersonSummary author, long boardId, String title, String body) {
        return forum.startThread(
                TestLibraries.user(author), boardId, new NewThread(ThreadKind.DISCUSSION, title, body, Set.of()));
    }

    public long reply(PersonSummary author, long threadId, String body) {
        return forum.reply(TestLibraries.user(author), threadId, body);
    }

    public void accept(PersonSummary person, long postId) {
        forum.acceptAnswer(TestLibraries.user(person), postId);
    }
}
