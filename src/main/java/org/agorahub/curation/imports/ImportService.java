package org.agorahub.curation.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.agorahub.library.Classification;
import org.agorahub.library.DocumentStatus;
import org.agorahub.library.LibraryApi;
import org.agorahub.library.NewDocument;
import org.agorahub.people.AccessPolicy;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.shared.NotFoundException;
import org.agorahub.shared.RefusedException;
import org.agorahub.shared.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk imports: a curator or admin uploads a zip of a shared drive into a library they manage; folders become
 * categories or tags, files become documents through the library's own upload (same checks, text extraction and
 * audit record).
 *
 * <p>The zip is checked whole before the job exists ({@link ZipScanner}): a refused zip leaves nothing behind. The
 * job, the zip's bytes and one row per entry then commit together, and the entries are imported in the background,
 * each document in its own transaction together with its entry's new state. So a job stopped by a crash or a
 * restart has no half-written document and no entry imported twice: it shows as interrupted once it has made no
 * progress for {@code agora.imports.stale-after}, and Resume goes on with the entries still waiting. The zip's bytes
 * are deleted when the job is done.
 */
@Service
@EnableConfigurationProperties(ImportSettings.class)
class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    /** The category tree shows six levels; deeper folders go into the sixth. */
    static final int MAX_CATEGORY_DEPTH = 6;

    private static final int MAX_CATEGORY_NAME = 120;
    private static final long HEARTBEAT_EVERY_MS = 1000;

    private final LibraryApi library;
    private final PeopleApi people;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final TaskExecutor executor;
    private final ImportSettings settings;
    private final ZipScanner scanner;

    ImportService(
            LibraryApi library,
            PeopleApi people,
            AccessPolicy access,
            AuditLog audit,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            ImportSettings settings) {
        this.library = library;
        this.people = people;
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.executor = executor;
        this.settings = settings;
        this.scanner = new ZipScanner(settings);
    }

    static boolean mayImport(CurrentUser user) {
        return user.isAdmin() || user.hasRole(Role.CURATOR);
    }

    /** The libraries the person may import into: those they manage. */
    Map<Long, String> libraries(CurrentUser user) {
        access.require(mayImport(user), user, "import documents", null);
        return library.managedLibraries(user);
    }

    ImportSettings settings() {
        return settings;
    }

    /**
     * Checks the zip and starts importing it in the background; returns the job's id.
     *
     * @throws RefusedException when the library may not be chosen or the zip is refused; nothing is written
     */
    long start(CurrentUser user, String zipName, byte[] zip, long libraryId, FoldersAs foldersAs) {
        long job = create(user, zipName, zip, libraryId, foldersAs);
        executor.execute(() -> run(job, user, Integer.MAX_VALUE));
        return job;
    }

    /** Everything {@link #start} does but the background run. */
    long create(CurrentUser user, String zipName, byte[] zip, long libraryId, FoldersAs foldersAs) {
        access.require(mayImport(user), user, "import documents", libraryId);
        String libraryName = library.managedLibraries(user).get(libraryId);
        if (libraryName == null) {
            // the same answer whether the library exists or not: nothing is revealed
            throw new RefusedException("libraryId", "import.library.notAllowed");
        }
        ZipScanner.Scan scan = scanner.scan(zip);
        String name = zipName == null || zipName.isBlank() ? "import.zip" : shorten(zipName.strip(), 300);
        return transactions.execute(status -> {
            long id = jdbc.sql("""
                    insert into import_job (library_id, zip_name, name_charset, folders_as, status, total, started_by)
                    values (?, ?, ?, ?, 'RUNNING', ?, ?) returning id
                    """)
                    .params(
                            libraryId,
                            name,
                            scan.charset().name(),
                            foldersAs.name(),
                            scan.entries().size(),
                            user.id())
                    .query(Long.class)
                    .single();
            jdbc.sql("insert into import_zip (job_id, content) values (?, ?)")
                    .params(id, zip)
                    .update();
            for (ZipScanner.Entry entry : scan.entries()) {
                jdbc.sql("""
                        insert into import_entry (job_id, position, path, status, reason_key)
                        values (?, ?, ?, ?, ?)
                        """)
                        .params(
                                id,
                                entry.position(),
                                shorten(entry.path(), ZipScanner.MAX_PATH_LENGTH),
                                entry.skipReason() == null ? "PENDING" : "SKIPPED",
                                entry.skipReason())
                        .update();
            }
            audit.record(
                    user.id(),
                    "import.started",
                    "import_job",
                    id,
                    name + " into " + libraryName + " (" + scan.entries().size() + " files)");
            return id;
        });
    }

    /**
     * Resumes an interrupted job where it stopped, as the person who resumes it.
     *
     * @throws RefusedException when the job is not interrupted (it finished, or is still running)
     */
    void resume(CurrentUser user, long jobId) {
        access.require(mayImport(user), user, "resume import", jobId);
        JobRow job = jobRow(jobId);
        if (!library.managedLibraries(user).containsKey(job.libraryId())) {
            throw new RefusedException(null, "import.library.notAllowed");
        }
        // Claimed in one statement, so two people (or two nodes) pressing Resume start one run between them.
        boolean claimed = Boolean.TRUE.equals(transactions.execute(status -> {
            int updated = jdbc.sql("""
                    update import_job set status = 'RUNNING', problem = null, heartbeat_at = now()
                    where id = ? and (status = 'INTERRUPTED'
                        or (status = 'RUNNING' and heartbeat_at < now() - make_interval(secs => ?)))
                    """)
                    .params(jobId, settings.staleAfter().toSeconds())
                    .update();
            if (updated == 1) {
                audit.record(user.id(), "import.resumed", "import_job", jobId, job.zipName());
            }
            return updated == 1;
        }));
        if (!claimed) {
            throw new RefusedException(null, "import.resume.notInterrupted");
        }
        executor.execute(() -> run(jobId, user, Integer.MAX_VALUE));
    }

    /**
     * Imports the job's waiting entries, at most {@code atMost} of them (tests stop a run part-way as a crash would),
     * then finishes the job when none is left. Never throws: a failure leaves the job interrupted, to be resumed.
     */
    void run(long jobId, CurrentUser user, int atMost) {
        try {
            JobRow job = jobRow(jobId);
            Map<Integer, String> waiting = new HashMap<>();
            jdbc.sql("select position, path from import_entry where job_id = ? and status = 'PENDING'")
                    .param(jobId)
                    .query((rs, n) -> waiting.put(rs.getInt(1), rs.getString(2)))
                    .list();
            byte[] zip = jdbc.sql("select content from import_zip where job_id = ?")
                    .param(jobId)
                    .query(byte[].class)
                    .single();
            Map<String, Long> categories = new HashMap<>();
            long limit = library.maxFileBytes();
            long lastBeat = System.currentTimeMillis();
            int imported = 0;
            try (ZipInputStream in =
                    new ZipInputStream(new ByteArrayInputStream(zip), Charset.forName(job.nameCharset()))) {
                int position = -1;
                for (ZipEntry entry = in.getNextEntry();
                        entry != null && !waiting.isEmpty();
                        entry = in.getNextEntry()) {
                    position++;
                    String path = waiting.remove(position);
                    if (path == null) {
                        continue;
                    }
                    if (imported >= atMost) {
                        return;
                    }
                    importEntry(job, user, position, path, readAtMost(in, limit + 1), categories);
                    imported++;
                    if (System.currentTimeMillis() - lastBeat >= HEARTBEAT_EVERY_MS) {
                        lastBeat = System.currentTimeMillis();
                        jdbc.sql("update import_job set heartbeat_at = now() where id = ?")
                                .param(jobId)
                                .update();
                    }
                }
            }
            finish(job, user);
        } catch (IOException | RuntimeException e) {
            log.error("Import {} stopped", jobId, e);
            jdbc.sql("""
                    update import_job set status = 'INTERRUPTED', problem = 'import.problem.failed'
                    where id = ? and status = 'RUNNING'
                    """).param(jobId).update();
        }
    }

    private void importEntry(
            JobRow job, CurrentUser user, int position, String path, byte[] content, Map<String, Long> categories) {
        ZipScanner.Entry entry = new ZipScanner.Entry(position, path, null);
        List<String> folders = entry.folders();
        Long category = null;
        Collection<String> tags = List.of();
        if (!folders.isEmpty()) {
            if (job.foldersAs() == FoldersAs.CATEGORIES) {
                category = categories.computeIfAbsent(
                        String.join("/", folders), key -> library.categoryPath(user, categoryNames(folders)));
            } else {
                tags = folders;
            }
        }
        try {
            library.importDocument(
                    user,
                    job.libraryId(),
                    entry.fileName(),
                    content,
                    new NewDocument(null, null, tags, Classification.OFFICIAL, DocumentStatus.PUBLISHED, null),
                    category,
                    documentId -> {
                        int updated = jdbc.sql("""
                                update import_entry set status = 'IMPORTED', document_id = ?
                                where job_id = ? and position = ? and status = 'PENDING'
                                """)
                                .params(documentId, job.id(), position)
                                .update();
                        if (updated != 1) {
                            throw new AlreadyDone(); // another run got there first: this document is not kept
                        }
                    });
        } catch (AlreadyDone done) {
            // nothing to record
        } catch (RefusedException refused) {
            String[] arguments =
                    Arrays.stream(refused.arguments()).map(String::valueOf).toArray(String[]::new);
            jdbc.sql("""
                    update import_entry set status = 'SKIPPED', reason_key = ?, reason_args = ?
                    where job_id = ? and position = ? and status = 'PENDING'
                    """)
                    .params(refused.messageKey(), arguments, job.id(), position)
                    .update();
        }
    }

    /** Folder names as category names: at most six levels (deeper ones join the sixth), each within the limit. */
    static List<String> categoryNames(List<String> folders) {
        List<String> names = new ArrayList<>();
        for (String folder : folders) {
            String name = shorten(folder.strip(), MAX_CATEGORY_NAME);
            if (names.size() < MAX_CATEGORY_DEPTH) {
                names.add(name);
            } else {
                names.set(
                        MAX_CATEGORY_DEPTH - 1,
                        shorten(names.get(MAX_CATEGORY_DEPTH - 1) + " / " + name, MAX_CATEGORY_NAME));
            }
        }
        return names;
    }

    private void finish(JobRow job, CurrentUser user) {
        transactions.executeWithoutResult(status -> {
            // an entry the second reading did not find (it cannot happen with the same bytes) is not left waiting
            jdbc.sql("""
                    update import_entry set status = 'SKIPPED', reason_key = 'import.skip.notFound'
                    where job_id = ? and status = 'PENDING'
                    """).param(job.id()).update();
            int updated = jdbc.sql("""
                    update import_job set status = 'DONE', problem = null, finished_at = now(), heartbeat_at = now()
                    where id = ? and status = 'RUNNING'
                    """).param(job.id()).update();
            if (updated == 0) {
                return;
            }
            jdbc.sql("delete from import_zip where job_id = ?").param(job.id()).update();
            Counts counts = counts(job.id());
            audit.record(
                    user.id(),
                    "import.finished",
                    "import_job",
                    job.id(),
                    counts.imported() + " imported, " + counts.skipped() + " skipped");
        });
    }

    /** The job with its report, for curators and admins. */
    ImportView job(CurrentUser user, long jobId) {
        access.require(mayImport(user), user, "see import", jobId);
        JobRow job = jobRow(jobId);
        Counts counts = counts(jobId);
        List<ImportView.Imported> imported = new ArrayList<>();
        List<ImportView.Skipped> skipped = new ArrayList<>();
        String status = status(job);
        if (!"RUNNING".equals(status)) {
            jdbc.sql("""
                    select path, status, document_id, reason_key, reason_args from import_entry
                    where job_id = ? and status <> 'PENDING' order by position
                    """)
                    .param(jobId)
                    .query((rs, n) -> {
                        if ("IMPORTED".equals(rs.getString("status"))) {
                            imported.add(new ImportView.Imported(
                                    rs.getString("path"), (Long) rs.getObject("document_id", Long.class)));
                        } else {
                            skipped.add(new ImportView.Skipped(
                                    rs.getString("path"),
                                    rs.getString("reason_key"),
                                    strings(rs.getArray("reason_args"))));
                        }
                        return n;
                    })
                    .list();
        }
        String libraryName =
                library.libraryNames(user, List.of(job.libraryId())).get(job.libraryId());
        String startedBy = people.findPerson(job.startedBy())
                .map(PersonSummary::displayName)
                .orElse("");
        return new ImportView(
                job.id(),
                job.libraryId(),
                libraryName,
                job.zipName(),
                job.foldersAs(),
                status,
                job.problem(),
                job.total(),
                counts.imported() + counts.skipped(),
                counts.imported(),
                counts.skipped(),
                startedBy,
                job.startedAt(),
                job.finishedAt(),
                imported,
                skipped);
    }

    /** The latest imports, newest first. */
    List<ImportView.Line> recent(CurrentUser user, int limit) {
        access.require(mayImport(user), user, "see imports", null);
        List<JobLine> rows = jdbc.sql("""
                select j.id, j.zip_name, j.library_id, j.status, j.heartbeat_at, j.total, j.started_at,
                    (select count(*) from import_entry e where e.job_id = j.id and e.status = 'IMPORTED') as imported,
                    (select count(*) from import_entry e where e.job_id = j.id and e.status = 'SKIPPED') as skipped
                from import_job j order by j.started_at desc, j.id desc limit ?
                """).param(limit).query(JobLine.class).list();
        Set<Long> libraryIds = rows.stream().map(JobLine::libraryId).collect(Collectors.toSet());
        Map<Long, String> names = library.libraryNames(user, libraryIds);
        return rows.stream()
                .map(r -> new ImportView.Line(
                        r.id(),
                        r.zipName(),
                        names.getOrDefault(r.libraryId(), ""),
                        status(r.status(), r.heartbeatAt()),
                        r.total(),
                        r.imported(),
                        r.skipped(),
                        r.startedAt()))
                .toList();
    }

    /** Interrupted when it says so, or when it has made no progress for a while: the node running it stopped. */
    private String status(JobRow job) {
        return status(job.status(), job.heartbeatAt());
    }

    private String status(String status, Instant heartbeatAt) {
        if ("RUNNING".equals(status) && heartbeatAt.isBefore(Instant.now().minus(settings.staleAfter()))) {
            return "INTERRUPTED";
        }
        return status;
    }

    private Counts counts(long jobId) {
        return jdbc.sql("""
                select count(*) filter (where status = 'IMPORTED') as imported,
                       count(*) filter (where status = 'SKIPPED') as skipped
                from import_entry where job_id = ?
                """).param(jobId).query(Counts.class).single();
    }

    private JobRow jobRow(long jobId) {
        return jdbc.sql("select * from import_job where id = ?")
                .param(jobId)
                .query(JobRow.class)
                .optional()
                .orElseThrow(() -> new ImportNotFoundException(jobId));
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    record JobRow(
            long id,
            long libraryId,
            String zipName,
            String nameCharset,
            FoldersAs foldersAs,
            String status,
            int total,
            String problem,
            long startedBy,
            Instant startedAt,
            Instant heartbeatAt,
            Instant finishedAt) {}

    record JobLine(
            long id,
            String zipName,
            long libraryId,
            String status,
            Instant heartbeatAt,
            int total,
            Instant startedAt,
            int imported,
            int skipped) {}

    record Counts(int imported, int skipped) {}

    /** Thrown inside a document's transaction to roll it back when its entry was imported meanwhile. */
    private static final class AlreadyDone extends RuntimeException {

        AlreadyDone() {
            super(null, null, false, false);
        }
    }

    /** An import that does not exist: a 404 page. */
    static final class ImportNotFoundException extends NotFoundException {

        ImportNotFoundException(long id) {
            super("No import " + id);
        }
    }
}
