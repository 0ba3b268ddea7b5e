package org.agorahub.bench.latency;

import java.util.Arrays;

/** Request times of one system at one concurrency, added up over the blocks of a run. */
final class Latencies {

    private long[] nanos = new long[256];
    private int count;
    private long wallNanos;
    private int withHits;
    private long hitsShown;
    private int errors;

    void add(long requestNanos, long hits) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = requestNanos;
        if (hits > 0) {
            withHits++;
            hitsShown += hits;
        } else if (hits < 0) {
            errors++;
        }
    }

    /** Time from the start of a block until its last request finished, for the rate. */
    void addWall(long nanos) {
        wallNanos += nanos;
    }

    int count() {
        return count;
    }

    /** Mean hits (items shown) per successful request. */
    double meanHits() {
        return count == errors ? 0 : (double) hitsShown / (count - errors);
    }

    int withHits() {
        return withHits;
    }

    int errors() {
        return errors;
    }

    /** Requests per second over the blocks' wall time. */
    double perSecond() {
        return wallNanos == 0 ? 0 : count / (wallNanos / 1e9);
    }

    /** Nearest-rank percentile in milliseconds: the smallest time that {@code p}% of requests did not exceed. */
    double percentileMillis(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return percentile(sorted, p) / 1e6;
    }

    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    double meanMillis() {
        long sum = 0;
        for (int i = 0; i < count; i++) {
            sum += nanos[i];
        }
        return count == 0 ? Double.NaN : sum / 1e6 / count;
    }
}
