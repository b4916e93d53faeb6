package fi.ptvintegration.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/**
 * A real PostgreSQL server for benchmarks (zonky's binaries from Maven Central, no installation):
 * starts it on the given port, creates the database {@code ptv} and user {@code ptv}, writes
 * "ready" to the given file, and runs until killed. Durable like a production server: zonky's
 * builder turns {@code synchronous_commit} off by default (a commit returns before its WAL is
 * flushed), which would measure commits that a crash can lose; it is set back on here.
 *
 * <pre>java -cp ... fi.ptvintegration.benchmarks.EmbeddedPostgresServer 15432 /tmp/pg.ready</pre>
 */
public final class EmbeddedPostgresServer {

    private EmbeddedPostgresServer() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(port)
                .setServerConfig("synchronous_commit", "on").setServerConfig("fsync", "on").start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE USER ptv WITH PASSWORD 'bench'");
            statement.execute("CREATE DATABASE ptv OWNER ptv");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                // exiting anyway
            }
        }));
        Files.writeString(Path.of(args[1]), "jdbc:postgresql://localhost:" + port + "/ptv\n");
        Thread.currentThread().join();
    }
}
