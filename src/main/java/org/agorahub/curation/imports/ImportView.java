package org.agorahub.curation.imports;

import java.time.Instant;
import java.util.List;

/**
 * An import as its page shows it: progress while it runs, then what was imported (with the new documents) and what
 * was skipped and why. {@code status} is RUNNING, INTERRUPTED (stopped before the end: it may be resumed) or DONE.
 */
public record ImportView(
        long id,
        long libraryId,
        String libraryName,
        String zipName,
        FoldersAs foldersAs,
        String status,
        String problem,
        int total,
        int done,
        int importedCount,
        int skippedCount,
        String startedByName,
        Instant startedAt,
        Instant finishedAt,
        List<Imported> imported,
        List<Skipped> skipped) {

    public boolean running() {
        return "RUNNING".equals(status);
    }

    public boolean interrupted() {
        return "INTERRUPTED".equals(status);
    }

    public boolean finished() {
        return "DONE".equals(status);
    }

    /** Whole per cent of the entries dealt with. */
    public int percent() {
        return total == 0 ? 100 : (int) (100L * done / total);
    }

    public record Imported(String path, Long documentId) {}

    public record Skipped(String path, String reasonKey, String[] reasonArguments) {}

    /** One line of the list of imports. */
    public record Line(
            long id,
            String zipName,
            String libraryName,
            String status,
            int total,
            int imported,
            int skipped,
            Instant startedAt) {}
}
