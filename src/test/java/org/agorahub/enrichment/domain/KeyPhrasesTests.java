package org.agorahub.enrichment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyPhrasesTests {

    static final String GRITTING = """
            The highways team grits priority routes whenever road surface temperatures fall below one degree. \
            Gritting lorries treat priority routes before the morning rush. Priority routes include every bus \
            route. Residents can ask for a grit bin on a steep street. Grit bins are refilled twice each winter, \
            and the gritting forecast is published each afternoon.""";

    @Test
    void phrasesTheTextComesBackToComeFirstWithoutStopWords() {
        assertThat(KeyPhrases.of(GRITTING, 5)).startsWith("priority routes").contains("gritting", "grit");
        assertThat(KeyPhrases.of(GRITTING, 20)).doesNotContain("the", "each", "every", "routes whenever");
    }

    @Test
    void wordsSeenOnceAreNotKeyPhrases() {
        assertThat(KeyPhrases.of("A single sentence about budgets and procurement.", 5))
                .isEmpty();
    }

    @Test
    void junkEmptyAndHugeTextGiveFewOrNoPhrasesAndStayBounded() {
        Random random = new Random(3);
        StringBuilder junk = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            junk.append((char) (33 + random.nextInt(30)));
        }
        assertThat(KeyPhrases.of(junk.toString(), 8)).isEmpty();
        assertThat(KeyPhrases.of("", 8)).isEmpty();
        assertThat(KeyPhrases.of(null, 8)).isEmpty();
        assertThat(KeyPhrases.of(GRITTING.repeat(5_000), 8))
                .hasSizeLessThanOrEqualTo(8)
                .contains("priority routes");
        assertThat(KeyPhrases.of("x".repeat(1_000) + " " + "x".repeat(1_000), 8))
                .isEmpty();
    }
}
