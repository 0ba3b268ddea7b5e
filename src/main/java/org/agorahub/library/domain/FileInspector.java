package org.agorahub.library.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.apache.tika.sax.WriteOutContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Checks an upload before it is stored and reads its text for search.
 *
 * <p>The kind is decided by the bytes; the name only tells apart kinds the bytes cannot (text, Markdown, CSV and
 * HTML are all characters) and must agree with the content. Anything else is refused with a {@link
 * FileRejectedException}. Reading the text never refuses a file: a damaged, password-protected, slow or
 * overwhelming file comes back {@link ExtractionStatus#FAILED} with a reason, so it can still be stored.
 */
@Component
@EnableConfigurationProperties(InspectionSettings.class)
public class FileInspector implements AutoCloseable {

    static final String ENCRYPTED = "extraction.encrypted";
    static final String CORRUPT = "extraction.corrupt";
    static final String TIMEOUT = "extraction.timeout";
    static final String TOO_COMPLEX = "extraction.tooComplex";

    private static final Logger log = LoggerFactory.getLogger(FileInspector.class);

    private static final String ARCHIVE = "compressed archive";
    private static final int MAX_NAME_LENGTH = 200;
    private static final String ELLIPSIS = "…";

    // Office files and OpenDocument files are zips. Expanding one is checked before Tika opens it: text XML
    // compresses about 10:1, so an entry that expands more than 100 times (past the first megabyte), more entries
    // than any real document has, or more than a gigabyte in all is a zip bomb, not a document.
    private static final long MAX_EXPANSION_RATIO = 100;
    private static final long EXPANSION_GRACE_BYTES = 1024 * 1024;
    private static final long MAX_EXPANDED_BYTES = 1024L * 1024 * 1024;
    private static final int MAX_ZIP_ENTRIES = 10_000;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final MediaType PDF = MediaType.application("pdf");
    private static final MediaType RTF = MediaType.application("rtf");
    private static final MediaType ZIP = MediaType.APPLICATION_ZIP;
    private static final MediaType XML = MediaType.APPLICATION_XML;
    private static final MediaType XHTML = MediaType.application("xhtml+xml");
    private static final MediaType HTML = MediaType.text("html");
    private static final MediaType PROTECTED_OOXML = MediaType.application("x-tika-ooxml-protected");

    /** Container formats recognised from their bytes alone. */
    private static final Map<MediaType, FileKind> KINDS_BY_CONTENT = Map.ofEntries(
            Map.entry(PDF, FileKind.PDF),
            Map.entry(MediaType.parse(FileKind.DOCX.mediaType()), FileKind.DOCX),
            Map.entry(MediaType.parse(FileKind.XLSX.mediaType()), FileKind.XLSX),
            Map.entry(MediaType.parse(FileKind.PPTX.mediaType()), FileKind.PPTX),
            Map.entry(MediaType.parse(FileKind.ODT.mediaType()), FileKind.ODT),
            Map.entry(MediaType.parse(FileKind.ODS.mediaType()), FileKind.ODS),
            Map.entry(MediaType.parse(FileKind.ODP.mediaType()), FileKind.ODP),
            Map.entry(RTF, FileKind.RTF));

    private static final Set<FileKind> OOXML_KINDS = EnumSet.of(FileKind.DOCX, FileKind.XLSX, FileKind.PPTX);

    private static final String SUPPORTED = Arrays.stream(FileKind.values())
            .map(kind -> kind.label() + " (." + kind.extensions().stream().collect(Collectors.joining(", .")) + ")")
            .collect(Collectors.joining(", "));

    /** Embedded files (attachments, pasted objects) are left alone: less to go wrong, nothing nested. */
    private static final EmbeddedDocumentExtractor SKIP_EMBEDDED = new EmbeddedDocumentExtractor() {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {}
    };

    private final InspectionSettings settings;
    private final Detector detector = new DefaultDetector();
    private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();
    private final MediaTypeRegistry registry = mimeTypes.getMediaTypeRegistry();
    private final EncodingDetector encodingDetector = new DefaultEncodingDetector();
    private final Parser parser;
    private final ThreadPoolExecutor executor;

    @Autowired
    public FileInspector(InspectionSettings settings) {
        this(settings, null);
    }

    /** @param parser replaces Tika's parsers, for tests of a parser that never finishes; {@code null} for Tika's */
    FileInspector(InspectionSettings settings, Parser parser) {
        this.settings = settings;
        // Only the parsers for the accepted kinds: no external programs (OCR, ffmpeg) and nothing else to attack.
        this.parser = parser != null
                ? parser
                : new AutoDetectParser(
                        detector,
                        new PDFParser(),
                        new OOXMLParser(),
                        new OfficeParser(), // reports password-protected Office files
                        new OpenDocumentParser(),
                        new RTFParser(),
                        new JSoupParser());
        int threads = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
        AtomicInteger number = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(
                threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "file-inspector-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * Checks an upload and reads its text.
     *
     * @param originalFileName the name the browser sent, possibly with a path
     * @param content the whole file
     * @throws FileRejectedException if the file must not be stored
     */
    public InspectedFile inspect(String originalFileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw FileRejectedException.empty();
        }
        if (content.length > settings.maxFileSize().toBytes()) {
            throw FileRejectedException.tooLarge(forPeople(settings.maxFileSize()));
        }
        String fileName = cleanFileName(originalFileName);
        String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String sha256 = sha256(content);

        if (isZip(content) && expandsTooFar(content)) {
            // Not even Tika's type detection gets to open it, and nothing is stored (DESIGN.md "Files": archive
            // expansion is enforced before anything is stored).
            log.info("Upload {} of {} bytes expands too far; refused", sha256, content.length);
            throw new FileRejectedException("upload.rejected.bomb");
        }

        MediaType detected = detect(content);
        FileKind kind = kindOf(detected, extension, content);
        Extraction extraction = kind.textual() && kind != FileKind.HTML
                ? decode(content, fileName)
                : parse(content, fileName, kind == FileKind.HTML && !isHtml(detected) ? HTML : detected);
        if (extraction.problem() != null) {
            log.info("Text of upload {} ({}) could not be read: {}", sha256, kind, extraction.problem());
            return new InspectedFile(
                    fileName, kind, content.length, sha256, ExtractionStatus.FAILED, "", "", extraction.problem());
        }
        String text = tidy(extraction.text());
        ExtractionStatus status = text.isEmpty()
                ? ExtractionStatus.NO_TEXT
                : extraction.truncated() ? ExtractionStatus.TRUNCATED : ExtractionStatus.EXTRACTED;
        return new InspectedFile(fileName, kind, content.length, sha256, status, text, preview(text), null);
    }

    /** The largest file {@link #inspect} accepts, in bytes. */
    public long maxFileBytes() {
        return settings.maxFileSize().toBytes();
    }

    /** Stops the extraction threads; a parse still running is interrupted. */
    @Override
    public void close() {
        executor.shutdownNow();
    }

    // --- names

    /**
     * The last path component, whichever separator the uploader's system uses, without control or invisible
     * formatting characters (a right-to-left override can disguise {@code exe} as {@code pdf}), at most 200
     * characters with the extension kept.
     */
    static String cleanFileName(String original) {
        if (original == null) {
            throw FileRejectedException.unusableName();
        }
        String name = Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.length() >= 2 && name.charAt(1) == ':' && Character.isLetter(name.charAt(0))) {
            name = name.substring(2); // "C:report.pdf"
        }
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .forEach(kept::appendCodePoint);
        name = stripDotsAndSpaces(kept.toString());
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            throw FileRejectedException.unusableName(); // nothing left, or no extension to check the content against
        }
        if (name.length() > MAX_NAME_LENGTH) {
            String extension = name.substring(dot);
            if (extension.length() > 20) {
                throw FileRejectedException.unusableName();
            }
            String base = stripDotsAndSpaces(cut(name.substring(0, dot), MAX_NAME_LENGTH - extension.length()));
            name = base + extension;
        }
        return name;
    }

    private static String stripDotsAndSpaces(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && (name.charAt(start) == '.' || Character.isWhitespace(name.charAt(start)))) {
            start++;
        }
        while (end > start && (name.charAt(end - 1) == '.' || Character.isWhitespace(name.charAt(end - 1)))) {
            end--;
        }
        return name.substring(start, end);
    }

    // --- kinds

    private MediaType detect(byte[] content) {
        // No file name: what the bytes say, nothing else.
        try (TikaInputStream in = TikaInputStream.get(content)) {
            return detector.detect(in, new Metadata()).getBaseType();
        } catch (IOException e) {
            return MediaType.OCTET_STREAM;
        }
    }

    private FileKind kindOf(MediaType detected, String extension, byte[] content) {
        FileKind byContent = KINDS_BY_CONTENT.get(detected);
        if (byContent != null) {
            if (!byContent.accepts(extension)) {
                throw FileRejectedException.mismatch(byContent.label(), extension);
            }
            return byContent;
        }
        if (detected.equals(PROTECTED_OOXML)) {
            // The password hides which Office file it is; any of the three names is believable.
            return FileKind.forExtension(extension)
                    .filter(OOXML_KINDS::contains)
                    .orElseThrow(() -> refusal("password-protected Office document", extension));
        }
        if (isCharacters(detected, content)) {
            return FileKind.forExtension(extension)
                    .filter(FileKind::textual)
                    .orElseThrow(() -> FileRejectedException.mismatch(
                            isHtml(detected) ? FileKind.HTML.label() : FileKind.TXT.label(), extension));
        }
        throw refusal(describe(detected), extension);
    }

    /** A supported extension on other content is a mismatch; anything else is simply not supported. */
    private static FileRejectedException refusal(String detected, String extension) {
        return FileKind.forExtension(extension).isPresent()
                ? FileRejectedException.mismatch(detected, extension)
                : FileRejectedException.unsupported(detected, SUPPORTED);
    }

    private boolean isCharacters(MediaType detected, byte[] content) {
        if (isHtml(detected)) {
            return true;
        }
        if (detected.equals(XML) || registry.isSpecializationOf(detected, XML)) {
            return false; // XML is refused: nothing here parses it, so nothing can resolve its entities
        }
        if (detected.getType().equals("text") || registry.isSpecializationOf(detected, MediaType.TEXT_PLAIN)) {
            return true;
        }
        // Tika calls text with accented letters in a legacy encoding "octet-stream"; binary has control bytes.
        return detected.equals(MediaType.OCTET_STREAM) && looksLikeText(content);
    }

    private static boolean isHtml(MediaType detected) {
        return detected.equals(HTML) || detected.equals(XHTML);
    }

    private static boolean looksLikeText(byte[] content) {
        for (byte b : content) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A && b != 0x1B) {
                return false;
            }
        }
        return true;
    }

    private String describe(MediaType type) {
        String name = type.getBaseType().toString();
        String subtype = type.getSubtype();
        if (name.equals("application/msword")) {
            return "older Word document (.doc)";
        }
        if (name.equals("application/vnd.ms-excel")) {
            return "older Excel workbook (.xls)";
        }
        if (name.equals("application/vnd.ms-powerpoint")) {
            return "older PowerPoint presentation (.ppt)";
        }
        if (name.equals("application/x-tika-msoffice") || name.equals("application/x-tika-ooxml")) {
            return "Office document of an unsupported kind";
        }
        if (subtype.contains("macroenabled")) {
            return "Office document with macros";
        }
        if (name.equals("application/x-msdownload")
                || name.equals("application/x-dosexec")
                || name.equals("application/x-executable")
                || name.equals("application/x-sharedlib")
                || name.equals("application/x-mach-o-executable")
                || name.equals("application/java-archive")) {
            return "program";
        }
        if (type.getType().equals("image")) {
            return "picture";
        }
        if (type.getType().equals("audio")) {
            return "sound recording";
        }
        if (type.getType().equals("video")) {
            return "video";
        }
        if (type.equals(XML) || registry.isSpecializationOf(type, XML)) {
            return "XML file";
        }
        if (type.equals(ZIP)
                || name.equals("application/x-7z-compressed")
                || name.equals("application/x-rar-compressed")
                || name.equals("application/gzip")
                || name.equals("application/x-tar")) {
            return ARCHIVE;
        }
        try {
            String description = mimeTypes.forName(name).getDescription();
            if (description != null && !description.isBlank()) {
                return description;
            }
        } catch (MimeTypeException e) {
            // fall through
        }
        return "unknown kind of file";
    }

    // --- zip bombs

    private static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    /**
     * Inflates every entry into nothing, counting, and stops at the first limit passed: a bomb costs about a
     * megabyte of inflating. A zip this cannot read is left to Tika, which will report it damaged.
     */
    static boolean expandsTooFar(byte[] content) {
        CountingInput counted = new CountingInput(content);
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(counted)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    return true;
                }
                long compressedStart = counted.position();
                long expanded = 0;
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    expanded += n;
                    total += n;
                    long compressed = Math.max(1, counted.position() - compressedStart);
                    if (total > MAX_EXPANDED_BYTES
                            || (expanded > EXPANSION_GRACE_BYTES && expanded / compressed > MAX_EXPANSION_RATIO)) {
                        return true;
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return false;
    }

    /** How far a zip reader has got through the compressed bytes. */
    private static final class CountingInput extends ByteArrayInputStream {

        CountingInput(byte[] content) {
            super(content);
        }

        long position() {
            return pos;
        }
    }

    // --- text

    /** Text kinds are read as characters, not parsed: nothing in them can be resolved or run. */
    private Extraction decode(byte[] content, String fileName) {
        String text = characters(content, fileName);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.length() > settings.maxExtractedCharacters()) {
            return new Extraction(cut(text, settings.maxExtractedCharacters()), true, null);
        }
        return new Extraction(text, false, null);
    }

    /** UTF-8 when the bytes are valid UTF-8 (most files today), else what a byte-order mark or Tika says. */
    private String characters(byte[] content, String fileName) {
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            return new String(content, StandardCharsets.UTF_16BE);
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            return new String(content, StandardCharsets.UTF_16LE);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
            Charset charset = WINDOWS_1252;
            try (TikaInputStream in = TikaInputStream.get(content)) {
                Charset detected = encodingDetector.detect(in, metadata);
                charset = detected != null ? detected : WINDOWS_1252;
            } catch (IOException e) {
                // keep the usual legacy encoding of Western European text
            }
            return new String(content, charset);
        }
    }

    private Extraction parse(byte[] content, String fileName, MediaType type) {
        ParseTask task = new ParseTask(
                content, fileName, type, settings.extractionTimeout().toNanos());
        Future<Extraction> result;
        try {
            result = executor.submit(task);
        } catch (RejectedExecutionException e) {
            return Extraction.failed(TIMEOUT); // shutting down
        }
        try {
            // The limit is for reading; a file waiting for a free thread waits at most as long again.
            if (!task.started.await(settings.extractionTimeout().toNanos(), TimeUnit.NANOSECONDS)) {
                result.cancel(true);
                return Extraction.failed(TIMEOUT);
            }
            return result.get(Math.max(0, task.deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            result.cancel(true); // interrupts the thread; the deadline check below makes Tika's parsers stop
            return Extraction.failed(TIMEOUT);
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            return Extraction.failed(TIMEOUT);
        } catch (ExecutionException e) {
            String problem = problemOf(e.getCause());
            if (e.getCause() instanceof Error) {
                log.warn("Text extraction stopped by an error ({})", problem, e.getCause());
            } else {
                log.debug("Text extraction failed ({})", problem, e.getCause());
            }
            return Extraction.failed(problem);
        }
    }

    private static String problemOf(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof DeadlinePassed) {
                return TIMEOUT;
            }
            if (t instanceof EncryptedDocumentException) {
                return ENCRYPTED;
            }
            if (t instanceof TikaMemoryLimitException
                    || t instanceof StackOverflowError
                    || t instanceof OutOfMemoryError) {
                return TOO_COMPLEX;
            }
            // Tika's SecureContentHandler (nesting, output far beyond input) and POI's zip checks say this.
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb detected")) {
                return TOO_COMPLEX;
            }
        }
        return CORRUPT;
    }

    private final class ParseTask implements Callable<Extraction> {

        final CountDownLatch started = new CountDownLatch(1);
        volatile long deadline;
        private final byte[] content;
        private final String fileName;
        private final MediaType type;
        private final long timeoutNanos;

        ParseTask(byte[] content, String fileName, MediaType type, long timeoutNanos) {
            this.content = content;
            this.fileName = fileName;
            this.type = type;
            this.timeoutNanos = timeoutNanos;
        }

        @Override
        public Extraction call() throws Exception {
            deadline = System.nanoTime() + timeoutNanos;
            started.countDown();
            StringWriter text = new StringWriter();
            ContentHandler handler = new DeadlineHandler(
                    new BodyContentHandler(new WriteOutContentHandler(text, settings.maxExtractedCharacters())),
                    deadline);
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
            // Parse as the kind already decided, not as whatever detection with a file name would say.
            metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, type.toString());
            ParseContext context = new ParseContext();
            context.set(EmbeddedDocumentExtractor.class, SKIP_EMBEDDED);
            PDFParserConfig pdf = new PDFParserConfig();
            pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
            pdf.setExtractInlineImages(false);
            context.set(PDFParserConfig.class, pdf);
            try (TikaInputStream in = TikaInputStream.get(content)) {
                parser.parse(in, handler, metadata, context);
            } catch (IOException | SAXException | TikaException | RuntimeException e) {
                if (WriteLimitReachedException.isWriteLimitReached(e)) {
                    return new Extraction(text.toString(), true, null);
                }
                throw e;
            }
            return new Extraction(text.toString(), false, null);
        }
    }

    /**
     * Stops a parse that runs past its time or whose thread was interrupted, at the next piece of output; and ends
     * every block (paragraph, heading, list item, table cell…) with a line break when the parser did not write one,
     * so that a heading and the paragraph after it do not run together into one word ("valuePractical"), which
     * neither search nor a reader could use. Some parsers (OpenDocument headings, for one) write none.
     */
    private static final class DeadlineHandler extends ContentHandlerDecorator {

        private static final Set<String> BLOCKS = Set.of(
                "p",
                "h1",
                "h2",
                "h3",
                "h4",
                "h5",
                "h6",
                "li",
                "dt",
                "dd",
                "div",
                "tr",
                "td",
                "th",
                "br",
                "title",
                "blockquote",
                "pre",
                "table",
                "ul",
                "ol");
        private static final char[] LINE_BREAK = {'\n'};

        private final long deadline;
        private boolean endsWithSpace = true;

        DeadlineHandler(ContentHandler handler, long deadline) {
            super(handler);
            this.deadline = deadline;
        }

        @Override
        public void endElement(String uri, String localName, String name) throws SAXException {
            if (!endsWithSpace && BLOCKS.contains(localName)) {
                characters(LINE_BREAK, 0, 1);
            }
            super.endElement(uri, localName, name);
        }

        private void check() throws SAXException {
            if (System.nanoTime() - deadline > 0 || Thread.currentThread().isInterrupted()) {
                throw new DeadlinePassed();
            }
        }

        @Override
        public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
            check();
            super.startElement(uri, localName, name, atts);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            check();
            if (length > 0) {
                endsWithSpace = Character.isWhitespace(ch[start + length - 1]);
            }
            super.characters(ch, start, length);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            check();
            if (length > 0) {
                endsWithSpace = true;
            }
            super.ignorableWhitespace(ch, start, length);
        }
    }

    private static final class DeadlinePassed extends SAXException {

        private static final long serialVersionUID = 1L;

        DeadlinePassed() {
            super("extraction time limit passed");
        }
    }

    private record Extraction(String text, boolean truncated, String problem) {

        static Extraction failed(String problem) {
            return new Extraction("", false, problem);
        }
    }

    /**
     * Tidies whitespace for search and preview: one kind of line break, runs of spaces and tabs as one space,
     * no control characters (PostgreSQL refuses NUL in text), and at most one blank line in a row.
     */
    static String tidy(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean blankLinePending = false;
        int lineStart = 0;
        int length = raw.length();
        while (lineStart <= length) {
            int lineEnd = lineStart;
            while (lineEnd < length && raw.charAt(lineEnd) != '\n' && raw.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            String line = tidyLine(raw, lineStart, lineEnd);
            if (line.isEmpty()) {
                blankLinePending = out.length() > 0;
            } else {
                if (out.length() > 0) {
                    out.append(blankLinePending ? "\n\n" : "\n");
                }
                out.append(line);
                blankLinePending = false;
            }
            if (lineEnd < length
                    && raw.charAt(lineEnd) == '\r'
                    && lineEnd + 1 < length
                    && raw.charAt(lineEnd + 1) == '\n') {
                lineEnd++;
            }
            lineStart = lineEnd + 1;
        }
        return out.toString();
    }

    private static String tidyLine(String raw, int start, int end) {
        StringBuilder line = new StringBuilder(end - start);
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = line.length() > 0;
            } else if (!Character.isISOControl(c) && c != '\uFEFF') {
                if (space) {
                    line.append(' ');
                    space = false;
                }
                line.append(c);
            }
        }
        return line.toString();
    }

    /** The start of the text on one line, cut after a whole word when there is more. */
    private String preview(String text) {
        int limit = settings.previewCharacters();
        // Line breaks become spaces, so take enough of the text to fill the preview after that.
        String flat = text.substring(0, Math.min(text.length(), 2 * limit + 2)).replaceAll("\\s+", " ");
        if (flat.length() <= limit) {
            return flat;
        }
        if (limit == 0) {
            return "";
        }
        String start = cut(flat, limit - 1);
        int space = start.lastIndexOf(' ');
        boolean wholeWord = flat.charAt(start.length()) == ' ';
        if (!wholeWord && space > limit / 2) {
            start = start.substring(0, space);
        }
        return start.replaceAll("[\\s,;:.\\-–—]+$", "") + ELLIPSIS;
    }

    /** The first {@code max} characters, not splitting a character outside the basic plane. */
    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    // --- small things

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** "50 MB", "1.5 MB", "800 KB". */
    static String forPeople(DataSize size) {
        long bytes = size.toBytes();
        if (bytes >= DataSize.ofMegabytes(1).toBytes()) {
            return amount(bytes / (1024.0 * 1024)) + " MB";
        }
        if (bytes >= DataSize.ofKilobytes(1).toBytes()) {
            return amount(bytes / 1024.0) + " KB";
        }
        return bytes + " bytes";
    }

    private static String amount(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
