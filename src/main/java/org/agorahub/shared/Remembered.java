package org.agorahub.shared;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A setting read from PostgreSQL and kept in memory on this node. A change made on this node is seen here as soon as
 * it commits ({@link #changed()}); one made on another node once the kept value is older than {@code fresh}.
 *
 * <p>A read that began before a change on this node is never kept, and the value is forgotten again when the
 * change commits: otherwise a page or worker that reads between the change and its commit would keep the old value
 * for a whole period, and the admin who just switched something off would still see it on.
 */
public final class Remembered<T> {

    private final Supplier<T> read;
    private final long freshNanos;
    private final AtomicLong changes = new AtomicLong();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile T value;
    private volatile long readAt;

    /**
     * Once older than {@code fresh}, the value is read again in the background while callers go on with the kept
     * one, so no request waits for it; only the first caller after a change on this node does.
     */
    public Remembered(Duration fresh, Supplier<T> read) {
        this.read = Objects.requireNonNull(read);
        this.freshNanos = fresh.toNanos();
    }

    public T get() {
        T kept = value;
        if (kept == null) {
            return readNow();
        }
        if (System.nanoTime() - readAt > freshNanos && refreshing.compareAndSet(false, true)) {
            CompletableFuture.runAsync(() -> {
                try {
                    readNow();
                } finally {
                    refreshing.set(false);
                }
            });
        }
        return kept;
    }

    /** Reads it from the database now (and keeps it unless a change came meanwhile). */
    public T readNow() {
        long changesBefore = changes.get();
        T fresh = read.get();
        keep(fresh, changesBefore);
        return fresh;
    }

    /** Call where the setting is changed, inside the change's transaction if there is one. */
    public void changed() {
        forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forget();
                }
            });
        }
    }

    private synchronized void forget() {
        changes.incrementAndGet();
        value = null;
    }

    private synchronized void keep(T fresh, long changesBefore) {
        if (changes.get() == changesBefore) {
            value = fresh;
            readAt = System.nanoTime();
        }
    }
}
