package org.agorahub.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * The one place that decides where PostgreSQL comes from (DESIGN.md "Databases"):
 *
 * <ol>
 *   <li>{@code spring.datasource.url} configured: use that server, do nothing here;
 *   <li>tests ({@code agora.database.ephemeral=true}) with a Docker engine answering: one Testcontainers
 *       PostgreSQL per JVM;
 *   <li>otherwise an embedded PostgreSQL: for tests a throw-away one shared by the whole JVM, for a normal
 *       run one whose data directory ({@code agora.database.data-dir}, default {@code ./data/postgres})
 *       survives restarts.
 * </ol>
 *
 * In ephemeral mode every Spring context gets a fresh database on the shared server, so contexts never
 * see each other's rows.
 */
class DatabaseLocator implements EnvironmentPostProcessor, Ordered {

    private static final String SOURCE_NAME = "agoraDatabase";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static volatile Server sharedServer;

    private final Log log;

    DatabaseLocator(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(DatabaseLocator.class);
    }

    @Override
    public int getOrder() {
        // after application.properties and profiles have been read
        return Ordered.LOWEST_PRECEDENCE - 10;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (StringUtils.hasText(env.getProperty("spring.datasource.url"))
                || env.getPropertySources().contains(SOURCE_NAME)) {
            return;
        }
        boolean ephemeral = env.getProperty("agora.database.ephemeral", Boolean.class, false);
        Server server = ephemeral ? ephemeralServer() : persistentServer(env);
        String database = ephemeral ? "agora_" + DATABASES.incrementAndGet() : "agora";
        server.createDatabaseIfMissing(database);
        env.getPropertySources()
                .addLast(new MapPropertySource(
                        SOURCE_NAME,
                        Map.of(
                                "spring.datasource.url", server.jdbcUrl(database),
                                "spring.datasource.username", server.username(),
                                "spring.datasource.password", server.password())));
    }

    private Server ephemeralServer() {
        Server server = sharedServer;
        if (server == null) {
            synchronized (DatabaseLocator.class) {
                server = sharedServer;
                if (server == null) {
                    server = dockerAnswers() ? Testcontainer.start() : embedded(null);
                    sharedServer = server;
                }
            }
        }
        return server;
    }

    private Server persistentServer(ConfigurableEnvironment env) {
        synchronized (DatabaseLocator.class) {
            if (sharedServer == null) {
                Path dataDir = Path.of(env.getProperty("agora.database.data-dir", "./data/postgres"))
                        .toAbsolutePath()
                        .normalize();
                log.info("No spring.datasource.url configured: starting embedded PostgreSQL with data in " + dataDir);
                sharedServer = embedded(dataDir);
            }
            return sharedServer;
        }
    }

    private static boolean dockerAnswers() {
        ClassLoader loader = DatabaseLocator.class.getClassLoader();
        if (!ClassUtils.isPresent("org.testcontainers.DockerClientFactory", loader)) {
            return false;
        }
        try {
            return Testcontainer.dockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static Server embedded(Path dataDir) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    // stopped by Spring Boot's shutdown handlers below, which run after every application
                    // context has closed: a JVM shutdown hook of its own would race them and leave the
                    // closing contexts waiting for connections that can no longer be made
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", dataDir == null ? "off" : "on");
            if (dataDir != null) {
                builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
            }
            EmbeddedPostgres postgres = builder.start();
            SpringApplication.getShutdownHandlers().add(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    // the JVM is exiting and nothing is left to report to
                }
            });
            int port = postgres.getPort();
            return new Server("jdbc:postgresql://localhost:" + port + "/%s", "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not start the embedded PostgreSQL"
                            + (dataDir == null ? "" : " in " + dataDir + " (is another Agora using it?)"),
                    e);
        }
    }

    /** A running PostgreSQL server on which databases can be created. */
    record Server(String urlTemplate, String username, String password) {

        String jdbcUrl(String database) {
            return urlTemplate.formatted(database);
        }

        void createDatabaseIfMissing(String database) {
            try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), username, password);
                    var check = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                check.setString(1, database);
                try (var rows = check.executeQuery()) {
                    if (!rows.next()) {
                        try (var create = connection.createStatement()) {
                            // the name is ours ("agora" or "agora_<n>"), never user input
                            create.execute("create database " + database);
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create database " + database, e);
            }
        }
    }

    /**
     * Testcontainers is a test-only dependency, so it is reached by reflection: production code never links
     * to it, and this class is touched only when it is on the class path.
     */
    static final class Testcontainer {

        private static final String IMAGE = "postgres:17-alpine";

        static boolean dockerAvailable() {
            try {
                Class<?> factory = Class.forName("org.testcontainers.DockerClientFactory");
                Object instance = factory.getMethod("instance").invoke(null);
                return (Boolean) factory.getMethod("isDockerAvailable").invoke(instance);
            } catch (ReflectiveOperationException e) {
                return false;
            }
        }

        static Server start() {
            try {
                Class<?> type = Class.forName("org.testcontainers.postgresql.PostgreSQLContainer");
                Object container = type.getConstructor(String.class).newInstance(IMAGE);
                type.getMethod("start").invoke(container);
                String url = (String) type.getMethod("getJdbcUrl").invoke(container);
                String base = url.substring(0, url.lastIndexOf('/') + 1);
                return new Server(
                        base + "%s", (String) type.getMethod("getUsername").invoke(container), (String)
                                type.getMethod("getPassword").invoke(container));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Docker answered but the PostgreSQL container did not start", e);
            }
        }
    }
}
