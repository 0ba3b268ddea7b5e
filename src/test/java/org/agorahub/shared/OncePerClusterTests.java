package org.agorahub.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.agorahub.AgoraTest;
import org.agorahub.enrichment.domain.Backfill;
import org.agorahub.insights.domain.AggregateService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Background jobs run on one node at a time: a second caller, as another node would, skips while the first runs. */
@AgoraTest
class OncePerClusterTests {

    @Autowired
    OncePerCluster once;

    @Autowired
    AggregateService aggregates;

    @Autowired
    Backfill backfill;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoCallersAtOnceRunTheJobOnceAndTheSecondReturnsWithoutDoingAnything() throws Exception {
        String job = "test.job." + System.nanoTime();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);

        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> once.run(job, () -> {
            runs.incrementAndGet();
            inside.countDown();
            await(finish);
        }));
        assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();

        boolean second = once.run(job, runs::incrementAndGet);
        finish.countDown();

        assertThat(second).isFalse();
        assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(runs).hasValue(1);
        // the lock went with the first run's transaction: the next run goes ahead
        assertThat(once.run(job, runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(2);
    }

    @Test
    void aLeaseKeepsTheJobFromAnyOtherCallerUntilItIsClosed() {
        String job = "test.lease." + System.nanoTime();
        assertThat(once.running(job)).isFalse();

        Optional<OncePerCluster.Lease> lease = once.hold(job);
        assertThat(lease).isPresent();
        assertThat(once.running(job)).isTrue();
        assertThat(once.hold(job)).isEmpty();
        assertThat(once.call(job, () -> "ran")).isEmpty();

        lease.get().close();
        assertThat(once.running(job)).isFalse();
        assertThat(once.call(job, () -> "ran")).contains("ran");
    }

    @Test
    void theNightlyRebuildIsSkippedWhileAnotherNodeRunsIt() {
        long before = rebuilds();
        assertThat(aggregates.rebuilding()).isFalse();
        try (OncePerCluster.Lease otherNode = once.hold("insights.rebuild").orElseThrow()) {
            assertThat(aggregates.rebuilding()).as("shown on every node").isTrue();
            aggregates.nightly();
            assertThat(rebuilds()).isEqualTo(before);
        }
        aggregates.nightly();
        assertThat(rebuilds()).isEqualTo(before + 1);
    }

    @Test
    void aBackfillAnotherNodeRunsShowsAsRunningAndNoSecondOneStarts() {
        long before = backfills();
        try (OncePerCluster.Lease otherNode = once.hold("enrichment.backfill").orElseThrow()) {
            assertThat(backfill.running()).isTrue();
            assertThat(backfill.start(null)).isFalse();
            assertThat(backfills()).isEqualTo(before);
        }
    }

    private long rebuilds() {
        return jdbc.sql("select count(*) from insight_rebuild")
                .query(Long.class)
                .single();
    }

    private long backfills() {
        return jdbc.sql("select count(*) from enrichment_backfill")
                .query(Long.class)
                .single();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
