package org.agorahub.bench.latency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticCorpusTests {

    private final SyntheticCorpus corpus = new SyntheticCorpus();

    @Test
    void theSameSeedGivesTheSameDocumentsAndQueries() {
        SyntheticCorpus again = new SyntheticCorpus();
        assertThat(again.text(12, 3)).isEqualTo(corpus.text(12, 3));
        assertThat(again.details(12, 3)).isEqualTo(corpus.details(12, 3));
        assertThat(again.queries(20, 1)).isEqualTo(corpus.queries(20, 1));
        assertThat(corpus.text(13, 3)).isNotEqualTo(corpus.text(12, 3));
    }

    @Test
    void documentsAreAboutFiveKilobytesWithShortTitlesAndFewTags() {
        long characters = 0;
        int documents = 400;
        for (int i = 0; i < documents; i++) {
            characters += corpus.text(i, i % SyntheticCorpus.TOPICS).length();
            SyntheticCorpus.Details details = corpus.details(i, i % SyntheticCorpus.TOPICS);
            assertThat(details.title().split(" ")).hasSizeBetween(4, 10);
            assertThat(details.tags()).hasSizeLessThanOrEqualTo(4);
        }
        assertThat(characters / documents).isBetween(4_000L, 6_500L);
    }

    @Test
    void queriesHaveOneToThreeWords() {
        List<String> queries = corpus.queries(200, 5);
        assertThat(queries).allSatisfy(q -> assertThat(q.split(" ")).hasSizeBetween(1, 3));
        assertThat(queries.stream().filter(q -> q.split(" ").length == 2)).hasSizeGreaterThan(60);
    }
}
