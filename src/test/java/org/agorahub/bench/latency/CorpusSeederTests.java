package org.agorahub.bench.latency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorpusSeederTests {

    @Test
    void escapesValuesForCopyTextFormat() {
        assertThat(CopyWriter.escape(null)).isEqualTo("\\N");
        assertThat(CopyWriter.escape("plain words")).isEqualTo("plain words");
        assertThat(CopyWriter.escape("one\ntwo\tthree\\four\r")).isEqualTo("one\\ntwo\\tthree\\\\four\\r");
    }

    @Test
    void librarySharesAddUpToAllDocuments() {
        assertThat(CorpusSeeder.LIBRARIES.stream()
                        .mapToInt(CorpusSeeder.BenchLibrary::share)
                        .sum())
                .isEqualTo(100);
    }
}
