package org.agorahub.bench.latency;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs blocks of requests on a {@link SearchSystem} with up to {@code clients} concurrent clients, recording the
 * client-side and server-side time of each request. The first failure is printed; later ones only counted.
 */
final class Blocks implements AutoCloseable {

    private final ExecutorService threads;
    private final AtomicBoolean errorShown = new AtomicBoolean();

    Blocks(int clients) {
        this.threads = Executors.newFixedThreadPool(clients);
    }

    /**
     * One block of queries on one system: {@code clients} threads, each with its share of the block (every
     * {@code clients}-th query), all starting together.
     */
    void run(
            SearchSystem system,
            List<String> block,
            int clients,
            String tag,
            Latencies clientTimes,
            Latencies serverTimes)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<long[][]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int clientIndex = c;
            List<String> mine = new ArrayList<>();
            for (int i = c; i < block.size(); i += clients) {
                mine.add(block.get(i));
            }
            futures.add(threads.submit(() -> {
                long[][] results = new long[mine.size() + 1][];
                start.await();
                for (int i = 0; i < mine.size(); i++) {
                    String id = tag + "-" + clientIndex + "-" + i;
                    long began = System.nanoTime();
                    long hits;
                    try {
                        hits = system.search(clientIndex, mine.get(i), id);
                    } catch (Exception e) {
                        if (errorShown.compareAndSet(false, true)) {
                            e.printStackTrace();
                        }
                        hits = -1;
                    }
                    results[i] = new long[] {System.nanoTime() - began, hits, system.serverNanos(id)};
                }
                results[mine.size()] = new long[] {System.nanoTime()};
                return results;
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        long end = began;
        for (Future<long[][]> future : futures) {
            long[][] results = future.get();
            for (int i = 0; i < results.length - 1; i++) {
                clientTimes.add(results[i][0], results[i][1]);
                if (results[i][2] >= 0) {
                    serverTimes.add(results[i][2], results[i][1]);
                }
            }
            end = Math.max(end, results[results.length - 1][0]);
        }
        clientTimes.addWall(end - began);
        serverTimes.addWall(end - began);
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
