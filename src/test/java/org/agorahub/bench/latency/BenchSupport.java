package org.agorahub.bench.latency;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.agorahub.cluster.LocalCluster;
import org.agorahub.people.CurrentUser;
import org.agorahub.people.PeopleApi;
import org.agorahub.people.PersonSummary;

/** Small helpers the latency benchmarks share: plain JDBC look-ups, demo accounts, files. */
final class BenchSupport {

    private BenchSupport() {}

    /** Demo uploads are reindexed by listeners after their commits; they must be done before the rebuild. */
    static void awaitDemoIndexing(DataSource dataSource) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (true) {
            long pending = longs(dataSource, "select count(*) from event_publication where completion_date is null")
                    .get(0);
            if (pending == 0) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(pending + " event publications still incomplete after 5 minutes");
            }
            Thread.sleep(200);
        }
    }

    static CurrentUser user(PeopleApi people, String email) {
        PersonSummary person = people.findByEmail(email)
                .orElseThrow(() -> new IllegalStateException("No demo account " + email + ": is demo data on?"));
        return new CurrentUser(
                person.id(), person.email(), person.displayName(), person.departmentId(), person.roles());
    }

    static List<Long> longs(DataSource dataSource, String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Long> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getLong(1));
                }
            }
            return values;
        }
    }

    static List<String> strings(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    /** Bytes of the files under a directory; files Lucene removes while it is walked (a merge) are left out. */
    static long size(Path directory) throws IOException {
        long[] bytes = {0};
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                bytes[0] += attributes.size();
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // a file Lucene removed while we looked
            }
        });
        return bytes[0];
    }

    static void deleteRecursively(Path directory) {
        try {
            LocalCluster.deleteRecursively(directory);
        } catch (UncheckedIOException e) {
            System.err.println("Could not delete " + directory + ": " + e.getMessage());
        }
    }

    /**
     * Starts the whole application with its demo data on a throw-away embedded PostgreSQL and the index in
     * {@code indexRoot}, on a random port, quiet but for the demo seeding, with the benchmark's server timer as its
     * first filter; prints how long it took.
     */
    static org.springframework.context.ConfigurableApplicationContext startApplication(
            ServerTimer timer, Path indexRoot, String... moreArguments) {
        long starting = System.nanoTime();
        List<String> arguments = new ArrayList<>(List.of(
                "--agora.database.ephemeral=true",
                "--agora.demo-data.enabled=true",
                "--agora.search.index-dir=" + indexRoot,
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--logging.level.org.agorahub=WARN",
                "--logging.level.org.agorahub.demo=INFO"));
        arguments.addAll(List.of(moreArguments));
        org.springframework.context.ConfigurableApplicationContext context =
                new org.springframework.boot.builder.SpringApplicationBuilder(org.agorahub.AgoraApplication.class)
                        .initializers(ctx -> ((org.springframework.context.support.GenericApplicationContext) ctx)
                                .registerBean("benchServerTimer", ServerTimer.class, () -> timer))
                        .run(arguments.toArray(String[]::new));
        System.out.printf(
                java.util.Locale.ROOT,
                "Application with demo data started in %.1f s%n",
                (System.nanoTime() - starting) / 1e9);
        return context;
    }
}
