package org.agorahub.library.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a library accepts. The kind is decided from the file's content, and the name must agree (see
 * {@link FileInspector}).
 */
public enum FileKind {
    PDF("PDF", "application/pdf", false, "pdf"),
    DOCX("Word document", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", false, "docx"),
    XLSX("Excel workbook", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false, "xlsx"),
    PPTX(
            "PowerPoint presentation",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            false,
            "pptx"),
    ODT("OpenDocument text", "application/vnd.oasis.opendocument.text", false, "odt"),
    ODS("OpenDocument spreadsheet", "application/vnd.oasis.opendocument.spreadsheet", false, "ods"),
    ODP("OpenDocument presentation", "application/vnd.oasis.opendocument.presentation", false, "odp"),
    TXT("Plain text", "text/plain; charset=UTF-8", true, "txt", "text"),
    MARKDOWN("Markdown", "text/markdown; charset=UTF-8", true, "md", "markdown"),
    /** Served like every download, as an attachment with {@code nosniff}: never rendered inside Agora. */
    HTML("Web page (HTML)", "text/html; charset=UTF-8", true, "html", "htm"),
    CSV("CSV table", "text/csv; charset=UTF-8", true, "csv"),
    RTF("Rich text", "application/rtf", false, "rtf");

    private final String label;
    private final String mediaType;
    private final boolean textual;
    private final List<String> extensions;

    FileKind(String label, String mediaType, boolean textual, String... extensions) {
        this.label = label;
        this.mediaType = mediaType;
        this.textual = textual;
        this.extensions = List.of(extensions);
    }

    /** What users call this kind of file, e.g. "Word document". */
    public String label() {
        return label;
    }

    /** The media type to send on download, whatever the uploader's browser claimed. */
    public String mediaType() {
        return mediaType;
    }

    /** Extensions (lower case, without the dot) a file of this kind may have; the first is the usual one. */
    public List<String> extensions() {
        return extensions;
    }

    /** Whether the file is plain characters (text, Markdown, HTML, CSV) rather than a document format. */
    public boolean textual() {
        return textual;
    }

    public boolean accepts(String extension) {
        return extension != null && extensions.contains(extension.toLowerCase(Locale.ROOT));
    }

    /** The kind whose extensions include this one, if any. */
    public static Optional<FileKind> forExtension(String extension) {
        for (FileKind kind : values()) {
            if (kind.accepts(extension)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
