package fi.ptvintegration.routes.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.pat.sourceid.SourceIdMapping;
import fi.ptvintegration.ptv.adapters.PtvAdapters;
import fi.ptvintegration.ptv.http.PtvClientSettings;
import fi.ptvintegration.ptv.http.PtvTokenSource;
import fi.ptvintegration.ptv.simulator.PtvSimulator;
import fi.ptvintegration.routes.http.PasswordVerifier;
import fi.ptvintegration.routes.ptv.PtvAccounts;
import fi.ptvintegration.routes.push.PtvPushRouteBuilder;
import fi.ptvintegration.routes.runtime.ApplicationSettings;
import fi.ptvintegration.routes.runtime.ApplicationTestSupport;
import fi.ptvintegration.routes.store.Delivery;
import fi.ptvintegration.routes.store.DeliveryStore;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Prometheus endpoint: valid text format 0.0.4, the outbox's figures from the database (the
 * same on every node, left out with {@code ptv_integration_outbox_figures_known 0} when the
 * database cannot be read), this node's counters labelled with its node id, and credentials with
 * the viewer role by default.
 */
class MetricsRouteBuilderTest extends ApplicationTestSupport {

    /** A sample line of format 0.0.4: name, optional labels, a number. */
    private static final Pattern SAMPLE = Pattern.compile(
            "^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(?:[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\[\\\\\"n])*\",?)*\\})? "
                    + "(-?[0-9.]+(?:[eE][-+]?[0-9]+)?|[+-]Inf|NaN)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final ObjectMapper JSON = PatJson.mapper();
    private static final String NODE = "node-under-test";

    private final PtvSimulator ptv = PtvSimulator.start(0, false);
    private final DataSource down = new ApplicationTestSupport.DelegatingDataSource(() -> null) {
        @Override
        public Connection getConnection() throws SQLException {
            throw new SQLException("Connection refused", "08001");
        }
    };

    @Override
    protected ApplicationSettings settings() {
        return super.settings()
                .with(new ApplicationSettings.Intake(List.of("metrics-key"), "karaf", "ptv-intake", 1_048_576))
                .with(new ApplicationSettings.Push(new SourceIdMapping("turku-"), false))
                .with(new ApplicationSettings.Node(NODE));
    }

    @Override
    protected PtvAccounts ptvAccounts() {
        return new PtvAccounts(PtvAdapters.connect(new PtvClientSettings(ptv.baseUrl(), "v11", Duration.ofSeconds(5),
                Duration.ofSeconds(20)), PtvTokenSource.none()), Map.of());
    }

    @Override
    protected PasswordVerifier passwords() {
        return (user, password) -> switch (user + ":" + password) {
            case "watcher:pw" -> Optional.of(Set.of("viewer"));
            case "drupal:pw" -> Optional.of(Set.of("ptv-intake"));
            default -> Optional.empty();
        };
    }

    @AfterEach
    void stopPtv() {
        databaseNow = database;
        ptv.close();
    }

    private Response scrape(String user) {
        Map<String, Object> headers = new HashMap<>();
        if (user != null) {
            headers.put("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":pw").getBytes(StandardCharsets.UTF_8)));
        }
        return template.requestBodyAndHeaders("direct:" + MetricsRouteBuilder.ROUTE_ID, null, headers, Response.class);
    }

    private static String text(Response response) {
        return new String((byte[]) response.getEntity(), StandardCharsets.UTF_8);
    }

    /** The samples of a scrape, checked line by line against format 0.0.4, as "name{labels}" to value. */
    private static Map<String, Double> samples(String text) {
        Map<String, Double> samples = new HashMap<>();
        Set<String> typed = new HashSet<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("# TYPE ")) {
                String[] parts = line.split(" ");
                assertThat(parts).as("TYPE line %s", line).hasSize(4);
                assertThat(parts[3]).isIn("counter", "gauge", "histogram");
                assertThat(typed.add(parts[2])).as("one TYPE line per family: %s", line).isTrue();
                continue;
            }
            if (line.startsWith("# HELP ")) {
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            assertThat(sample.matches()).as("a sample line of format 0.0.4: %s", line).isTrue();
            String family = sample.group(1).replaceFirst("_(bucket|sum|count)$", "");
            assertThat(typed).as("a TYPE line before %s", line).containsAnyOf(family, sample.group(1));
            String key = sample.group(1) + (sample.group(2) == null ? "" : sample.group(2));
            assertThat(samples.put(key, Double.valueOf(sample.group(3).replace("+Inf", "Infinity"))))
                    .as("one sample per series: %s", key).isNull();
        }
        return samples;
    }

    private static Map<String, String> labels(String key) {
        Map<String, String> labels = new HashMap<>();
        Matcher label = LABEL.matcher(key);
        while (label.find()) {
            labels.put(label.group(1), label.group(2));
        }
        return labels;
    }

    private static List<String> series(Map<String, Double> samples, String name) {
        List<String> found = new ArrayList<>();
        samples.keySet().stream().filter(k -> k.equals(name) || k.startsWith(name + "{")).sorted().forEach(found::add);
        return found;
    }

    @Test
    void givenNoCredentialsWhenScrapedThenTheScrapeIsRefusedAsOpsViewsAre() throws Exception {
        Response anonymous = scrape(null);
        Response writer = scrape("drupal");

        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(JSON.readTree((byte[]) anonymous.getEntity()).path("error").asText()).isEqualTo("unauthorized");
        assertThat(writer.getStatus()).isEqualTo(403);
    }

    @Test
    void givenAPushDeliveredAndFailedDeliveriesWhenScrapedThenClusterAndNodeFiguresAreThereInFormat004() throws Exception {
        ObjectNode organisation = (ObjectNode) JSON.valueToTree(PatJson.example("organization"));
        application.records().put(RecordKind.ORGANIZATION, "turku-liikuntapalvelut", JSON.writeValueAsString(organisation), "setup");
        Answer pushed = call(PtvPushRouteBuilder.ROUTE_ID, null, Map.of("kind", "organization", "operation", "post", "code",
                "turku-liikuntapalvelut", "X-API-Key", "metrics-key", org.apache.camel.Exchange.HTTP_PATH,
                "/organization/post/turku-liikuntapalvelut"));
        DeliveryStore outbox = application.deliveries();
        for (String code : List.of("turku-a", "turku-b")) {
            Delivery claim = outbox.claim(outbox.enqueue(RecordKind.SERVICE, code, "CREATE", "c-" + code), Duration.ofMinutes(1))
                    .orElseThrow();
            outbox.failed(claim, 400, "PTV refused \"it\"", "PTV 400 ServiceNames \"quoted\"", false);
        }
        outbox.enqueue(RecordKind.SERVICE, "turku-c", "CREATE", "c-c");

        Response response = scrape("watcher");

        assertThat(pushed.status()).as("push %s", pushed.body()).isEqualTo(200);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeaderString("Content-Type")).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
        Map<String, Double> samples = samples(text(response));
        assertThat(samples).containsEntry("ptv_integration_outbox_figures_known", 1.0)
                .containsEntry("ptv_integration_outbox_queue_depth", 1.0)
                .containsEntry("ptv_integration_outbox_deliveries{status=\"failed\"}", 2.0)
                .containsEntry("ptv_integration_outbox_failed{signature=\"PTV 400 ServiceNames \\\"quoted\\\"\"}", 2.0)
                .containsKey("ptv_integration_outbox_last_delivery_timestamp_seconds")
                .containsKey("ptv_integration_outbox_oldest_pending_age_seconds")
                .containsEntry("ptv_integration_deliveries_total{node=\"" + NODE + "\",kind=\"organization\",outcome=\"delivered\"}", 1.0)
                .containsEntry("ptv_integration_deliveries_total{node=\"" + NODE + "\",kind=\"service\",outcome=\"failed\"}", 0.0)
                .containsEntry("ptv_integration_calls_total{node=\"" + NODE + "\",flow=\"push\",outcome=\"created\"}", 1.0)
                .containsEntry("ptv_integration_health_status{node=\"" + NODE + "\",status=\"UP\"}", 1.0)
                .containsKey("ptv_integration_last_success_timestamp_seconds{node=\"" + NODE + "\"}")
                .containsEntry("ptv_integration_integration_log_held_records{node=\"" + NODE + "\"}", 0.0);
        List<String> latency = series(samples, "ptv_integration_ptv_call_duration_seconds_bucket");
        assertThat(latency).isNotEmpty().allSatisfy(key -> assertThat(labels(key))
                .containsEntry("node", NODE).containsEntry("operation", "POST Organization").containsEntry("status", "200"));
        double previous = 0;
        for (String bound : List.of("0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5", "5", "10", "30", "+Inf")) {
            double count = samples.get("ptv_integration_ptv_call_duration_seconds_bucket{node=\"" + NODE
                    + "\",operation=\"POST Organization\",status=\"200\",le=\"" + bound + "\"}");
            assertThat(count).as("buckets are cumulative at le=%s", bound).isGreaterThanOrEqualTo(previous);
            previous = count;
        }
        assertThat(previous).isEqualTo(samples.get("ptv_integration_ptv_call_duration_seconds_count{node=\"" + NODE
                + "\",operation=\"POST Organization\",status=\"200\"}"));
        assertThat(series(samples, "ptv_integration_outbox_queue_depth")).as("cluster figures carry no node label")
                .allSatisfy(key -> assertThat(key).doesNotContain("node="));
    }

    @Test
    void givenTheDatabaseIsDownWhenScrapedThenTheOutboxFiguresAreLeftOutAndSaidUnknown() throws Exception {
        databaseNow = down;
        Thread.sleep(1100);

        Response response = scrape("watcher");

        assertThat(response.getStatus()).isEqualTo(200);
        Map<String, Double> samples = samples(text(response));
        assertThat(samples).containsEntry("ptv_integration_outbox_figures_known", 0.0);
        assertThat(series(samples, "ptv_integration_outbox_queue_depth")).isEmpty();
        assertThat(series(samples, "ptv_integration_outbox_oldest_pending_age_seconds")).isEmpty();
        assertThat(samples).containsEntry("ptv_integration_health_status{node=\"" + NODE + "\",status=\"DOWN\"}", 1.0)
                .containsEntry("ptv_integration_health_check_up{node=\"" + NODE + "\",check=\"database\",impact=\"DOWN\"}", 0.0);
    }
}
