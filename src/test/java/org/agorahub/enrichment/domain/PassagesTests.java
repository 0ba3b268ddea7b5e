package org.agorahub.enrichment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Cutting text for the model stays bounded whatever arrives. */
class PassagesTests {

    /** A stand-in for the tokenizer: one word piece per four characters, as English roughly has. */
    private static int pieces(String text) {
        return Math.max(1, (text.length() + 3) / 4);
    }

    @Test
    void sentencesArePackedIntoPassagesUnderTheLimit() {
        String text = "The committee met on Tuesday. It approved the budget for road repairs. ".repeat(12);
        List<String> passages = Passages.pack(Passages.sentences(Passages.clean(text)), 50, PassagesTests::pieces);

        assertThat(passages).hasSizeGreaterThan(3).hasSizeLessThan(Passages.MAX_PASSAGES);
        assertThat(passages).allSatisfy(passage -> assertThat(pieces(passage)).isLessThanOrEqualTo(50));
        assertThat(String.join(" ", passages)).isEqualTo(Passages.clean(text));
    }

    @Test
    void tenMegabytesOfTextIsCutToABoundedNumberOfPassages() {
        String huge = "Regulation of public procurement in small councils. ".repeat(200_000);
        assertThat(huge.length()).isGreaterThan(10_000_000);

        String clean = Passages.clean(huge);
        List<String> passages = Passages.pack(Passages.sentences(clean), 200, PassagesTests::pieces);

        assertThat(clean.length()).isLessThanOrEqualTo(Passages.MAX_CHARS);
        assertThat(passages).hasSizeLessThanOrEqualTo(Passages.MAX_PASSAGES);
    }

    @Test
    void binaryJunkWithoutSpacesOrFullStopsStillBecomesPassagesUnderTheLimit() {
        byte[] junk = new byte[200_000];
        new Random(7).nextBytes(junk);
        String text = new String(junk, java.nio.charset.StandardCharsets.ISO_8859_1);

        List<String> passages = Passages.pack(Passages.sentences(Passages.clean(text)), 100, PassagesTests::pieces);

        assertThat(passages).isNotEmpty().hasSizeLessThanOrEqualTo(Passages.MAX_PASSAGES);
        assertThat(passages).allSatisfy(passage -> {
            assertThat(pieces(passage)).isLessThanOrEqualTo(100);
            assertThat(passage.chars().noneMatch(Character::isISOControl)).isTrue();
        });
    }

    @Test
    void emptyTextHasNoPassagesAndNoSummary() {
        assertThat(Passages.pack(Passages.sentences(Passages.clean("  \n\t ")), 100, PassagesTests::pieces))
                .isEmpty();
        assertThat(Summaries.of(List.of())).isEmpty();
    }
}
