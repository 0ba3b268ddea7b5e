package org.agorahub.forum.domain;

/** The thread was deleted by a moderator (perhaps while the person was writing a reply). */
public class ThreadDeletedException extends IllegalStateException {

    private final long threadId;
    private final long boardId;

    public ThreadDeletedException(long threadId, long boardId) {
        super("Thread " + threadId + " was deleted");
        this.threadId = threadId;
        this.boardId = boardId;
    }

    public long threadId() {
        return threadId;
    }

    public long boardId() {
        return boardId;
    }
}
