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

    /** Client-side and server-side times of a measured run, by {@code "system name|clients"}. */
    record Measured(java.util.Map<String, Latencies> client, java.util.Map<String, Latencies> server) {

        Latencies client(SearchSystem system, int clients) {
            return client.get(system.name() + "|" + clients);
        }

        /** Server time where the system measures it, else the client's. */
        Latencies times(SearchSystem system, int clients) {
            Latencies server = this.server.get(system.name() + "|" + clients);
            return server != null && server.count() > 0 ? server : client(system, clients);
        }
    }

    /**
     * Warms every system up with the first quarter of its {@code warmUp} requests at each concurrency, then measures
     * its {@code measured} requests in {@code blockCount} blocks per concurrency, the systems taking turns block by
     * block (a different one first each block), so the machine's noise hits all alike.
     */
    Measured measure(
            List<SearchSystem> systems,
            java.util.function.Function<SearchSystem, List<String>> warmUp,
            java.util.function.Function<SearchSystem, List<String>> measured,
            int blockCount,
            int... concurrencies)
            throws Exception {
        for (SearchSystem system : systems) {
            List<String> requests = warmUp.apply(system);
            for (int clients : concurrencies) {
                run(
                        system,
                        requests.subList(0, requests.size() / 4),
                        clients,
                        "warm-" + system.name() + clients,
                        new Latencies(),
                        new Latencies());
            }
        }
        java.util.Map<String, Latencies> client = new java.util.LinkedHashMap<>();
        java.util.Map<String, Latencies> server = new java.util.LinkedHashMap<>();
        for (int clients : concurrencies) {
            for (int b = 0; b < blockCount; b++) {
                for (int s = 0; s < systems.size(); s++) {
                    int index = (s + b) % systems.size();
                    SearchSystem system = systems.get(index);
                    List<String> requests = measured.apply(system);
                    int blockSize = requests.size() / blockCount;
                    String key = system.name() + "|" + clients;
                    run(
                            system,
                            requests.subList(b * blockSize, (b + 1) * blockSize),
                            clients,
                            index + "-" + clients + "-" + b,
                            client.computeIfAbsent(key, k -> new Latencies()),
                            server.computeIfAbsent(key, k -> new Latencies()));
                }
            }
        }
        return new Measured(client, server);
    }

    /** A Markdown table of the pages: percentiles, rate, items shown per page (blank for {@code noCounts}). */
    static void printPages(List<SearchSystem> systems, Measured measured, SearchSystem noCounts, int... concurrencies) {
        System.out.println(
                "| system | clients | requests | p50 ms | p95 ms | p99 ms | req/s | shown per page | errors |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (int clients : concurrencies) {
            for (SearchSystem system : systems) {
                Latencies all = measured.client(system, clients);
                Latencies times = measured.times(system, clients);
                System.out.printf(
                        java.util.Locale.ROOT,
                        "| %s | %d | %d | %.2f | %.2f | %.2f | %.1f | %s | %d |%n",
                        system.name(),
                        clients,
                        all.count(),
                        times.percentileMillis(50),
                        times.percentileMillis(95),
                        times.percentileMillis(99),
                        all.perSecond(),
                        system == noCounts ? "" : String.format(java.util.Locale.ROOT, "%.1f", all.meanHits()),
                        all.errors());
            }
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
