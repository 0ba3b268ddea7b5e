package org.agorahub.bench.latency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.agorahub.library.LibraryApi;
import org.agorahub.library.LibraryRole;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.DepartmentSummary;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.Visibility;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Puts N generated documents straight into the library tables with {@code COPY}, beside the demo data: uploading
 * 100,000 files through the application would take hours and measure Tika, not search. The eight libraries are
 * created through {@link LibraryApi} like any library; their documents then bypass the application (and so the
 * search index, which the benchmark rebuilds and times afterwards).
 *
 * <p>The libraries have every kind of visibility, so trimming does real work: the member sign-in reads the two
 * organisation-wide ones (except their sensitive documents), its department's, and one of the two restricted
 * communities — about 55% of the documents. Nine in ten documents are files (a shared placeholder blob; the text
 * is in {@code extracted_text}, as after a real upload), one in ten Markdown pages; one in twenty is sensitive.
 */
final class CorpusSeeder {

    /**
     * One benchmark library.
     *
     * @param department the demo department that owns it, or null
     * @param share percentage of the documents in it
     * @param memberReads whether the member sign-in is a named reader (restricted libraries)
     */
    record BenchLibrary(String name, Visibility visibility, String department, int share, boolean memberReads) {}

    static final String POLICY = "Policy and Strategy";

    static final List<BenchLibrary> LIBRARIES = List.of(
            new BenchLibrary("Bench: staff handbook", Visibility.ORGANISATION, null, 20, false),
            new BenchLibrary(
                    "Bench: service manual", Visibility.ORGANISATION, "Department for Digital Services", 15, false),
            new BenchLibrary("Bench: policy archive", Visibility.DEPARTMENT, POLICY, 12, false),
            new BenchLibrary(
                    "Bench: digital delivery", Visibility.DEPARTMENT, "Department for Digital Services", 12, false),
            new BenchLibrary("Bench: finance records", Visibility.DEPARTMENT, "Finance and Procurement", 12, false),
            new BenchLibrary("Bench: legal casework", Visibility.DEPARTMENT, "Legal and Information Rights", 9, false),
            new BenchLibrary("Bench: programme board", Visibility.RESTRICTED, null, 10, true),
            new BenchLibrary("Bench: investigations", Visibility.RESTRICTED, null, 10, false));

    /** Each library is about a third of the topics, so a query's hits cluster in a few libraries. */
    private static final int TOPICS_PER_LIBRARY = 20;

    private static final int PREVIEW_CHARACTERS = 600;
    private static final byte[] PLACEHOLDER =
            "Benchmark document: its text is in the database only.\n".getBytes(StandardCharsets.UTF_8);
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssx", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** What was seeded. */
    record Seeded(int documents, long textBytes, long nanos) {}

    private final SyntheticCorpus corpus;
    private final DataSource dataSource;
    private final int days;

    CorpusSeeder(SyntheticCorpus corpus, DataSource dataSource) {
        this(corpus, dataSource, 3 * 365);
    }

    /** Documents created over the last {@code days} days. */
    CorpusSeeder(SyntheticCorpus corpus, DataSource dataSource, int days) {
        this.corpus = corpus;
        this.dataSource = dataSource;
        this.days = days;
    }

    /** Creates the benchmark libraries as the admin and makes the member a named reader where it should be. */
    static long[] createLibraries(LibraryApi libraries, PeopleApi people, CurrentUser admin, CurrentUser member) {
        Map<String, Long> departments = people.departments().stream()
                .collect(Collectors.toMap(DepartmentSummary::name, DepartmentSummary::id, (a, b) -> a));
        long[] ids = new long[LIBRARIES.size()];
        for (int i = 0; i < ids.length; i++) {
            BenchLibrary library = LIBRARIES.get(i);
            Long department = library.department() == null ? null : departments.get(library.department());
            if (library.department() != null && department == null) {
                throw new IllegalStateException("No demo department '" + library.department() + "'");
            }
            ids[i] = libraries.createLibrary(
                    admin,
                    library.name(),
                    "Generated documents for the search latency benchmark.",
                    department,
                    library.visibility());
            if (library.memberReads()) {
                libraries.setMember(admin, ids[i], member.id(), LibraryRole.READER);
            }
        }
        return ids;
    }

    Seeded seed(int count, long[] libraryIds) throws SQLException, IOException {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            List<Long> people = longs(connection, "select id from person order by id");
            String sha256 = placeholderBlob(connection);
            long base = single(connection, "select coalesce(max(id), 0) from document");
            PGConnection pg = connection.unwrap(PGConnection.class);
            Instant now = Instant.now();

            // Documents and their tags: cheap, everything but the text.
            StringBuilder tags = new StringBuilder();
            CopyIn documents = pg.getCopyAPI()
                    .copyIn("copy document (id, library_id, kind, title, description, owner_id, classification,"
                            + " status, created_by, created_at, updated_at) from stdin");
            try (CopyWriter out = new CopyWriter(documents)) {
                for (int i = 0; i < count; i++) {
                    Meta meta = meta(i, libraryIds, people, now, days);
                    SyntheticCorpus.Details details = corpus.details(i, meta.topic);
                    long id = base + 1 + i;
                    out.row(
                            id,
                            meta.library,
                            meta.page ? "PAGE" : "FILE",
                            details.title(),
                            details.description(),
                            meta.owner,
                            meta.sensitive ? "OFFICIAL_SENSITIVE" : "OFFICIAL",
                            meta.status,
                            meta.owner,
                            TIMESTAMP.format(meta.created),
                            TIMESTAMP.format(meta.updated));
                    for (String tag : details.tags()) {
                        tags.append(id)
                                .append('\t')
                                .append(CopyWriter.escape(tag))
                                .append('\n');
                    }
                }
            }
            CopyIn tagRows = pg.getCopyAPI().copyIn("copy document_tag (document_id, tag) from stdin");
            byte[] tagBytes = tags.toString().getBytes(StandardCharsets.UTF_8);
            tagRows.writeToCopy(tagBytes, 0, tagBytes.length);
            tagRows.endCopy();

            // One version each, with the text: the bulk of the data.
            long textBytes = 0;
            CopyIn versions = pg.getCopyAPI()
                    .copyIn("copy document_version (document_id, number, file_sha256, file_name, file_kind, size,"
                            + " body, extracted_text, preview, extraction_status, created_by, created_at)"
                            + " from stdin");
            try (CopyWriter out = new CopyWriter(versions)) {
                for (int i = 0; i < count; i++) {
                    Meta meta = meta(i, libraryIds, people, now, days);
                    String text = corpus.text(i, meta.topic);
                    textBytes += text.length();
                    long id = base + 1 + i;
                    out.row(
                            id,
                            1,
                            meta.page ? null : sha256,
                            meta.page ? null : "document-" + id + ".txt",
                            meta.page ? null : "TXT",
                            text.length(),
                            meta.page ? text : null,
                            text,
                            preview(text),
                            "EXTRACTED",
                            meta.owner,
                            TIMESTAMP.format(meta.updated));
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute(
                        "select setval(pg_get_serial_sequence('document', 'id'), (select max(id) from" + " document))");
                statement.execute("analyze document");
                statement.execute("analyze document_tag");
                statement.execute("analyze document_version");
            }
            return new Seeded(count, textBytes, System.nanoTime() - started);
        }
    }

    /** What {@link #seedVectors} stored: vectors from the model, vectors derived from them, and the time taken. */
    record SeededVectors(int fromModel, int derived, long embedNanos, long nanos) {}

    /**
     * Gives every seeded document a vector in {@code enrichment_vector}, as the enrichment module would, so that a
     * rebuild puts 100,000 vectors into the index's HNSW graph. Embedding 100,000 texts of 5 KB would take hours on
     * two busy cores, so only the first {@code fromModel} documents are embedded by the model (their title and the
     * start of their text, one passage); every other document takes the vector of a model-embedded document of the
     * same topic plus Gaussian noise (cosine about 0.8 to it), normalised: clusters by topic, as real content makes.
     * Call after {@link #seed} with the same libraries.
     */
    SeededVectors seedVectors(
            long[] libraryIds, int fromModel, java.util.function.Function<String, float[]> embed, String model)
            throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            List<Long> people = longs(connection, "select id from person order by id");
            StringBuilder libraries = new StringBuilder();
            for (long id : libraryIds) {
                libraries.append(libraries.length() == 0 ? "" : ",").append(id);
            }
            List<Long> ids =
                    longs(connection, "select id from document where library_id in (" + libraries + ") order by id");
            Instant now = Instant.now();
            Map<Integer, List<float[]>> byTopic = new java.util.HashMap<>();
            Random noise = new Random(SyntheticCorpus.SEED);
            long embedNanos = 0;
            int modelVectors = 0;
            PGConnection pg = connection.unwrap(PGConnection.class);
            CopyIn copy = pg.getCopyAPI()
                    .copyIn("copy enrichment_vector (kind, content_id, model, vector, passages, text_hash) from stdin");
            try (CopyWriter out = new CopyWriter(copy)) {
                for (int i = 0; i < ids.size(); i++) {
                    int topic = meta(i, libraryIds, people, now, days).topic;
                    List<float[]> seen = byTopic.computeIfAbsent(topic, t -> new ArrayList<>());
                    float[] vector;
                    if (i < fromModel || seen.isEmpty()) {
                        String text = corpus.details(i, topic).title() + ". " + corpus.text(i, topic);
                        long embedding = System.nanoTime();
                        vector = embed.apply(text.substring(0, Math.min(text.length(), 2_000)));
                        embedNanos += System.nanoTime() - embedding;
                        seen.add(vector);
                        modelVectors++;
                    } else {
                        vector = nearby(seen.get(noise.nextInt(seen.size())), noise);
                    }
                    out.row("document", ids.get(i), model, array(vector), 1, "\\x00");
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze enrichment_vector");
            }
            return new SeededVectors(modelVectors, ids.size() - modelVectors, embedNanos, System.nanoTime() - started);
        }
    }

    /** A unit vector about 0.8 in cosine from {@code base}: noise of 0.04 per dimension over 384 dimensions. */
    private static float[] nearby(float[] base, Random random) {
        float[] vector = new float[base.length];
        double norm = 0;
        for (int d = 0; d < base.length; d++) {
            vector[d] = (float) (base[d] + 0.04 * random.nextGaussian());
            norm += vector[d] * vector[d];
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < vector.length; d++) {
            vector[d] *= scale;
        }
        return vector;
    }

    private static String array(float[] vector) {
        StringBuilder text = new StringBuilder(vector.length * 12).append('{');
        for (int d = 0; d < vector.length; d++) {
            text.append(d == 0 ? "" : ",").append(vector[d]);
        }
        return text.append('}').toString();
    }

    /** Library, topic, owner, status and dates of document {@code index}: cheap and the same on every call. */
    private static Meta meta(int index, long[] libraryIds, List<Long> people, Instant now, int days) {
        Random random = new Random(SyntheticCorpus.mix(SyntheticCorpus.SEED + 31L * index));
        int pick = random.nextInt(100);
        int library = 0;
        for (int share = LIBRARIES.get(0).share();
                pick >= share;
                share += LIBRARIES.get(library).share()) {
            library++;
        }
        int topic = (library * 7 + random.nextInt(TOPICS_PER_LIBRARY)) % SyntheticCorpus.TOPICS;
        int s = random.nextInt(100);
        String status =
                s < 60 ? "PUBLISHED" : s < 75 ? "VERIFIED" : s < 85 ? "DRAFT" : s < 95 ? "NEEDS_REVIEW" : "OBSOLETE";
        Instant created = now.minusSeconds(60L + random.nextInt(days * 24 * 3600));
        Instant updated = created.plusSeconds(random.nextInt(30 * 24 * 3600));
        return new Meta(
                libraryIds[library],
                topic,
                people.get(random.nextInt(people.size())),
                random.nextInt(10) == 0,
                random.nextInt(20) == 0,
                status,
                created,
                updated.isAfter(now) ? now : updated);
    }

    private record Meta(
            long library,
            int topic,
            long owner,
            boolean page,
            boolean sensitive,
            String status,
            Instant created,
            Instant updated) {}

    private static String preview(String text) {
        String flat = text.substring(0, Math.min(text.length(), PREVIEW_CHARACTERS + 50))
                .replaceAll("\\s+", " ")
                .strip();
        return flat.length() <= PREVIEW_CHARACTERS ? flat : flat.substring(0, PREVIEW_CHARACTERS);
    }

    /** The one stored file every seeded file version points at. */
    private static String placeholderBlob(Connection connection) throws SQLException {
        String sha256;
        try {
            sha256 = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(PLACEHOLDER));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (PreparedStatement blob = connection.prepareStatement(
                        "insert into file_blob (sha256, size) values (?, ?) on conflict do nothing");
                PreparedStatement chunk = connection.prepareStatement(
                        "insert into file_chunk (sha256, seq, data) values (?, 0, ?) on conflict do nothing")) {
            blob.setString(1, sha256);
            blob.setLong(2, PLACEHOLDER.length);
            blob.executeUpdate();
            chunk.setString(1, sha256);
            chunk.setBytes(2, PLACEHOLDER);
            chunk.executeUpdate();
        }
        return sha256;
    }

    private static List<Long> longs(Connection connection, String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
        }
        return values;
    }

    private static long single(Connection connection, String sql) throws SQLException {
        return longs(connection, sql).get(0);
    }
}
