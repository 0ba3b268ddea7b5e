package org.agorahub.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.agorahub.demo.DemoDataSeeder.DemoPerson;
import org.agorahub.demo.DemoDocuments.Generated;

/**
 * The demo seeder's documents for code outside this package (the benchmarks in {@code bench/}): the same generator,
 * the same usual mix of kinds and formats, so a benchmark measures the files a demo install holds.
 */
public final class DemoCorpus {

    /**
     * One generated file.
     *
     * @param format the format's name, as {@code FileKind} spells it (e.g. {@code DOCX}, {@code MARKDOWN})
     */
    public record File(String name, String format, String title, byte[] content) {}

    private DemoCorpus() {}

    /** {@code count} distinct documents; the same seed on the same day gives the same files. */
    public static List<File> files(int count, long seed) {
        DemoDocuments documents = new DemoDocuments(seed, LocalDate.now());
        List<String> people =
                DemoDataSeeder.PEOPLE.stream().map(DemoPerson::name).toList();
        List<File> files = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Generated document = documents.next(DemoTopics.ALL, people);
            files.add(new File(document.fileName(), document.format().name(), document.title(), document.bytes()));
        }
        return files;
    }
}
