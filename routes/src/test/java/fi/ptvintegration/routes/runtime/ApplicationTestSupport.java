package fi.ptvintegration.routes.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.ptv.adapters.PtvAdapters;
import fi.ptvintegration.ptv.http.PtvClientSettings;
import fi.ptvintegration.ptv.codelists.PtvCodeListSource;
import fi.ptvintegration.ptv.http.PtvTokenSource;
import fi.ptvintegration.routes.codelists.CodeListsSettings;
import java.net.URI;
import fi.ptvintegration.routes.http.PasswordVerifier;
import fi.ptvintegration.routes.ptv.PtvAccounts;
import fi.ptvintegration.routes.tenant.TenantDirectory;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;
import javax.ws.rs.core.Response;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Route tests run the application as production wires it: the {@link Application} builds every
 * route from the settings a test class gives ({@link #settings()}), on an in-memory H2 database
 * (PostgreSQL mode) that every test starts empty. Each HTTP route's {@code cxfrs:} entry is
 * replaced by {@code direct:<route id>}, which a test calls with the headers the REST binding
 * would set. The outbox poller idles (a day between polls) unless a test class sets it going; the
 * code lists are refreshed only on demand, from a PTV no test reaches unless a test class says.
 */
public abstract class ApplicationTestSupport extends CamelTestSupport {

    protected final JdbcDataSource database = new JdbcDataSource();
    /** What the application's DataSource forwards to; a test sets another to simulate an outage. */
    protected volatile DataSource databaseNow = database;
    protected Application application;
    private ExecutorService deliveryPool;

    @Override
    public boolean isUseAdviceWith() {
        return true;
    }

    /** The settings under test: defaults with an idle outbox poller, unless a test class overrides. */
    protected ApplicationSettings settings() {
        ApplicationSettings.Delivery delivery = ApplicationSettings.Delivery.defaults();
        return ApplicationSettings.defaults().with(new ApplicationSettings.Delivery(delivery.concurrency(), delivery.maxAttempts(),
                delivery.backoffInitial(), delivery.backoffMax(), Duration.ofDays(1), delivery.lease(), delivery.waitForReferences(),
                delivery.recoverAtStart())).with(codeListsOnDemand("http://127.0.0.1:9", null));
    }

    /** Code lists read from a PTV at {@code v11BaseUrl} (and v12 at {@code v12BaseUrl} when given), refreshed only on demand. */
    protected static CodeListsSettings codeListsOnDemand(String v11BaseUrl, String v12BaseUrl) {
        return new CodeListsSettings(new PtvCodeListSource(v12BaseUrl == null ? null : URI.create(v12BaseUrl), null,
                URI.create(v11BaseUrl), "v11", Duration.ofSeconds(2), Duration.ofSeconds(10)), Duration.ZERO, Duration.ofHours(1),
                Duration.ofMinutes(10), 300);
    }

    /** The PTV accounts: by default one that no test reaches (nothing listens on port 9). */
    protected PtvAccounts ptvAccounts() {
        return new PtvAccounts(PtvAdapters.connect(new PtvClientSettings("http://127.0.0.1:9", "v11", Duration.ofSeconds(1),
                Duration.ofSeconds(1)), PtvTokenSource.none()), Map.of());
    }

    /** The users of HTTP Basic: none by default. */
    protected PasswordVerifier passwords() {
        return (user, password) -> Optional.empty();
    }

    protected Clock clock() {
        return Clock.systemUTC();
    }

    /** The tenants of the node: none by default (one city: every credential acts for every organisation). */
    protected TenantDirectory tenants() {
        return new TenantDirectory();
    }

    @Override
    protected RoutesBuilder[] createRouteBuilders() throws Exception {
        database.setURL("jdbc:h2:mem:" + getClass().getSimpleName() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        databaseNow = database;
        ApplicationSettings settings = settings();
        application = new Application(new DelegatingDataSource(() -> databaseNow), settings, ptvAccounts(), passwords(), tenants(),
                clock());
        application.prepareDatabase();
        deliveryPool = Executors.newFixedThreadPool(settings.delivery().workerThreads());
        return application.routes(context, deliveryPool).toArray(RoutesBuilder[]::new);
    }

    @BeforeEach
    void emptyDatabaseAndStartWithDirectEntries() throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'schema_history'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            statement.executeUpdate("SET REFERENTIAL_INTEGRITY FALSE");
            for (String table : tables) {
                statement.executeUpdate("DELETE FROM " + table);
            }
            statement.executeUpdate("SET REFERENTIAL_INTEGRITY TRUE");
        }
        for (RouteDefinition route : List.copyOf(context.adapt(org.apache.camel.model.ModelCamelContext.class).getRouteDefinitions())) {
            if (route.getInput().getEndpointUri().startsWith("cxfrs:")) {
                AdviceWith.adviceWith(context, route.getRouteId(), r -> r.replaceFromWith("direct:" + route.getRouteId()));
            }
        }
        context.start();
    }

    @AfterEach
    void stopDeliveryPool() {
        deliveryPool.shutdownNow();
    }

    /** An answer of the application: status and JSON body. */
    public record Answer(int status, JsonNode body, Response raw) {}

    /** Calls a route as CXF would, with the headers its REST binding sets. */
    protected Answer call(String routeId, Object body, Map<String, Object> headers) {
        Response response = template.requestBodyAndHeaders("direct:" + routeId, body, headers, Response.class);
        try {
            return new Answer(response.getStatus(), PatJson.mapper().readTree((byte[]) response.getEntity()), response);
        } catch (IOException e) {
            throw new AssertionError("the answer is not JSON", e);
        }
    }

    /** A DataSource that forwards to whichever one the supplier gives at the moment of the call. */
    public static class DelegatingDataSource implements DataSource {
        private final Supplier<DataSource> target;

        public DelegatingDataSource(Supplier<DataSource> target) {
            this.target = target;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return target.get().getConnection();
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return target.get().getConnection(user, password);
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {}

        @Override
        public void setLoginTimeout(int seconds) {}

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
