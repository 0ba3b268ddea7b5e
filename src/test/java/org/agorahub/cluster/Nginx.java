package org.agorahub.cluster;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * nginx as the load balancer in front of Agora nodes, run as a child process of this JVM (in the foreground, with
 * its own prefix and configuration under {@code target/}), stopped by its process id. Each entry point is a port
 * that spreads requests round-robin over its nodes, with kept-alive connections to them.
 */
public final class Nginx implements AutoCloseable {

    private final Path prefix;
    private final Process process;
    private final Map<String, URI> entries;

    private Nginx(Path prefix, Process process, Map<String, URI> entries) {
        this.prefix = prefix;
        this.process = process;
        this.entries = entries;
    }

    /** The nginx binary, if installed ({@code apt-get install -y nginx}). */
    public static Optional<Path> binary() {
        return Stream.of("/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx")
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst();
    }

    /**
     * Starts nginx with one entry point per map entry: its name and the nodes behind it.
     *
     * @return nginx, running, with {@link #entry(String)} giving each entry point's address
     */
    public static Nginx start(Path prefix, Map<String, List<URI>> upstreams) throws IOException {
        Path nginx = binary().orElseThrow(() -> new IllegalStateException("nginx is not installed"));
        LocalCluster.deleteRecursively(prefix);
        Files.createDirectories(prefix.resolve("logs"));
        Files.createDirectories(prefix.resolve("temp"));
        Map<String, URI> entries = new LinkedHashMap<>();
        StringBuilder http = new StringBuilder();
        int index = 0;
        for (Map.Entry<String, List<URI>> upstream : upstreams.entrySet()) {
            String name = "agora" + index++;
            int port = LocalCluster.freePort();
            entries.put(upstream.getKey(), URI.create("http://127.0.0.1:" + port));
            http.append("    upstream ")
                    .append(name)
                    .append(" {\n")
                    .append(upstream.getValue().stream()
                            .map(node -> "        server " + node.getHost() + ":" + node.getPort() + ";\n")
                            .collect(Collectors.joining()))
                    .append("        keepalive 32;\n    }\n")
                    .append("    server {\n        listen 127.0.0.1:")
                    .append(port)
                    .append(";\n        location / {\n            proxy_pass http://")
                    .append(name)
                    .append(";\n")
                    .append("""
                                        proxy_http_version 1.1;
                                        proxy_set_header Connection "";
                                        proxy_set_header Host $http_host;
                                        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                                        proxy_set_header X-Forwarded-Proto $scheme;
                                    }
                                }
                            """);
        }
        String temp = prefix.resolve("temp").toString();
        String config = """
                # Written by org.agorahub.cluster.Nginx; nginx runs in the foreground as a child of the benchmark.
                worker_processes 2;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    client_body_temp_path %2$s/client;
                    proxy_temp_path %2$s/proxy;
                    fastcgi_temp_path %2$s/fastcgi;
                    uwsgi_temp_path %2$s/uwsgi;
                    scgi_temp_path %2$s/scgi;
                    client_max_body_size 200m;
                    client_body_buffer_size 1m;
                    proxy_buffers 64 16k;
                    proxy_max_temp_file_size 0;
                %3$s}
                """.formatted(prefix, temp, http);
        Path file = prefix.resolve("nginx.conf");
        Files.writeString(file, config);
        Process process = new ProcessBuilder(
                        nginx.toString(), "-p", prefix.toString(), "-c", file.toString(), "-g", "daemon off;")
                .redirectErrorStream(true)
                .redirectOutput(prefix.resolve("logs/console.log").toFile())
                .start();
        process.getOutputStream().close();
        Nginx started = new Nginx(prefix, process, entries);
        long deadline = System.nanoTime() + 20_000_000_000L;
        for (URI entry : entries.values()) {
            while (!listening(entry)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    started.close();
                    throw new IllegalStateException("nginx did not start:\n"
                            + LocalCluster.tail(prefix.resolve("logs/console.log"), 20) + "\n"
                            + LocalCluster.tail(prefix.resolve("logs/error.log"), 20));
                }
                LocalCluster.sleep(100);
            }
        }
        return started;
    }

    /** The address of an entry point. */
    public URI entry(String name) {
        return entries.get(name);
    }

    public long pid() {
        return process.pid();
    }

    private static boolean listening(URI uri) {
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops nginx by its process id (SIGTERM: a fast shutdown), waiting for it and its workers to exit. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> workers = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    @Override
    public String toString() {
        return "nginx (pid " + process.pid() + ", " + prefix + ") " + entries;
    }
}
