package org.agorahub.curation.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.agorahub.shared.RefusedException;

/**
 * Reads a whole zip once, before anything is imported, and refuses it when it is not a readable zip, holds more
 * entries than allowed, names a path outside the zip (a {@code ../} step, an absolute path or a drive letter: the
 * whole zip is refused, since a zip that tries this is not a plain copy of a drive) or unpacks too far. Sizes are
 * counted while inflating; the sizes the zip's headers claim are never trusted. Nothing is kept but the list of
 * entries, each numbered in the order the zip holds them, so an import can find them again.
 */
final class ZipScanner {

    static final String FIELD = "file";
    static final int MAX_PATH_LENGTH = 1000;

    /** Past this many bytes an entry's expansion ratio is checked; smaller entries cannot be a bomb. */
    private static final long RATIO_GRACE_BYTES = 1024 * 1024;

    private static final Set<String> SYSTEM_FILES = Set.of("thumbs.db", "desktop.ini", "ehthumbs.db", "icon\r");
    private static final Set<String> ARCHIVES =
            Set.of("zip", "7z", "rar", "tar", "gz", "tgz", "bz2", "xz", "jar", "war", "cab", "iso");

    /** Zips made on Windows without the UTF-8 flag name their entries in the old DOS code page. */
    private static final Charset DOS = Charset.forName("IBM437");

    private final ImportSettings limits;

    ZipScanner(ImportSettings limits) {
        this.limits = limits;
    }

    /** A file entry: its place in the zip (counting every entry), its cleaned path and why it is skipped, if so. */
    record Entry(int position, String path, String skipReason) {

        /** The folders above the file, outermost first. */
        List<String> folders() {
            List<String> parts = Arrays.asList(path.split("/"));
            return parts.subList(0, parts.size() - 1);
        }

        String fileName() {
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    record Scan(Charset charset, List<Entry> entries) {}

    /** @throws RefusedException on the {@code file} field, saying why the whole zip is refused */
    Scan scan(byte[] zip) {
        if (zip == null || zip.length == 0) {
            throw refused("import.zip.missing");
        }
        if (isEmptyZip(zip)) {
            throw refused("import.zip.empty");
        }
        if (!isZip(zip)) {
            throw refused("import.zip.notZip");
        }
        try {
            return scan(zip, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedName) {
            return scan(zip, DOS);
        }
    }

    private Scan scan(byte[] zip, Charset charset) {
        Counting counted = new Counting(zip);
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int position = -1;
        List<Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (ZipInputStream in = new ZipInputStream(counted, charset)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                position++;
                if (position >= limits.maxEntries()) {
                    throw refused("import.zip.tooManyEntries", limits.maxEntries());
                }
                String name = entry.getName().replace('\\', '/');
                if (escapes(name)) {
                    throw refused("import.zip.unsafePath", shorten(name));
                }
                long packedStart = counted.position();
                long expanded = 0;
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    expanded += n;
                    total += n;
                    if (total > limits.maxExpandedSize().toBytes()) {
                        throw refused(
                                "import.zip.tooLarge", limits.maxExpandedSize().toMegabytes() + " MB");
                    }
                    long packed = Math.max(1, counted.position() - packedStart);
                    if (expanded > RATIO_GRACE_BYTES && expanded / packed > limits.maxCompressionRatio()) {
                        throw refused("import.zip.bomb", shorten(name));
                    }
                }
                if (entry.isDirectory() || name.endsWith("/")) {
                    continue;
                }
                String path = clean(name);
                if (path.isEmpty()) {
                    continue;
                }
                entries.add(new Entry(position, path, skipReason(path, seen)));
            }
        } catch (IllegalArgumentException malformedName) {
            throw malformedName;
        } catch (IOException | RuntimeException e) {
            if (e instanceof RefusedException refusal) {
                throw refusal;
            }
            throw refused("import.zip.corrupt");
        }
        if (entries.isEmpty()) {
            throw refused("import.zip.empty");
        }
        return new Scan(charset, List.copyOf(entries));
    }

    /** Why a file is not imported: hidden or system files, archives inside the zip, a name seen before. */
    private static String skipReason(String path, Set<String> seen) {
        String lower = path.toLowerCase(Locale.ROOT);
        String[] parts = lower.split("/");
        String file = parts[parts.length - 1];
        if (path.length() > MAX_PATH_LENGTH) {
            return "import.skip.longPath";
        }
        for (String part : parts) {
            if (part.startsWith(".") || part.equals("__macosx") || part.equals("$recycle.bin")) {
                return "import.skip.hidden";
            }
        }
        if (SYSTEM_FILES.contains(file) || file.startsWith("~$")) {
            return "import.skip.hidden";
        }
        int dot = file.lastIndexOf('.');
        if (dot > 0 && ARCHIVES.contains(file.substring(dot + 1))) {
            return "import.skip.archive";
        }
        // shared drives are mostly Windows ones, where names differ in more than case or are the same file
        if (!seen.add(lower)) {
            return "import.skip.duplicate";
        }
        return null;
    }

    /** A path that would leave the folder the zip is unpacked into. */
    static boolean escapes(String name) {
        if (name.startsWith("/") || name.indexOf('\0') >= 0) {
            return true;
        }
        if (name.length() >= 2 && name.charAt(1) == ':' && Character.isLetter(name.charAt(0))) {
            return true;
        }
        return Arrays.asList(name.split("/")).contains("..");
    }

    /** Without empty and {@code .} steps, each part without surrounding spaces. */
    private static String clean(String name) {
        List<String> parts = new ArrayList<>();
        for (String part : name.split("/")) {
            String p = part.strip();
            if (!p.isEmpty() && !p.equals(".")) {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }

    private static String shorten(String name) {
        return name.length() <= 200 ? name : name.substring(0, 199) + "…";
    }

    private static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static boolean isEmptyZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 5 && content[3] == 6;
    }

    private static RefusedException refused(String key, Object... arguments) {
        return new RefusedException(FIELD, key, arguments);
    }

    /** Counts the packed bytes read, to compare with what they unpack to. */
    private static final class Counting extends InputStream {

        private final ByteArrayInputStream in;
        private long position;

        Counting(byte[] content) {
            this.in = new ByteArrayInputStream(content);
        }

        long position() {
            return position;
        }

        @Override
        public int read() {
            int b = in.read();
            if (b >= 0) {
                position++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = in.read(b, off, len);
            if (n > 0) {
                position += n;
            }
            return n;
        }
    }
}
