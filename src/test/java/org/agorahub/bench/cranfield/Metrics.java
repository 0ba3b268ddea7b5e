package org.agorahub.bench.cranfield;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Ranking-quality measures, per query; the benchmark averages them over <em>all</em> queries.
 *
 * <p>Conventions (those of {@code trec_eval}):
 *
 * <ul>
 *   <li><b>nDCG@k</b> uses graded gains (Cranfield: 5 − code, so 4 for a complete answer down to 1 for minimum
 *       interest; judged-not-relevant and unjudged documents gain 0), linear gain and the discount
 *       {@code 1 / log2(rank + 1)}. The ideal DCG orders all judged gains of the query, best first, and is cut at
 *       {@code k} too.
 *   <li><b>AP</b> uses binary relevance (any gain above 0): the mean, over all relevant documents of the query, of
 *       the precision at the rank where each is retrieved; relevant documents not retrieved contribute 0. It is
 *       computed over the ranking as returned (the benchmark asks every system for its top 100), so it is AP at
 *       depth 100.
 *   <li><b>Recall@k</b>: the share of the query's relevant documents found in the top {@code k}.
 *   <li>A query with no relevant document scores 0 on every measure (rather than being dropped), so every system
 *       is divided by the same number of queries. In Cranfield every one of the 225 queries has at least one
 *       relevant document, so the choice changes nothing there.
 *   <li>A document returned twice counts once, at its first rank.
 * </ul>
 */
public final class Metrics {

    private Metrics() {}

    /** Normalised discounted cumulative gain of {@code ranking} in its first {@code k} places. */
    public static double ndcg(List<String> ranking, Map<String, Integer> gains, int k) {
        double ideal = 0;
        int[] best = gains.values().stream()
                .mapToInt(Integer::intValue)
                .filter(g -> g > 0)
                .sorted()
                .toArray();
        for (int i = 0; i < Math.min(k, best.length); i++) {
            ideal += best[best.length - 1 - i] / log2(i + 2);
        }
        if (ideal == 0) {
            return 0;
        }
        double dcg = 0;
        List<String> top = distinct(ranking);
        for (int i = 0; i < Math.min(k, top.size()); i++) {
            dcg += gains.getOrDefault(top.get(i), 0) / log2(i + 2);
        }
        return dcg / ideal;
    }

    /** Average precision of {@code ranking} against the set of relevant documents. */
    public static double averagePrecision(List<String> ranking, Collection<String> relevant) {
        if (relevant.isEmpty()) {
            return 0;
        }
        Set<String> wanted = new HashSet<>(relevant);
        List<String> top = distinct(ranking);
        int found = 0;
        double sum = 0;
        for (int i = 0; i < top.size(); i++) {
            if (wanted.contains(top.get(i))) {
                found++;
                sum += (double) found / (i + 1);
            }
        }
        return sum / wanted.size();
    }

    /** Share of the relevant documents found in the first {@code k} places. */
    public static double recall(List<String> ranking, Collection<String> relevant, int k) {
        if (relevant.isEmpty()) {
            return 0;
        }
        Set<String> wanted = new HashSet<>(relevant);
        List<String> top = distinct(ranking);
        long found = top.subList(0, Math.min(k, top.size())).stream()
                .filter(wanted::contains)
                .count();
        return (double) found / wanted.size();
    }

    public static double mean(double[] values) {
        return values.length == 0 ? 0 : Arrays.stream(values).sum() / values.length;
    }

    /**
     * Two-sided paired randomisation test (Fisher; Smucker, Allan and Carterette 2007): how often randomly swapping
     * the two systems' scores per query gives a mean difference at least as large as the one observed. Seeded, so a
     * run is repeatable.
     */
    public static double randomisationPValue(double[] a, double[] b, int rounds, long seed) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("paired scores differ in length: " + a.length + " and " + b.length);
        }
        double[] differences = new double[a.length];
        double observed = 0;
        for (int i = 0; i < a.length; i++) {
            differences[i] = a[i] - b[i];
            observed += differences[i];
        }
        observed = Math.abs(observed);
        Random random = new Random(seed);
        int atLeast = 0;
        for (int round = 0; round < rounds; round++) {
            double sum = 0;
            for (double difference : differences) {
                sum += random.nextBoolean() ? difference : -difference;
            }
            if (Math.abs(sum) >= observed - 1e-12) {
                atLeast++;
            }
        }
        return (atLeast + 1.0) / (rounds + 1.0);
    }

    private static List<String> distinct(List<String> ranking) {
        return ranking.stream().distinct().toList();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
