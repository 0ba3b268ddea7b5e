package org.agorahub.forum.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.agorahub.forum.ForumApi;
import org.agorahub.forum.NewBoard;
import org.agorahub.forum.NewThread;
import org.agorahub.people.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forum module's public API, over its services (without form tokens and the posting rate limit: callers are
 * code, not browsers).
 */
@Component
class ForumFacade implements ForumApi {

    private final BoardService boards;
    private final ThreadService threads;
    private final ThreadIndexer indexer;
    private final ModerationService moderation;
    private final ThreadTagEditor tags;

    ForumFacade(
            BoardService boards,
            ThreadService threads,
            ThreadIndexer indexer,
            ModerationService moderation,
            ThreadTagEditor tags) {
        this.moderation = moderation;
        this.boards = boards;
        this.tags = tags;
        this.threads = threads;
        this.indexer = indexer;
    }

    @Override
    public long createBoard(CurrentUser creator, NewBoard board) {
        return boards.create(creator, board);
    }

    @Override
    public long startThread(CurrentUser author, long boardId, NewThread thread) {
        return threads.start(author, boardId, thread, null, false);
    }

    @Override
    public long reply(CurrentUser author, long threadId, String markdown) {
        return threads.reply(author, threadId, markdown, null, false);
    }

    @Override
    public void acceptAnswer(CurrentUser user, long postId) {
        threads.accept(user, postId);
    }

    @Override
    public long countBoards() {
        return boards.countBoards();
    }

    @Override
    public Optional<Set<String>> threadReadTokens(CurrentUser user) {
        return boards.threadReadTokens(user);
    }

    @Override
    public Map<Long, String> boardNames(CurrentUser user, Collection<Long> boardIds) {
        return boards.boardNames(user, boardIds);
    }

    @Override
    public long countActiveThreads() {
        return threads.countActiveThreads();
    }

    @Override
    @Transactional
    public int reindexAllThreads() {
        return indexer.reindexAll();
    }

    @Override
    public java.util.Map<Long, java.util.List<org.agorahub.forum.TaggedThread>> threadsTagged(
            CurrentUser user, java.util.Map<Long, ? extends java.util.Collection<String>> tagsByKey, int perKey) {
        return threads.tagged(user, tagsByKey, perKey);
    }

    @Override
    public java.util.List<org.agorahub.forum.AnswerContribution> answerContributions(
            Collection<String> tags, int minScore, Long personId) {
        return threads.answerContributions(tags, minScore, personId);
    }

    @Override
    public Set<Long> readablePosts(CurrentUser user, Collection<Long> postIds) {
        return threads.readablePosts(user, postIds);
    }

    @Override
    public java.util.List<org.agorahub.forum.PostActivity> postActivity() {
        return threads.postActivity();
    }

    @Override
    public java.util.List<org.agorahub.forum.QuestionActivity> questionActivity() {
        return threads.questionActivity();
    }

    @Override
    public Map<Long, String> postableBoards(CurrentUser user) {
        return boards.postableBoards(user);
    }

    @Override
    public long startThreadFromForm(CurrentUser author, long boardId, NewThread thread, String submission) {
        return threads.start(author, boardId, thread, submission);
    }

    @Override
    public long openFlagCount(CurrentUser user) {
        return moderation.openCount(user);
    }

    @Override
    public long countUnansweredAskedBefore(CurrentUser user, java.time.Instant before) {
        return threads.countUnansweredAskedBefore(user, before);
    }

    @Override
    public Map<String, Long> threadTagUsage() {
        return tags.usage();
    }

    @Override
    public int replaceThreadTag(CurrentUser curator, String from, String to) {
        return tags.replace(curator, from, to);
    }

    @Override
    public Map<Long, org.agorahub.forum.ThreadReference> readableThreads(CurrentUser user, Collection<Long> threadIds) {
        return tags.readable(user, threadIds);
    }
}
