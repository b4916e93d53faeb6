package fi.ptvintegration.routes.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Brings the database schema to the current version with Flyway, at start-up, on H2 and
 * PostgreSQL alike. The migrations are SQL files under {@code db/migration/} in this bundle,
 * listed in {@link #MIGRATIONS}: inside OSGi, Flyway's classpath scanning cannot see another
 * bundle's resources reliably, so they are handed to it by name. Add a new file to the list.
 */
public final class DatabaseMigrations {

    static final String LOCATION = "db/migration/";
    static final List<String> MIGRATIONS = List.of(
            "V1__pat_store_and_integration_log.sql",
            "V2__ptv_item_map.sql",
            "V3__delivery_outbox.sql",
            "V4__offering_service_code.sql",
            "V6__code_lists.sql");

    private DatabaseMigrations() {}

    /** Applies the migrations not yet applied; returns how many ran. */
    public static int migrate(DataSource dataSource) {
        ClassLoader loader = DatabaseMigrations.class.getClassLoader();
        MigrateResult result = Flyway.configure(loader)
                .dataSource(dataSource)
                .resourceProvider(new BundledMigrations(loader))
                .table("schema_history")
                .load()
                .migrate();
        return result.migrationsExecuted;
    }

    /** Serves the listed migration files from this bundle's class loader. */
    private static final class BundledMigrations implements ResourceProvider {
        private final ClassLoader loader;

        BundledMigrations(ClassLoader loader) {
            this.loader = loader;
        }

        @Override
        public LoadableResource getResource(String name) {
            return MIGRATIONS.stream()
                    .filter(file -> file.equals(name) || (LOCATION + file).equals(name))
                    .findFirst()
                    .map(this::resource)
                    .orElse(null);
        }

        @Override
        public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
            return MIGRATIONS.stream()
                    .filter(file -> file.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(file::endsWith))
                    .map(this::resource)
                    .toList();
        }

        private LoadableResource resource(String file) {
            return new LoadableResource() {
                @Override
                public Reader read() {
                    InputStream in = loader.getResourceAsStream(LOCATION + file);
                    if (in == null) {
                        throw new UncheckedIOException(new IOException("migration " + LOCATION + file + " is missing from the bundle"));
                    }
                    return new InputStreamReader(in, StandardCharsets.UTF_8);
                }

                @Override
                public String getAbsolutePath() {
                    return LOCATION + file;
                }

                @Override
                public String getAbsolutePathOnDisk() {
                    return LOCATION + file;
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
