package org.agorahub.library.domain;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDXFAResource;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Upload fixtures made in code, so no binary files live in the repository. */
final class TestFiles {

    private TestFiles() {}

    static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] docx(String... paragraphs) {
        try (XWPFDocument document = new XWPFDocument()) {
            for (String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(paragraph);
            }
            return write(document::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] xlsx(String cell) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Budget").createRow(0).createCell(0).setCellValue(cell);
            return write(workbook::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] pptx(String text) {
        try (XMLSlideShow slides = new XMLSlideShow()) {
            XSLFSlide slide = slides.createSlide();
            XSLFTextBox box = slide.createTextBox();
            box.setAnchor(new Rectangle(50, 50, 500, 100));
            box.setText(text);
            return write(slides::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF; no lines gives a page without text, like a scan. */
    static byte[] pdf(String... lines) {
        try (PDDocument document = pdfDocument(lines)) {
            return write(document::save);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF that needs a password to open. */
    static byte[] encryptedPdf(String line) {
        try (PDDocument document = pdfDocument(line)) {
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return write(document::save);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDDocument pdfDocument(String... lines) throws IOException {
        PDDocument document = new PDDocument();
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.setLeading(16);
            content.newLineAtOffset(72, 720);
            for (String line : lines) {
                content.showText(line);
                content.newLine();
            }
            content.endText();
        }
        return document;
    }

    /** A PDF form whose fields are described in XFA (an XML packet inside the PDF), with an empty page. */
    static byte[] xfaPdf(String xdp) {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            PDAcroForm form = new PDAcroForm(document);
            document.getDocumentCatalog().setAcroForm(form);
            COSStream packet = document.getDocument().createCOSStream();
            try (OutputStream out = packet.createOutputStream()) {
                out.write(text(xdp));
            }
            form.setXFA(new PDXFAResource(packet));
            return write(document::save);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An XFA packet with one field, "note", holding {@code value}; {@code doctype} goes before the root. */
    static String xdp(String doctype, String value) {
        return "<?xml version=\"1.0\"?>" + doctype
                + "<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\">"
                + "<template xmlns=\"http://www.xfa.org/schema/xfa-template/3.3/\"><subform name=\"form1\">"
                + "<field name=\"note\"><caption><value><text>Note</text></value></caption></field>"
                + "</subform></template>"
                + "<xfa:datasets xmlns:xfa=\"http://www.xfa.org/schema/xfa-data/1.0/\"><xfa:data>"
                + "<form1><note>" + value + "</note></form1></xfa:data></xfa:datasets></xdp:xdp>";
    }

    /** A Word document saved with "Protect with password", as Office does it (agile encryption). */
    static byte[] passwordProtectedDocx(String paragraph) {
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(container)) {
                out.write(docx(paragraph));
            }
            return write(container::writeFilesystem);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An old binary Word file (.doc): an OLE2 container with a WordDocument stream. */
    static byte[] legacyDoc() {
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            container.createDocument(new ByteArrayInputStream(new byte[512]), "WordDocument");
            return write(container::writeFilesystem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] odt(String paragraph) {
        return odf("text", "<office:text><text:p>" + paragraph + "</text:p></office:text>");
    }

    static byte[] ods(String cell) {
        return odf(
                "spreadsheet",
                "<office:spreadsheet><table:table table:name=\"Budget\"><table:table-row>"
                        + "<table:table-cell office:value-type=\"string\"><text:p>" + cell + "</text:p>"
                        + "</table:table-cell></table:table-row></table:table></office:spreadsheet>");
    }

    static byte[] odp(String text) {
        return odf(
                "presentation",
                "<office:presentation><draw:page draw:name=\"page1\"><draw:frame><draw:text-box>"
                        + "<text:p>" + text + "</text:p></draw:text-box></draw:frame></draw:page>"
                        + "</office:presentation>");
    }

    private static byte[] odf(String type, String body) {
        return odfPackage(type, odfContent(body));
    }

    /** The content.xml of an OpenDocument file around the given {@code office:body} content. */
    static String odfContent(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                + " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
                + " office:version=\"1.2\"><office:body>" + body + "</office:body></office:document-content>";
    }

    /** A minimal OpenDocument file: the mimetype entry first and uncompressed, as the standard requires. */
    static byte[] odfPackage(String type, String contentXml) {
        String mimeType = "application/vnd.oasis.opendocument." + type;
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                + " manifest:version=\"1.2\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + mimeType + "\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mime = mimeType.getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimeEntry = new ZipEntry("mimetype");
            mimeEntry.setMethod(ZipEntry.STORED);
            mimeEntry.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            mimeEntry.setCrc(crc.getValue());
            zip.putNextEntry(mimeEntry);
            zip.write(mime);
            zip.closeEntry();
            put(zip, "content.xml", contentXml);
            put(zip, "META-INF/manifest.xml", manifest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] rtf(String text) {
        return text("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Helvetica;}}\\f0\\fs24 " + text + "\\par}");
    }

    /** The first part of a valid file, as left by an interrupted download. */
    static byte[] truncated(byte[] complete) {
        return Arrays.copyOf(complete, complete.length * 2 / 3);
    }

    /** A zip of random bytes that is not any kind of document. */
    static byte[] zipOfNoise() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        entries.put("word/document.xml", noise);
        return zip(entries);
    }

    /**
     * A Word document whose main part expands to {@code megabytes} of zeros: a few hundred kilobytes on disk. Written
     * a megabyte at a time, so making it never holds the expanded size in memory.
     */
    static byte[] zipBombDocx(int megabytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            Map<String, byte[]> parts = zipEntries(docx("Harmless first paragraph."));
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                if (part.getKey().equals("word/document.xml")) {
                    byte[] zeros = new byte[1024 * 1024];
                    for (int i = 0; i < megabytes; i++) {
                        zip.write(zeros);
                    }
                } else {
                    zip.write(part.getValue());
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A valid file with one entry's content replaced, keeping the order of entries. */
    static byte[] withEntry(byte[] zip, String name, String content) {
        Map<String, byte[]> entries = zipEntries(zip);
        entries.put(name, text(content));
        return zip(entries);
    }

    /** XML that declares an external entity reading {@code target}, used where text would show it. */
    static String externalEntityDoctype(String root, Path target) {
        return "<!DOCTYPE " + root + " [<!ENTITY secret SYSTEM \"" + target.toUri() + "\">]>";
    }

    static Map<String, byte[]> zipEntries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text(content));
        zip.closeEntry();
    }

    /** The start of a Windows program ("MZ" header). */
    static byte[] windowsProgram() {
        byte[] program = new byte[1024];
        program[0] = 'M';
        program[1] = 'Z';
        program[2] = (byte) 0x90;
        program[4] = 3;
        program[8] = 4;
        program[12] = (byte) 0xFF;
        program[13] = (byte) 0xFF;
        program[0x3C] = (byte) 0x80;
        program[0x80] = 'P';
        program[0x81] = 'E';
        return program;
    }

    /** A 1×1 PNG picture. */
    static byte[] png() {
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        return write(out -> ImageIO.write(image, "png", out));
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private static byte[] write(Writing writing) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            writing.to(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
