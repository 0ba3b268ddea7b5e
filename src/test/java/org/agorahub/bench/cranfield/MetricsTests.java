package org.agorahub.bench.cranfield;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetricsTests {

    // Judged: a (gain 3), b (gain 1), c (gain 2); x and y unjudged or not relevant.
    private static final Map<String, Integer> GAINS = Map.of("a", 3, "b", 1, "c", 2);
    private static final Set<String> RELEVANT = GAINS.keySet();
    private static final List<String> RANKING = List.of("b", "x", "a", "y");

    @Test
    void ndcgUsesGradedGainsAndTheLogDiscountAgainstTheIdealOrder() {
        // DCG  = 1/log2(2) + 0 + 3/log2(4) + 0           = 1 + 1.5             = 2.5
        // IDCG = 3/log2(2) + 2/log2(3) + 1/log2(4)        = 3 + 1.2618595 + 0.5 = 4.7618595
        assertThat(Metrics.ndcg(RANKING, GAINS, 10)).isCloseTo(2.5 / 4.7618595, within(1e-6));
        // cut at 2: DCG = 1, IDCG = 3 + 2/log2(3)
        assertThat(Metrics.ndcg(RANKING, GAINS, 2)).isCloseTo(1 / 4.2618595, within(1e-6));
        assertThat(Metrics.ndcg(List.of("a", "c", "b"), GAINS, 10)).isCloseTo(1.0, within(1e-12));
        assertThat(Metrics.ndcg(List.of(), GAINS, 10)).isZero();
    }

    @Test
    void averagePrecisionCountsUnretrievedRelevantDocumentsAsZero() {
        // relevant at ranks 1 and 3: (1/1 + 2/3) / 3 relevant in all
        assertThat(Metrics.averagePrecision(RANKING, RELEVANT)).isCloseTo((1 + 2.0 / 3) / 3, within(1e-12));
        assertThat(Metrics.averagePrecision(List.of("a", "b", "c"), RELEVANT)).isCloseTo(1.0, within(1e-12));
        assertThat(Metrics.averagePrecision(List.of("x"), RELEVANT)).isZero();
    }

    @Test
    void recallIsTheShareOfRelevantDocumentsInTheTopK() {
        assertThat(Metrics.recall(RANKING, RELEVANT, 100)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(Metrics.recall(RANKING, RELEVANT, 2)).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void aQueryWithoutRelevantDocumentsScoresZero() {
        assertThat(Metrics.ndcg(RANKING, Map.of("x", 0), 10)).isZero();
        assertThat(Metrics.averagePrecision(RANKING, Set.of())).isZero();
        assertThat(Metrics.recall(RANKING, Set.of(), 100)).isZero();
    }

    @Test
    void aDocumentReturnedTwiceCountsOnceAtItsFirstRank() {
        assertThat(Metrics.averagePrecision(List.of("a", "a", "b"), RELEVANT)).isCloseTo((1 + 1) / 3.0, within(1e-12));
        assertThat(Metrics.ndcg(List.of("a", "a"), GAINS, 10)).isCloseTo(3 / 4.7618595, within(1e-6));
    }

    @Test
    void meanDividesByEveryQuery() {
        assertThat(Metrics.mean(new double[] {1, 0, 0.5, 0})).isEqualTo(0.375);
    }

    @Test
    void randomisationTestTellsAConsistentDifferenceFromNoise() {
        double[] better = new double[50];
        double[] worse = new double[50];
        for (int i = 0; i < 50; i++) {
            better[i] = 0.6 + (i % 5) * 0.01;
            worse[i] = 0.4 + (i % 7) * 0.01;
        }
        assertThat(Metrics.randomisationPValue(better, worse, 10_000, 1)).isLessThan(0.001);
        assertThat(Metrics.randomisationPValue(better, better, 10_000, 1)).isEqualTo(1.0);
    }
}
