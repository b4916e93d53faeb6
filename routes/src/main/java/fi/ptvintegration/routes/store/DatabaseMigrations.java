package fi.ptvintegration.routes.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.resource.LoadableResource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Brings the database schema to the current version with Flyway, at start-up, on H2 and
 * PostgreSQL alike: the SQL files under {@code db/migration/} of this bundle, found there (a new
 * {@code V<n>__<what>.sql} runs without being listed anywhere), and the data migrations written
 * in Java ({@link FillOfferingServiceCodes}). Inside OSGi, Flyway's own classpath scanning cannot
 * see another bundle's resources reliably, so the files are found through the bundle
 * ({@code Bundle.findEntries}); outside OSGi (tests) through the class loader.
 */
public final class DatabaseMigrations {

    static final String LOCATION = "db/migration";

    private DatabaseMigrations() {}

    /** Applies the migrations not yet applied; returns how many ran. */
    public static int migrate(DataSource dataSource) {
        ClassLoader loader = DatabaseMigrations.class.getClassLoader();
        MigrateResult result = Flyway.configure(loader)
                .dataSource(dataSource)
                .resourceProvider(new BundledMigrations(loader, sqlFiles()))
                .javaMigrations(new FillOfferingServiceCodes())
                .table("schema_history")
                .load()
                .migrate();
        return result.migrationsExecuted;
    }

    /** The names of the SQL migrations shipped in this bundle, sorted. */
    static List<String> sqlFiles() {
        List<String> files = new ArrayList<>();
        Bundle bundle = FrameworkUtil.getBundle(DatabaseMigrations.class);
        if (bundle != null) {
            Enumeration<URL> entries = bundle.findEntries(LOCATION, "*.sql", false);
            for (URL entry : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
                String path = entry.getPath();
                files.add(path.substring(path.lastIndexOf('/') + 1));
            }
        } else {
            files.addAll(fromClassPath());
        }
        Collections.sort(files);
        if (files.isEmpty()) {
            throw new IllegalStateException("no database migrations found under " + LOCATION + " of the routes bundle");
        }
        return files;
    }

    private static List<String> fromClassPath() {
        URL location = DatabaseMigrations.class.getClassLoader().getResource(LOCATION);
        if (location == null) {
            return List.of();
        }
        try {
            if ("file".equals(location.getProtocol())) {
                try (Stream<Path> listed = Files.list(Paths.get(location.toURI()))) {
                    return listed.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).toList();
                }
            }
            if ("jar".equals(location.getProtocol())) {
                String jar = location.getPath().substring("file:".length(), location.getPath().indexOf('!'));
                try (JarFile file = new JarFile(Paths.get(new java.net.URI("file:" + jar)).toFile())) {
                    return file.stream().map(e -> e.getName())
                            .filter(n -> n.startsWith(LOCATION + "/") && n.endsWith(".sql") && n.indexOf('/', LOCATION.length() + 1) < 0)
                            .map(n -> n.substring(LOCATION.length() + 1)).toList();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("cannot list migrations at " + location);
    }

    /** Serves the found migration files from this bundle's class loader. */
    private static final class BundledMigrations implements ResourceProvider {
        private final ClassLoader loader;
        private final List<String> files;

        BundledMigrations(ClassLoader loader, List<String> files) {
            this.loader = loader;
            this.files = files;
        }

        @Override
        public LoadableResource getResource(String name) {
            return files.stream()
                    .filter(file -> file.equals(name) || (LOCATION + "/" + file).equals(name))
                    .findFirst()
                    .map(this::resource)
                    .orElse(null);
        }

        @Override
        public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
            return files.stream()
                    .filter(file -> file.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(file::endsWith))
                    .map(this::resource)
                    .toList();
        }

        private LoadableResource resource(String file) {
            return new LoadableResource() {
                @Override
                public Reader read() {
                    InputStream in = loader.getResourceAsStream(LOCATION + "/" + file);
                    if (in == null) {
                        throw new UncheckedIOException(new IOException("migration " + LOCATION + "/" + file + " is missing from the bundle"));
                    }
                    return new InputStreamReader(in, StandardCharsets.UTF_8);
                }

                @Override
                public String getAbsolutePath() {
                    return LOCATION + "/" + file;
                }

                @Override
                public String getAbsolutePathOnDisk() {
                    return LOCATION + "/" + file;
                }

                @Override
                public String getFilename() {
                    return file;
                }

                @Override
                public String getRelativePath() {
                    return file;
                }
            };
        }
    }
}
