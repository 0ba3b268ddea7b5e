package org.agorahub.bench;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.agorahub.AgoraApplication;
import org.agorahub.demo.DemoCorpus;
import org.agorahub.library.Classification;
import org.agorahub.library.DocumentStatus;
import org.agorahub.library.domain.DocumentDetails;
import org.agorahub.library.domain.DocumentService;
import org.agorahub.library.domain.FileInspector;
import org.agorahub.library.domain.LibraryService;
import org.agorahub.library.domain.LibrarySettings;
import org.agorahub.library.domain.UploadedFile;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.NewPerson;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.PersonSummary;
import org.agorahub.people.Role;
import org.agorahub.people.Visibility;
import org.aopalliance.intercept.MethodInterceptor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Upload and text-extraction benchmark ({@code bench/upload.sh [documents]}): imports N demo documents of mixed
 * formats through {@link DocumentService#upload} and reports documents and megabytes per second, with the time spent
 * in {@link FileInspector#inspect} (type check and Tika) against the rest (access check, transaction, file store,
 * JPA, audit). In the same run and on the same files it measures two baselines: Tika's {@link AutoDetectParser} with
 * a {@link BodyContentHandler} alone, and a plain JDBC insert of the bytes into a scratch {@code bytea} table.
 *
 * <p>Not a test: the name does not end in {@code Tests}, so the build never runs it. It starts the whole
 * application against a throw-away embedded PostgreSQL and prints a table; it asserts nothing.
 */
public final class UploadBenchmark {

    private static final int WARM_UP_DOCUMENTS = 48;
    private static final double MB = 1024.0 * 1024.0;

    private UploadBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        // A different seed for the warm-up, so no measured file is already stored (stored bytes are deduplicated).
        List<DemoCorpus.File> warmUp = DemoCorpus.files(WARM_UP_DOCUMENTS, 7);
        long generating = System.nanoTime();
        List<DemoCorpus.File> files = DemoCorpus.files(count, 42);
        generating = System.nanoTime() - generating;

        InspectTimer timer = new InspectTimer();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(AgoraApplication.class)
                .initializers(ctx -> ctx.getBeanFactory().addBeanPostProcessor(timer))
                .run(
                        "--agora.database.ephemeral=true",
                        "--agora.demo-data.enabled=false",
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN",
                        "--logging.level.org.agorahub=WARN");
        int exit = 0;
        try {
            new UploadBenchmark().run(context, timer, warmUp, files, generating);
        } catch (RuntimeException e) {
            e.printStackTrace();
            exit = 1;
        } finally {
            context.close();
        }
        System.exit(exit); // runs the shutdown handler that stops the embedded PostgreSQL
    }

    private void run(
            ConfigurableApplicationContext context,
            InspectTimer timer,
            List<DemoCorpus.File> warmUp,
            List<DemoCorpus.File> files,
            long generatingNanos)
            throws Exception {
        DataSource dataSource = context.getBean(DataSource.class);
        CurrentUser user = benchmarkUser(context.getBean(PeopleApi.class));
        LibraryService libraries = context.getBean(LibraryService.class);
        long warmUpLibrary = libraries.create(
                user, new LibrarySettings("Warm-up", null, user.departmentId(), Visibility.DEPARTMENT));
        long library = libraries.create(
                user, new LibrarySettings("Benchmark", null, user.departmentId(), Visibility.DEPARTMENT));
        try (Connection connection = dataSource.getConnection()) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("create table bench_blob (id bigint generated always as identity primary key,"
                        + " name varchar(255) not null, data bytea not null)");
            }
            Pass pass = new Pass(context.getBean(DocumentService.class), timer, user, connection);
            // Warm-up: class loading and JIT for all three paths; its timings are dropped.
            pass.run(warmUpLibrary, warmUp);
            Timings timings = pass.run(library, files);
            print(timings, warmUp.size(), generatingNanos);
        }
    }

    /**
     * Each file goes through the three paths one after the other (upload, raw Tika, plain insert) before the next
     * file, so that whatever else the shared machine is doing slows all three alike and the ratios hold.
     */
    private static final class Pass {

        private final DocumentService documents;
        private final InspectTimer timer;
        private final CurrentUser user;
        private final Connection connection;
        private final AutoDetectParser tika = new AutoDetectParser();

        Pass(DocumentService documents, InspectTimer timer, CurrentUser user, Connection connection) {
            this.documents = documents;
            this.timer = timer;
            this.user = user;
            this.connection = connection;
        }

        Timings run(long library, List<DemoCorpus.File> files) throws Exception {
            Timings timings = new Timings(files.size());
            connection.setAutoCommit(true); // each insert commits on its own, as each upload does
            try (PreparedStatement insert =
                    connection.prepareStatement("insert into bench_blob (name, data) values (?, ?)")) {
                for (int i = 0; i < files.size(); i++) {
                    DemoCorpus.File file = files.get(i);
                    Timing timing = timings.of(file);

                    long inspectedBefore = timer.total.get();
                    long start = System.nanoTime();
                    upload(library, file);
                    long uploaded = System.nanoTime() - start;
                    long inspected = timer.total.get() - inspectedBefore;
                    timing.pipeline += uploaded;
                    timing.inspect += inspected;
                    timings.restPerUpload[i] = uploaded - inspected;

                    start = System.nanoTime();
                    parse(file);
                    timing.tika += System.nanoTime() - start;

                    start = System.nanoTime();
                    insert.setString(1, file.name());
                    insert.setBytes(2, file.content());
                    insert.executeUpdate();
                    timing.jdbc += System.nanoTime() - start;
                }
            }
            return timings;
        }

        private void upload(long library, DemoCorpus.File file) {
            documents.upload(
                    user,
                    library,
                    new UploadedFile(file.name(), file.content()),
                    new DocumentDetails(
                            file.title(),
                            null,
                            List.of("benchmark"),
                            null,
                            user.id(),
                            Classification.OFFICIAL,
                            DocumentStatus.PUBLISHED,
                            null));
        }

        /** Tika's default parser with all text kept, on this thread. */
        private void parse(DemoCorpus.File file) throws Exception {
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.name());
            BodyContentHandler handler = new BodyContentHandler(-1);
            tika.parse(new ByteArrayInputStream(file.content()), handler, metadata, new ParseContext());
            if (handler.toString().isBlank()) {
                throw new IllegalStateException("Tika read no text from " + file.name());
            }
        }
    }

    /** Sums for one format (or for all), in nanoseconds. */
    private static final class Timing {
        int files;
        long bytes;
        long pipeline;
        long inspect;
        long tika;
        long jdbc;

        void add(Timing other) {
            files += other.files;
            bytes += other.bytes;
            pipeline += other.pipeline;
            inspect += other.inspect;
            tika += other.tika;
            jdbc += other.jdbc;
        }
    }

    private static final class Timings {

        final Map<String, Timing> byFormat = new TreeMap<>();
        final long[] restPerUpload;

        Timings(int files) {
            restPerUpload = new long[files];
        }

        Timing of(DemoCorpus.File file) {
            Timing timing = byFormat.computeIfAbsent(file.format(), f -> new Timing());
            timing.files++;
            timing.bytes += file.content().length;
            return timing;
        }

        Timing total() {
            Timing total = new Timing();
            byFormat.values().forEach(total::add);
            return total;
        }
    }

    private static void print(Timings timings, int warmUp, long generatingNanos) {
        Timing all = timings.total();
        System.out.printf(
                Locale.ROOT,
                "%nUpload benchmark: %d demo documents, %.2f MB in %d formats (generated in %.1f s), after a warm-up"
                        + " of %d; embedded PostgreSQL; %d CPUs%n%n",
                all.files,
                all.bytes / MB,
                timings.byFormat.size(),
                generatingNanos / 1e9,
                warmUp,
                Runtime.getRuntime().availableProcessors());
        System.out.printf(
                Locale.ROOT,
                "%-52s %6s %7s %8s %8s %7s %6s%n",
                "what",
                "docs",
                "MB",
                "seconds",
                "docs/s",
                "MB/s",
                "share");
        long rest = all.pipeline - all.inspect;
        row("Agora: DocumentService.upload (whole pipeline)", all.files, all.bytes, all.pipeline, all.pipeline);
        row("  of which FileInspector.inspect (type + Tika)", -1, -1, all.inspect, all.pipeline);
        row("  of which database and the rest", -1, -1, rest, all.pipeline);
        row("Baseline: Tika AutoDetectParser + BodyContentHandler", all.files, all.bytes, all.tika, -1);
        row("Baseline: plain JDBC insert into a bytea table", all.files, all.bytes, all.jdbc, -1);
        row("Baselines added up (Tika + JDBC)", all.files, all.bytes, all.tika + all.jdbc, -1);
        System.out.printf(
                Locale.ROOT,
                "%nRatios in this run: Agora's upload takes %.2fx the time of the baselines added up;"
                        + " FileInspector.inspect %.2fx raw Tika; database and the rest %.1fx a plain insert.%n",
                (double) all.pipeline / (all.tika + all.jdbc),
                (double) all.inspect / all.tika,
                (double) rest / all.jdbc);

        // Whether the database part grows with the number of documents already stored.
        StringBuilder fifths = new StringBuilder();
        long[] perUpload = timings.restPerUpload;
        int fifth = Math.max(1, perUpload.length / 5);
        for (int from = 0; from + fifth <= perUpload.length; from += fifth) {
            long sum = 0;
            for (int i = from; i < from + fifth; i++) {
                sum += perUpload[i];
            }
            fifths.append(String.format(Locale.ROOT, " %.2f", sum / 1e6 / fifth));
        }
        System.out.printf(Locale.ROOT, "Database and the rest, mean ms per upload by fifth of the run:%s%n", fifths);

        System.out.printf(
                Locale.ROOT,
                "%nPer format, mean ms per file%n%-10s %6s %8s %10s %10s %10s %10s%n",
                "format",
                "files",
                "KB",
                "upload",
                "inspect",
                "raw Tika",
                "JDBC");
        for (Map.Entry<String, Timing> entry : timings.byFormat.entrySet()) {
            Timing t = entry.getValue();
            System.out.printf(
                    Locale.ROOT,
                    "%-10s %6d %8.1f %10.2f %10.2f %10.2f %10.2f%n",
                    entry.getKey(),
                    t.files,
                    t.bytes / 1024.0 / t.files,
                    t.pipeline / 1e6 / t.files,
                    t.inspect / 1e6 / t.files,
                    t.tika / 1e6 / t.files,
                    t.jdbc / 1e6 / t.files);
        }
    }

    private static void row(String what, int documents, long bytes, long nanos, long totalNanos) {
        double seconds = nanos / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%-52s %6s %7s %8.2f %8s %7s %6s%n",
                what,
                documents < 0 ? "" : String.valueOf(documents),
                bytes < 0 ? "" : String.format(Locale.ROOT, "%.2f", bytes / MB),
                seconds,
                documents < 0 ? "" : String.format(Locale.ROOT, "%.1f", documents / seconds),
                bytes < 0 ? "" : String.format(Locale.ROOT, "%.3f", bytes / MB / seconds),
                totalNanos < 0 ? "" : String.format(Locale.ROOT, "%.0f%%", 100.0 * nanos / totalNanos));
    }

    private static CurrentUser benchmarkUser(PeopleApi people) {
        long department = people.createDepartment("Benchmark Unit", null).id();
        PersonSummary person = people.createPerson(new NewPerson(
                "bench@agora.example", "Bench Mark", "Benchmark", department, Set.of(Role.MEMBER), "bench-password"));
        return new CurrentUser(
                person.id(), person.email(), person.displayName(), person.departmentId(), person.roles());
    }

    /** Wraps the application's {@link FileInspector} so that time inside {@code inspect} is counted. */
    private static final class InspectTimer implements BeanPostProcessor {

        final AtomicLong total = new AtomicLong();

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (!(bean instanceof FileInspector)) {
                return bean;
            }
            ProxyFactory proxy = new ProxyFactory(bean);
            proxy.setProxyTargetClass(true);
            proxy.addAdvice((MethodInterceptor) invocation -> {
                if (!invocation.getMethod().getName().equals("inspect")) {
                    return invocation.proceed();
                }
                long start = System.nanoTime();
                try {
                    return invocation.proceed();
                } finally {
                    total.addAndGet(System.nanoTime() - start);
                }
            });
            return proxy.getProxy();
        }
    }
}
