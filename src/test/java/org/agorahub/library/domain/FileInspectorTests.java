package org.agorahub.library.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import org.xml.sax.ContentHandler;

class FileInspectorTests {

    private static final InspectionSettings DEFAULTS =
            new InspectionSettings(DataSize.ofMegabytes(50), 1_000_000, Duration.ofSeconds(30), 600);

    private FileInspector inspector;

    @AfterEach
    void close() {
        if (inspector != null) {
            inspector.close();
        }
    }

    private void use(InspectionSettings settings) {
        use(new FileInspector(settings));
    }

    private void use(FileInspector replacement) {
        close();
        inspector = replacement;
    }

    private InspectedFile inspect(String name, byte[] content) {
        if (inspector == null) {
            inspector = new FileInspector(DEFAULTS);
        }
        return inspector.inspect(name, content);
    }

    private FileRejectedException rejection(String name, byte[] content) {
        return catchThrowableOfType(FileRejectedException.class, () -> inspect(name, content));
    }

    @Nested
    class EverySupportedFormatGivesItsText {

        @Test
        void pdf() {
            assertRead(
                    "minutes.pdf",
                    TestFiles.pdf("The cycling committee met on Tuesday."),
                    FileKind.PDF,
                    "The cycling committee met on Tuesday.");
        }

        @Test
        void wordDocument() {
            assertRead(
                    "minutes.docx",
                    TestFiles.docx("Parking permits are renewed every spring."),
                    FileKind.DOCX,
                    "Parking permits are renewed every spring.");
        }

        @Test
        void excelWorkbook() {
            assertRead(
                    "budget.xlsx", TestFiles.xlsx("Road maintenance budget"), FileKind.XLSX, "Road maintenance budget");
        }

        @Test
        void powerPointPresentation() {
            assertRead(
                    "talk.pptx",
                    TestFiles.pptx("Welcome to the onboarding day"),
                    FileKind.PPTX,
                    "Welcome to the onboarding day");
        }

        @Test
        void openDocumentText() {
            assertRead(
                    "policy.odt",
                    TestFiles.odt("Library opening hours change in May."),
                    FileKind.ODT,
                    "Library opening hours change in May.");
        }

        @Test
        void headingsParagraphsAndCellsStaySeparateWords() {
            InspectedFile odt = inspect(
                    "guide.odt",
                    TestFiles.odfPackage(
                            "text",
                            TestFiles.odfContent("<office:text><text:h text:outline-level=\"1\">Social value</text:h>"
                                    + "<text:p>Practical guidance</text:p><text:p>Next step</text:p></office:text>")));
            InspectedFile docx = inspect("notes.docx", TestFiles.docx("First paragraph", "Second paragraph"));
            InspectedFile ods = inspect("sheet.ods", TestFiles.ods("Budget"));

            assertThat(odt.text().split("\\s+")).contains("value", "Practical", "guidance", "Next");
            assertThat(docx.text().split("\\s+")).contains("paragraph", "Second");
            assertThat(ods.text()).contains("Budget");
        }

        @Test
        void openDocumentSpreadsheet() {
            assertRead(
                    "figures.ods", TestFiles.ods("Waste collection figures"), FileKind.ODS, "Waste collection figures");
        }

        @Test
        void openDocumentPresentation() {
            assertRead(
                    "slides.odp", TestFiles.odp("Digital services roadmap"), FileKind.ODP, "Digital services roadmap");
        }

        @Test
        void plainText() {
            assertRead(
                    "notes.txt",
                    TestFiles.text("Remember to book the council chamber.\n"),
                    FileKind.TXT,
                    "Remember to book the council chamber.");
        }

        @Test
        void markdown() {
            assertRead(
                    "readme.md",
                    TestFiles.text("# Guide\n\nHow to request a new laptop.\n"),
                    FileKind.MARKDOWN,
                    "How to request a new laptop.");
        }

        @Test
        void webPageWithoutItsScriptsOrStyles() {
            InspectedFile file = assertRead(
                    "page.html",
                    TestFiles.text("<!DOCTYPE html><html><head><title>Intranet</title>"
                            + "<script>document.write('hidden script text')</script>"
                            + "<style>p { color: red }</style></head>"
                            + "<body><h1>Notice</h1><p>The canteen closes early on Friday.</p></body></html>"),
                    FileKind.HTML,
                    "The canteen closes early on Friday.");

            assertThat(file.text()).doesNotContain("hidden script text", "color", "<p>");
        }

        @Test
        void csvTable() {
            assertRead(
                    "staff.csv",
                    TestFiles.text("name,team\nAda Lovelace,Analytics\n"),
                    FileKind.CSV,
                    "Ada Lovelace,Analytics");
        }

        @Test
        void richText() {
            assertRead(
                    "letter.rtf",
                    TestFiles.rtf("Thank you for your application."),
                    FileKind.RTF,
                    "Thank you for your application.");
        }

        private InspectedFile assertRead(String name, byte[] content, FileKind kind, String sentence) {
            InspectedFile file = inspect(name, content);

            assertThat(file.fileName()).isEqualTo(name);
            assertThat(file.kind()).isEqualTo(kind);
            assertThat(file.size()).isEqualTo(content.length);
            assertThat(file.extraction()).isEqualTo(ExtractionStatus.EXTRACTED);
            assertThat(file.text()).contains(sentence);
            assertThat(file.preview()).contains(sentence);
            assertThat(file.extractionProblem()).isNull();
            return file;
        }
    }

    @Nested
    class TextFiles {

        @Test
        void inAnOlderEncodingAreReadWithTheirAccents() {
            String sentence = "Le café du personnel sera fermé à partir de la semaine prochaine, "
                    + "les réunions auront lieu dans la salle d'été près de l'entrée.";

            InspectedFile file = inspect("avis.txt", sentence.getBytes(StandardCharsets.ISO_8859_1));

            assertThat(file.kind()).isEqualTo(FileKind.TXT);
            assertThat(file.text()).isEqualTo(sentence);
        }

        @Test
        void aWebPageFragmentIsReadAsAWebPage() {
            InspectedFile file = inspect("snippet.htm", TestFiles.text("<p>Office <b>closed</b> on Monday</p>"));

            assertThat(file.kind()).isEqualTo(FileKind.HTML);
            assertThat(file.text()).isEqualTo("Office closed on Monday");
        }

        @Test
        void htmlNamedAsTextIsKeptAsText() {
            InspectedFile file =
                    inspect("page.txt", TestFiles.text("<!DOCTYPE html><html><body><p>Hello</p></body></html>"));

            assertThat(file.kind()).isEqualTo(FileKind.TXT);
            assertThat(file.text()).contains("<p>Hello</p>");
        }

        @Test
        void haveTheirWhitespaceTidied() {
            InspectedFile file =
                    inspect("notes.txt", TestFiles.text("  First\tline   here  \r\n\r\n\r\n\n\nSecond line\n\n"));

            assertThat(file.text()).isEqualTo("First line here\n\nSecond line");
        }

        @Test
        void withOnlyWhitespaceHaveNoText() {
            InspectedFile file = inspect("blank.txt", TestFiles.text(" \n\n\t \n"));

            assertThat(file.extraction()).isEqualTo(ExtractionStatus.NO_TEXT);
            assertThat(file.text()).isEmpty();
            assertThat(file.preview()).isEmpty();
        }
    }

    @Test
    void aDeeplyNestedWebPageIsStillRead() {
        String nested = "<div>".repeat(5000) + "Deep inside" + "</div>".repeat(5000);

        InspectedFile file = inspect("deep.html", TestFiles.text("<html><body>" + nested + "</body></html>"));

        assertThat(file.extraction()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(file.text()).isEqualTo("Deep inside");
    }

    @Test
    void textLosesControlCharacters() {
        // PostgreSQL refuses NUL in text; parsers of damaged files can produce it.
        assertThat(FileInspector.tidy("Sum\u0000mary\u0007 of\u000B the year")).isEqualTo("Summary of the year");
    }

    @Test
    void aPdfWithoutTextIsKeptWithNoText() {
        InspectedFile file = inspect("scan.pdf", TestFiles.pdf());

        assertThat(file.kind()).isEqualTo(FileKind.PDF);
        assertThat(file.extraction()).isEqualTo(ExtractionStatus.NO_TEXT);
        assertThat(file.text()).isEmpty();
        assertThat(file.extractionProblem()).isNull();
    }

    @Test
    void theDigestIdentifiesTheBytes() {
        InspectedFile file = inspect("abc.txt", TestFiles.text("abc"));

        assertThat(file.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Nested
    class LongText {

        @Test
        void isCutAtTheLimitAndMarkedTruncated() {
            use(new InspectionSettings(DataSize.ofMegabytes(50), 1000, Duration.ofSeconds(30), 600));
            String paragraph = "Every department reports its spending to the finance team each quarter.";
            String[] paragraphs = new String[200];
            Arrays.fill(paragraphs, paragraph);

            InspectedFile word = inspect("report.docx", TestFiles.docx(paragraphs));
            InspectedFile text = inspect("report.txt", TestFiles.text(String.join("\n", paragraphs)));

            for (InspectedFile file : new InspectedFile[] {word, text}) {
                assertThat(file.extraction()).isEqualTo(ExtractionStatus.TRUNCATED);
                assertThat(file.text()).startsWith(paragraph).hasSizeLessThanOrEqualTo(1000);
                assertThat(file.extractionProblem()).isNull();
            }
        }

        @Test
        void hasAPreviewEndingAtAWholeWord() {
            use(new InspectionSettings(DataSize.ofMegabytes(50), 1_000_000, Duration.ofSeconds(30), 36));

            InspectedFile file = inspect(
                    "notes.txt",
                    TestFiles.text("The annual staff survey\nopens on Monday and closes two weeks later."));

            assertThat(file.preview()).isEqualTo("The annual staff survey opens on…");
            assertThat(file.text()).startsWith("The annual staff survey\nopens");
        }

        @Test
        void hasAPreviewOfShortTextOnOneLineWithoutEllipsis() {
            use(new InspectionSettings(DataSize.ofMegabytes(50), 1_000_000, Duration.ofSeconds(30), 40));

            InspectedFile file =
                    inspect("notes.txt", TestFiles.text("Agenda\n\n\nOne\n\nTwo\n\nThree\n\nFour\n\nFive"));

            assertThat(file.preview()).isEqualTo("Agenda One Two Three Four Five");
        }
    }

    @Nested
    class FilesWhoseTextCannotBeReadAreStillKept {

        @Test
        void aPasswordProtectedPdf() {
            InspectedFile file = inspect("secret.pdf", TestFiles.encryptedPdf("Salaries for next year."));

            assertFailed(file, FileKind.PDF, FileInspector.ENCRYPTED);
        }

        @Test
        void aPasswordProtectedWordDocument() {
            InspectedFile file = inspect("secret.docx", TestFiles.passwordProtectedDocx("Salaries for next year."));

            assertFailed(file, FileKind.DOCX, FileInspector.ENCRYPTED);
        }

        @Test
        void aDamagedWordDocument() {
            byte[] damaged = TestFiles.truncated(TestFiles.docx("Paragraph one.", "Paragraph two."));

            InspectedFile file = inspect("damaged.docx", damaged);

            assertFailed(file, FileKind.DOCX, FileInspector.CORRUPT);
            assertThat(file.size()).isEqualTo(damaged.length);
        }

        @Test
        void aZipBombDisguisedAsAWordDocument() {
            byte[] bomb = TestFiles.zipBombDocx(256);
            assertThat(bomb.length).isLessThan(1024 * 1024); // 256 MB of content in under a megabyte

            assertThatThrownBy(() -> inspect("bomb.docx", bomb))
                    .isInstanceOfSatisfying(
                            FileRejectedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("upload.rejected.bomb"));
        }

        @Test
        void aDocumentThatTakesLongerThanTheTimeLimit() {
            use(new InspectionSettings(DataSize.ofMegabytes(50), 1_000_000, Duration.ofMillis(1), 600));
            String[] paragraphs = new String[3000];
            Arrays.fill(paragraphs, "A paragraph that takes a moment to read.");

            InspectedFile file = inspect("long.docx", TestFiles.docx(paragraphs));

            assertFailed(file, FileKind.DOCX, FileInspector.TIMEOUT);
        }

        /** Through the package-private parser hook: a parser that never finishes unless interrupted. */
        @Test
        void aParserThatNeverFinishesIsInterrupted() throws InterruptedException {
            CountDownLatch interrupted = new CountDownLatch(1);
            Parser stuck = new Parser() {
                @Override
                public Set<MediaType> getSupportedTypes(ParseContext context) {
                    return Set.of();
                }

                @Override
                public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
                        throws IOException {
                    try {
                        new CountDownLatch(1).await();
                    } catch (InterruptedException e) {
                        interrupted.countDown();
                        throw new InterruptedIOException();
                    }
                }
            };
            use(new FileInspector(
                    new InspectionSettings(DataSize.ofMegabytes(50), 1_000_000, Duration.ofMillis(200), 600), stuck));

            InspectedFile file = inspect("report.pdf", TestFiles.pdf("Anything"));

            assertFailed(file, FileKind.PDF, FileInspector.TIMEOUT);
            assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
        }

        private void assertFailed(InspectedFile file, FileKind kind, String problem) {
            assertThat(file.kind()).isEqualTo(kind);
            assertThat(file.extraction()).isEqualTo(ExtractionStatus.FAILED);
            assertThat(file.extractionProblem()).isEqualTo(problem);
            assertThat(file.text()).isEmpty();
            assertThat(file.preview()).isEmpty();
            assertThat(file.sha256()).hasSize(64);
        }
    }

    @Nested
    class ExternalEntitiesAreNeverResolved {

        private static final String SECRET = "SECRET-7f3a9c-DO-NOT-LEAK";

        @TempDir
        Path folder;

        private Path secretFile() throws IOException {
            return Files.writeString(folder.resolve("secret.txt"), SECRET);
        }

        @Test
        void anXmlFileIsRefused() throws IOException {
            String xml = "<?xml version=\"1.0\"?>" + TestFiles.externalEntityDoctype("note", secretFile())
                    + "<note>&secret;</note>";

            FileRejectedException rejected = rejection("note.xml", TestFiles.text(xml));

            assertThat(rejected.messageKey()).isEqualTo("upload.rejected.unsupported");
            assertThat(rejected.arguments()[0]).isEqualTo("XML file");
        }

        @Test
        void inAWordDocument() throws IOException {
            String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>"
                    + TestFiles.externalEntityDoctype("w:document", secretFile())
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body><w:p><w:r><w:t>Before &secret; after</w:t></w:r></w:p></w:body></w:document>";
            byte[] docx = TestFiles.withEntry(TestFiles.docx("placeholder"), "word/document.xml", document);

            InspectedFile file = inspect("letter.docx", docx);

            // Office files never have a DOCTYPE; the parser refuses it, and the file is kept without text.
            assertThat(file.kind()).isEqualTo(FileKind.DOCX);
            assertThat(file.extraction()).isEqualTo(ExtractionStatus.FAILED);
            assertThat(file.extractionProblem()).isEqualTo(FileInspector.CORRUPT);
            assertThat(file.text() + file.preview()).doesNotContain(SECRET);
        }

        @Test
        void inAnOpenDocumentText() throws IOException {
            String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + TestFiles.externalEntityDoctype("office:document-content", secretFile())
                    + "<office:document-content"
                    + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                    + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
                    + "<office:body><office:text><text:p>Before &secret; after</text:p></office:text>"
                    + "</office:body></office:document-content>";

            InspectedFile file = inspect("letter.odt", TestFiles.odfPackage("text", content));

            assertThat(file.kind()).isEqualTo(FileKind.ODT);
            assertThat(file.text()).contains("Before", "after");
            assertThat(file.text() + file.preview()).doesNotContain(SECRET);
        }

        @Test
        void inAnXhtmlPage() throws IOException {
            String page = "<?xml version=\"1.0\"?>" + TestFiles.externalEntityDoctype("html", secretFile())
                    + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Before &secret; after</p></body></html>";

            InspectedFile file = inspect("page.html", TestFiles.text(page));

            assertThat(file.kind()).isEqualTo(FileKind.HTML);
            assertThat(file.text()).contains("Before");
            assertThat(file.text() + file.preview()).doesNotContain(SECRET);
        }

        /** The form data inside a PDF (XFA) is XML too: the route of CVE-2025-66516 in Tika before 3.2.2. */
        @Test
        void inThePdfFormData() throws IOException {
            InspectedFile plain = inspect("form.pdf", TestFiles.xfaPdf(TestFiles.xdp("", "Before and after")));
            InspectedFile attack = inspect(
                    "form.pdf",
                    TestFiles.xfaPdf(TestFiles.xdp(
                            TestFiles.externalEntityDoctype("xdp:xdp", secretFile()), "Before &secret; after")));

            assertThat(plain.text()).contains("Before and after"); // the form data is read...
            assertThat(attack.kind()).isEqualTo(FileKind.PDF); // ...but never what an entity points at
            assertThat(attack.text() + attack.preview()).doesNotContain(SECRET);
        }
    }

    @Nested
    class RefusedUploads {

        @Test
        void anEmptyFile() {
            assertThat(rejection("empty.pdf", new byte[0]).messageKey()).isEqualTo("upload.rejected.empty");
        }

        @Test
        void aFileOverTheSizeLimit() {
            use(new InspectionSettings(DataSize.ofKilobytes(1), 1_000_000, Duration.ofSeconds(30), 600));

            FileRejectedException rejected = rejection("big.txt", TestFiles.text("x".repeat(1025)));

            assertThat(rejected.messageKey()).isEqualTo("upload.rejected.tooLarge");
            assertThat(rejected.arguments()).containsExactly("1 KB");
        }

        @Test
        void theDefaultSizeLimitReadsAsFiftyMegabytes() {
            assertThat(FileInspector.forPeople(DEFAULTS.maxFileSize())).isEqualTo("50 MB");
        }

        @Test
        void aPdfNamedAsAWordDocument() {
            FileRejectedException rejected = rejection("report.docx", TestFiles.pdf("Hello"));

            assertThat(rejected.messageKey()).isEqualTo("upload.rejected.mismatch");
            assertThat(rejected.arguments()).containsExactly("PDF", "docx");
        }

        @Test
        void aWindowsProgramNamedAsAPdf() {
            FileRejectedException rejected = rejection("invoice.pdf", TestFiles.windowsProgram());

            assertThat(rejected.messageKey()).isEqualTo("upload.rejected.mismatch");
            assertThat(rejected.arguments()).containsExactly("program", "pdf");
        }

        @Test
        void aPictureNamedAsText() {
            FileRejectedException rejected = rejection("notes.txt", TestFiles.png());

            assertThat(rejected.messageKey()).isEqualTo("upload.rejected.mismatch");
            assertThat(rejected.arguments()).containsExactly("picture", "txt");
        }

        @Test
        void aZipNamedAsAWordDocument() {
            FileRejectedException rejected = rejection("report.docx", TestFiles.zipOfNoise());

            assertThat(rejected.messageKey()).isEqualTo("upload.rejected.mismatch");
            assertThat(rejected.arguments()).containsExactly("compressed archive", "docx");
        }

        @Test
        void textNamedAsAPdf() {
            FileRejectedException rejected = rejection("report.pdf", TestFiles.text("Just some words."));

            assertThat(rejected.messageKey()).isEqualTo("upload.rejected.mismatch");
            assertThat(rejected.arguments()).containsExactly("Plain text", "pdf");
        }

        @Test
        void anOlderWordDocumentWithTheListOfWhatIsSupported() {
            FileRejectedException rejected = rejection("memo.doc", TestFiles.legacyDoc());

            assertThat(rejected.messageKey()).isEqualTo("upload.rejected.unsupported");
            assertThat(rejected.arguments()[0]).isEqualTo("older Word document (.doc)");
            assertThat((String) rejected.arguments()[1])
                    .contains("PDF (.pdf)", "Word document (.docx)", "Markdown (.md, .markdown)", "Rich text (.rtf)");
        }

        @Test
        void aProgramWithItsOwnName() {
            FileRejectedException rejected = rejection("setup.exe", TestFiles.windowsProgram());

            assertThat(rejected.messageKey()).isEqualTo("upload.rejected.unsupported");
            assertThat(rejected.arguments()[0]).isEqualTo("program");
        }

        @Test
        void aNameWithoutAnExtensionOrWithNothingLeft() {
            for (String name : new String[] {"/etc/passwd", "..", "../..", "   ", ".pdf", "report.", "\u0000\u0007"}) {
                assertThat(rejection(name, TestFiles.text("hello")).messageKey())
                        .as(name)
                        .isEqualTo("upload.rejected.name");
            }
            assertThat(rejection(null, TestFiles.text("hello")).messageKey()).isEqualTo("upload.rejected.name");
        }
    }

    @Nested
    class FileNames {

        @Test
        void keepOnlyTheLastPartOfAnyPath() {
            assertThat(nameOf("..\\..\\budget.txt")).isEqualTo("budget.txt");
            assertThat(nameOf("../../../etc/budget.txt")).isEqualTo("budget.txt");
            assertThat(nameOf("C:\\Users\\ada\\Documents\\budget.txt")).isEqualTo("budget.txt");
            assertThat(nameOf("C:budget.txt")).isEqualTo("budget.txt");
            assertThat(nameOf("/home/ada/budget.txt")).isEqualTo("budget.txt");
        }

        @Test
        void loseControlAndInvisibleCharacters() {
            assertThat(nameOf("  bud\u0000get\r\n.txt  ")).isEqualTo("budget.txt");
            // A right-to-left override would show "invoice\u202Etxt.exe" as "invoiceexe.txt".
            assertThat(nameOf("notes\u202Eexe.txt")).isEqualTo("notesexe.txt");
        }

        @Test
        void areShortenedKeepingTheExtension() {
            String name = nameOf("a".repeat(300) + ".txt");

            assertThat(name).hasSize(200).endsWith("a.txt");
        }

        private String nameOf(String original) {
            return inspect(original, TestFiles.text("hello")).fileName();
        }
    }
}
