package org.agorahub.search.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.logging.Log;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Before Hibernate Search opens the index: an index that cannot be read (a crash mid-write, a disk fault) or that
 * was written by another version of the mapping (or whose last rebuild did not finish) is deleted, so that
 * Hibernate Search starts with an empty one and {@link SearchIndexBootstrap} rebuilds it from PostgreSQL. The
 * index is derived data: nothing is lost.
 *
 * <p>The marker file {@value #MARKER} holds the {@link #MAPPING_VERSION} of a complete index. It is written when
 * a rebuild finishes (or when the index is found complete at start-up) and removed when one starts; bump the
 * version whenever the mapping changes (fields added, analysis changed).
 */
public class IndexDirectoryCheck implements EnvironmentPostProcessor {

    /** The mapping the index must have been built with; bump when fields or analysis change. */
    static final String MAPPING_VERSION = "2026-11-23.5 people";

    static final String MARKER = "agora-index.version";

    private final Log log;

    public IndexDirectoryCheck(DeferredLogFactory logs) {
        this.log = logs.getLog(IndexDirectoryCheck.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String directory = environment.getProperty("agora.search.index-dir");
        if (directory == null || directory.isBlank() || SearchBackendSettings.isOpenSearch(environment)) {
            return;
        }
        Path root = Path.of(directory);
        if (!Files.isDirectory(root)) {
            return;
        }
        try {
            List<Path> indexes = indexDirectories(root);
            if (indexes.isEmpty()) {
                return;
            }
            String version = readMarker(root);
            if (!MAPPING_VERSION.equals(version)) {
                log.warn("The search index in " + root + " is from another version of Agora or an unfinished rebuild"
                        + " (" + (version == null ? "no version mark" : version) + "): deleting it to rebuild it");
                indexes.forEach(IndexDirectoryCheck::delete);
                return;
            }
            for (Path index : indexes) {
                if (!readable(index)) {
                    log.warn("The search index " + index + " cannot be read: deleting it to rebuild it");
                    delete(index);
                    clearMarker(root);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not check the search index in " + root, e);
        }
    }

    private static List<Path> indexDirectories(Path root) throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(Files::isDirectory).toList();
        }
    }

    private static boolean readable(Path index) {
        try (FSDirectory directory = FSDirectory.open(index)) {
            if (!DirectoryReader.indexExists(directory)) {
                return true; // nothing written yet
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return reader.numDocs() >= 0;
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static String readMarker(Path root) {
        try {
            Path marker = root.resolve(MARKER);
            return Files.exists(marker)
                    ? Files.readString(marker, StandardCharsets.UTF_8).strip()
                    : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Marks the index in {@code root} complete for the current mapping. */
    static void writeMarker(Path root) throws IOException {
        Files.createDirectories(root);
        Files.writeString(root.resolve(MARKER), MAPPING_VERSION + "\n", StandardCharsets.UTF_8);
    }

    /** Marks the index incomplete: a rebuild has started. */
    static void clearMarker(Path root) {
        try {
            Files.deleteIfExists(root.resolve(MARKER));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
