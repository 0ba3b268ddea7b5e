package org.agorahub.curation.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.agorahub.shared.RefusedException;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** What the zip check refuses as a whole, and which files it marks to skip, before anything is imported. */
class ZipScannerTests {

    private static final ImportSettings DEFAULTS =
            new ImportSettings(5000, DataSize.ofGigabytes(1), 100, Duration.ofMinutes(2));

    private final ZipScanner scanner = new ZipScanner(DEFAULTS);

    @Test
    void listsFilesWithTheirFoldersAndMarksWhatIsSkipped() {
        byte[] zip = Zips.of()
                .folder("Finance")
                .text("Finance/Budgets/plan.txt", "Plan")
                .text("Finance/.DS_Store", "x")
                .text("__MACOSX/Finance/._plan.txt", "x")
                .text("Finance/Thumbs.db", "x")
                .text("Finance/~$draft.docx", "x")
                .add("Finance/old.zip", Zips.of().text("a.txt", "a").bytes())
                .text("FINANCE/budgets/PLAN.txt", "Plan again")
                .text("./Policies//guide.md", "# Guide")
                .bytes();

        ZipScanner.Scan scan = scanner.scan(zip);

        assertThat(scan.entries())
                .extracting(ZipScanner.Entry::path, ZipScanner.Entry::skipReason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Finance/Budgets/plan.txt", null),
                        org.assertj.core.groups.Tuple.tuple("Finance/.DS_Store", "import.skip.hidden"),
                        org.assertj.core.groups.Tuple.tuple("__MACOSX/Finance/._plan.txt", "import.skip.hidden"),
                        org.assertj.core.groups.Tuple.tuple("Finance/Thumbs.db", "import.skip.hidden"),
                        org.assertj.core.groups.Tuple.tuple("Finance/~$draft.docx", "import.skip.hidden"),
                        org.assertj.core.groups.Tuple.tuple("Finance/old.zip", "import.skip.archive"),
                        org.assertj.core.groups.Tuple.tuple("FINANCE/budgets/PLAN.txt", "import.skip.duplicate"),
                        org.assertj.core.groups.Tuple.tuple("Policies/guide.md", null));
        // positions count every entry, folders included, so a second reading finds the same file
        assertThat(scan.entries().get(0).position()).isEqualTo(1);
        assertThat(scan.entries().get(0).folders()).containsExactly("Finance", "Budgets");
        assertThat(scan.entries().get(0).fileName()).isEqualTo("plan.txt");
    }

    @Test
    void refusesAWholeZipThatNamesAPathOutsideIt() {
        for (String name : new String[] {
            "Finance/../../etc/passwd.txt",
            "../escape.txt",
            "/etc/passwd.txt",
            "C:/Windows/win.ini",
            "c:evil.txt",
            "Finance\\..\\..\\evil.txt"
        }) {
            byte[] zip = Zips.of().text("fine.txt", "fine").text(name, "evil").bytes();
            assertThatThrownBy(() -> scanner.scan(zip)).as(name).isInstanceOfSatisfying(RefusedException.class, e -> {
                assertThat(e.messageKey()).isEqualTo("import.zip.unsafePath");
                assertThat(e.field()).isEqualTo("file");
            });
        }
    }

    @Test
    void refusesAZipBombByCountingWhileInflating() {
        byte[] bomb = Zips.bomb("Finance/huge.txt", 200);
        assertThat(bomb.length).isLessThan(1024 * 1024); // 200 MB that the headers would not warn of

        assertThatThrownBy(() -> scanner.scan(bomb)).isInstanceOfSatisfying(RefusedException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("import.zip.bomb");
            assertThat(e.arguments()).containsExactly("Finance/huge.txt");
        });
    }

    @Test
    void refusesAZipThatUnpacksToMoreThanTheLimitInAll() {
        ZipScanner small =
                new ZipScanner(new ImportSettings(5000, DataSize.ofMegabytes(1), 100, Duration.ofMinutes(2)));
        byte[] noise = new byte[300 * 1024];
        new java.util.Random(7).nextBytes(noise); // does not compress: no ratio to notice, only the total
        byte[] zip = Zips.of()
                .add("a.bin", noise)
                .add("b.bin", noise)
                .add("c.bin", noise)
                .add("d.bin", noise)
                .bytes();

        assertThatThrownBy(() -> small.scan(zip)).isInstanceOfSatisfying(RefusedException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("import.zip.tooLarge");
            assertThat(e.arguments()).containsExactly("1 MB");
        });
    }

    @Test
    void refusesAHundredThousandTinyFilesBeforeReadingThemAll() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < 100_000; i++) {
                zip.putNextEntry(new ZipEntry("tiny/" + i + ".txt"));
                zip.write('x');
                zip.closeEntry();
            }
        }

        assertThatThrownBy(() -> scanner.scan(out.toByteArray())).isInstanceOfSatisfying(RefusedException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("import.zip.tooManyEntries");
            assertThat(e.arguments()).containsExactly(5000);
        });
    }

    @Test
    void refusesWhatIsNotAReadableZip() {
        assertRefused("not a zip at all".getBytes(), "import.zip.notZip");
        assertRefused(new byte[0], "import.zip.missing");
        assertRefused(Zips.of().bytes(), "import.zip.empty");
        assertRefused(Zips.of().folder("Empty folder").bytes(), "import.zip.empty");
        byte[] whole = Zips.of().text("a.txt", "some text ".repeat(1000)).bytes();
        assertRefused(Arrays.copyOf(whole, whole.length / 3), "import.zip.corrupt");
    }

    @Test
    void readsNamesOfOldWindowsZipsInTheirCodePage() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, Charset.forName("IBM437"))) {
            zip.putNextEntry(new ZipEntry("Übersicht/Bericht.txt"));
            zip.write("Bericht".getBytes());
            zip.closeEntry();
        }

        ZipScanner.Scan scan = scanner.scan(out.toByteArray());

        assertThat(scan.entries()).extracting(ZipScanner.Entry::path).containsExactly("Übersicht/Bericht.txt");
        assertThat(scan.charset().name()).isEqualTo("IBM437");
    }

    @Test
    void capsTheCategoryTreeAtSixLevels() {
        assertThat(ImportService.categoryNames(java.util.List.of("a", "b", "c", "d", "e", "f", "g", "h")))
                .containsExactly("a", "b", "c", "d", "e", "f / g / h");
    }

    private void assertRefused(byte[] zip, String key) {
        assertThatThrownBy(() -> scanner.scan(zip))
                .as(key)
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
