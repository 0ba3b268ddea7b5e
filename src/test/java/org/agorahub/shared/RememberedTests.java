package org.agorahub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** A setting kept in memory: what this node changes shows at once, and a read racing the change is never kept. */
class RememberedTests {

    /** Stands for the row in PostgreSQL. */
    final AtomicReference<String> stored = new AtomicReference<>("on");

    final AtomicInteger reads = new AtomicInteger();

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void aValueIsReadOnceWhileFreshAndAChangeHereShowsAtOnce() {
        Remembered<String> setting = new Remembered<>(Duration.ofHours(1), this::read);
        assertThat(setting.get()).isEqualTo("on");
        assertThat(setting.get()).isEqualTo("on");
        assertThat(reads).hasValue(1);

        stored.set("off"); // another node's change: not seen within the hour
        assertThat(setting.get()).isEqualTo("on");

        setting.changed();
        assertThat(setting.get()).isEqualTo("off");
    }

    @Test
    void aReadThatBeganBeforeAChangeIsNotKept() {
        AtomicReference<Remembered<String>> self = new AtomicReference<>();
        Remembered<String> setting = new Remembered<>(Duration.ofHours(1), () -> {
            String seen = read();
            if (reads.get() == 1) {
                // the change happens on another thread while this read is on its way back
                stored.set("off");
                self.get().changed();
            }
            return seen;
        });
        self.set(setting);

        assertThat(setting.get()).isEqualTo("on"); // that caller saw the old value...
        assertThat(setting.get()).isEqualTo("off"); // ...but the next one does not
    }

    @Test
    void aReadBetweenTheChangeAndItsCommitIsForgottenAtTheCommit() {
        Remembered<String> setting = new Remembered<>(Duration.ofHours(1), this::read);
        TransactionSynchronizationManager.initSynchronization();

        setting.changed(); // the admin's transaction: the row is written but not yet committed
        assertThat(setting.get()).isEqualTo("on"); // a page on another thread reads the committed, old value

        stored.set("off");
        TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
        assertThat(setting.get()).isEqualTo("off");
    }

    private String read() {
        reads.incrementAndGet();
        return stored.get();
    }
}
