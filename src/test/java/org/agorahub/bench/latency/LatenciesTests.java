package org.agorahub.bench.latency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatenciesTests {

    @Test
    void percentilesAreNearestRank() {
        long[] sorted = new long[100];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i + 1;
        }
        assertThat(Latencies.percentile(sorted, 50)).isEqualTo(50);
        assertThat(Latencies.percentile(sorted, 95)).isEqualTo(95);
        assertThat(Latencies.percentile(sorted, 99)).isEqualTo(99);
        assertThat(Latencies.percentile(new long[] {7}, 99)).isEqualTo(7);
        assertThat(Latencies.percentile(new long[] {1, 2, 3}, 50)).isEqualTo(2);
    }

    @Test
    void countsHitsErrorsAndRate() {
        Latencies latencies = new Latencies();
        latencies.add(2_000_000, 3);
        latencies.add(4_000_000, 0);
        latencies.add(6_000_000, -1);
        latencies.addWall(1_500_000_000L);
        assertThat(latencies.withHits()).isEqualTo(1);
        assertThat(latencies.errors()).isEqualTo(1);
        assertThat(latencies.perSecond()).isEqualTo(2.0);
        assertThat(latencies.percentileMillis(50)).isEqualTo(4.0);
        assertThat(latencies.meanMillis()).isEqualTo(4.0);
    }
}
