package fi.ptvintegration.routes.metrics;

import fi.ptvintegration.routes.delivery.DeliveryMetrics;
import fi.ptvintegration.routes.health.HealthChecks;
import fi.ptvintegration.routes.meter.Meters;
import fi.ptvintegration.routes.ptv.PtvLogins;
import fi.ptvintegration.routes.store.DeliveryStore;
import fi.ptvintegration.routes.store.EmbeddedH2Compaction;
import fi.ptvintegration.routes.store.IntegrationLogStore;
import fi.ptvintegration.routes.support.Secrets;
import fi.ptvintegration.routes.support.Texts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds one Prometheus scrape. Two kinds of figures, told apart by name and label:
 *
 * <ul>
 *   <li>the cluster's, read from the database, so that every node tells the same story:
 *       {@code ptv_integration_outbox_*} (deliveries by status, queue depth, oldest pending age,
 *       failed deliveries by signature, the last delivery), without a {@code node} label; when the
 *       database cannot be read they are left out and {@code ptv_integration_outbox_figures_known}
 *       is 0, never a number that looks real;
 *   <li>this node's, counted in memory since it started, each with {@code node="<node.id>"}:
 *       deliveries by kind and outcome, failures by signature, lost leases, PTV calls by operation
 *       and status (a latency histogram), calls answered by flow and outcome, its last delivery,
 *       integration-log records held for the database, PTV logins, its health checks, and the
 *       embedded H2 file's size and live share when the node runs on one.
 * </ul>
 */
public class PrometheusScrapeProcessor implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(PrometheusScrapeProcessor.class);

    private final String node;
    private final String version;
    private final Meters meters;
    private final DeliveryMetrics deliveries;
    private final DeliveryStore outbox;
    private final IntegrationLogStore log;
    private final PtvLogins logins;
    private final HealthChecks health;
    private final Supplier<Optional<EmbeddedH2Compaction.FileFigures>> databaseFile;

    public PrometheusScrapeProcessor(String node, String version, Meters meters, DeliveryMetrics deliveries, DeliveryStore outbox,
            IntegrationLogStore log, PtvLogins logins, HealthChecks health,
            Supplier<Optional<EmbeddedH2Compaction.FileFigures>> databaseFile) {
        this.node = node;
        this.version = version;
        this.meters = meters;
        this.deliveries = deliveries;
        this.outbox = outbox;
        this.log = log;
        this.logins = logins;
        this.health = health;
        this.databaseFile = databaseFile;
    }

    @Override
    public void process(Exchange exchange) {
        PrometheusText text = new PrometheusText();
        cluster(text);
        node(text);
        exchange.getMessage().setBody(text.toString());
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
    }

    private void cluster(PrometheusText text) {
        DeliveryMetrics.Figures figures = deliveries.figures();
        Map<String, Integer> failedBySignature = null;
        String unknown = figures.error();
        if (figures.known()) {
            try {
                failedBySignature = outbox.failedBySignature();
            } catch (Exception e) {
                unknown = "the outbox could not be read: " + Secrets.redactText(Texts.firstLine(e.getMessage(), 300));
                LOG.warn("Failed deliveries by signature are unknown: {}", unknown);
            }
        }
        text.family("ptv_integration_outbox_figures_known", "gauge",
                "1 when the outbox figures below were read from the database (the same on every node); 0 when the database"
                        + " could not be read and they are left out");
        text.sample("ptv_integration_outbox_figures_known", List.of(), figures.known() && failedBySignature != null ? 1 : 0);
        if (!figures.known() || failedBySignature == null) {
            return;
        }
        DeliveryStore.QueueFigures now = figures.figures();
        text.family("ptv_integration_outbox_deliveries", "gauge", "Deliveries in the outbox now by status, cluster-wide");
        text.sample("ptv_integration_outbox_deliveries", List.of("status", "pending"), now.pending());
        text.sample("ptv_integration_outbox_deliveries", List.of("status", "in_flight"), now.inFlight());
        text.sample("ptv_integration_outbox_deliveries", List.of("status", "failed"), now.failed());
        text.family("ptv_integration_outbox_queue_depth", "gauge", "Deliveries waiting or being delivered, cluster-wide");
        text.sample("ptv_integration_outbox_queue_depth", List.of(), now.pending() + now.inFlight());
        text.family("ptv_integration_outbox_oldest_pending_age_seconds", "gauge",
                "Seconds the oldest delivery still waiting or in flight has been in the outbox (0: none), cluster-wide");
        text.sample("ptv_integration_outbox_oldest_pending_age_seconds", List.of(), deliveries.getOldestPendingAgeSeconds() == null
                ? 0 : deliveries.getOldestPendingAgeSeconds());
        text.family("ptv_integration_outbox_failed", "gauge",
                "Deliveries kept as failed now, by failure signature, cluster-wide (ptv:failed, GET /cxf/ops/failed)");
        failedBySignature.forEach((signature, count) -> text.sample("ptv_integration_outbox_failed",
                List.of("signature", signature), count));
        if (now.lastDeliveredAt() != null) {
            text.family("ptv_integration_outbox_last_delivery_timestamp_seconds", "gauge",
                    "When a delivery last reached PTV, on any node (Unix time); absent when none is kept");
            text.sample("ptv_integration_outbox_last_delivery_timestamp_seconds", List.of(), seconds(now.lastDeliveredAt().toInstant()));
        }
    }

    private void node(PrometheusText text) {
        text.family("ptv_integration_build_info", "gauge", "The application's version on this node");
        text.sample("ptv_integration_build_info", List.of("node", node, "version", version), 1);
        for (Meters.Family family : meters.families()) {
            write(text, family);
        }
        Instant last = deliveries.lastSuccess();
        if (last != null) {
            text.family("ptv_integration_last_success_timestamp_seconds", "gauge",
                    "When this node last delivered something to PTV (Unix time); absent before its first");
            text.sample("ptv_integration_last_success_timestamp_seconds", List.of("node", node), seconds(last));
        }
        text.family("ptv_integration_integration_log_held_records", "gauge",
                "Integration-log records this node holds in memory until the database takes them");
        text.sample("ptv_integration_integration_log_held_records", List.of("node", node), log.heldCount());
        List<PtvLogins.State> accounts = logins.states();
        if (!accounts.isEmpty()) {
            text.family("ptv_integration_ptv_login_failing", "gauge", "1 when this node's last login to PTV with the account failed");
            for (PtvLogins.State account : accounts) {
                text.sample("ptv_integration_ptv_login_failing", List.of("node", node, "account", account.account()),
                        account.failing() ? 1 : 0);
            }
        }
        databaseFile.get().ifPresent(file -> {
            text.family("ptv_integration_database_file_bytes", "gauge",
                    "Size of this node's embedded H2 database file (absent on PostgreSQL)");
            text.sample("ptv_integration_database_file_bytes", List.of("node", node), file.fileBytes());
            text.family("ptv_integration_database_file_live_percent", "gauge",
                    "Share of the embedded H2 file holding live data; the rest awaits compaction or reuse (absent on PostgreSQL)");
            text.sample("ptv_integration_database_file_live_percent", List.of("node", node), file.livePercent());
        });
        HealthChecks.Evaluation evaluation = health.evaluate(HealthChecks.Question.ALL);
        text.family("ptv_integration_health_check_up", "gauge",
                "1 when this node's health check is up; impact says what its failing does (DOWN or DEGRADED)");
        for (HealthChecks.CheckResult check : evaluation.checks()) {
            text.sample("ptv_integration_health_check_up", List.of("node", node, "check", check.id(), "impact", check.impact()),
                    "UP".equals(check.state()) ? 1 : 0);
        }
        text.family("ptv_integration_health_status", "gauge", "This node's overall health: 1 for the status it has (UP, DEGRADED, DOWN)");
        for (String status : List.of(HealthChecks.UP, HealthChecks.DEGRADED, HealthChecks.DOWN)) {
            text.sample("ptv_integration_health_status", List.of("node", node, "status", status),
                    status.equals(evaluation.status()) ? 1 : 0);
        }
    }

    /** A family of this node's meters, each series labelled with the node. */
    private void write(PrometheusText text, Meters.Family family) {
        boolean histogram = family.type() == Meters.Type.HISTOGRAM;
        text.family(family.name(), histogram ? "histogram" : "counter", family.help() + " (this node since start)");
        for (Meters.Series series : family.series()) {
            List<String> labels = new ArrayList<>(List.of("node", node));
            for (int i = 0; i < family.labelNames().size(); i++) {
                labels.add(family.labelNames().get(i));
                labels.add(series.labelValues().get(i));
            }
            if (!histogram) {
                text.sample(family.name(), labels, series.value());
                continue;
            }
            double[] bounds = family.bounds();
            for (int i = 0; i < bounds.length; i++) {
                List<String> bucket = new ArrayList<>(labels);
                bucket.add("le");
                bucket.add(PrometheusText.number(bounds[i]));
                text.sample(family.name() + "_bucket", bucket, series.buckets()[i]);
            }
            List<String> infinite = new ArrayList<>(labels);
            infinite.add("le");
            infinite.add("+Inf");
            text.sample(family.name() + "_bucket", infinite, series.count());
            text.sample(family.name() + "_sum", labels, series.sum());
            text.sample(family.name() + "_count", labels, series.count());
        }
    }

    private static double seconds(Instant at) {
        return at.toEpochMilli() / 1000.0;
    }
}
