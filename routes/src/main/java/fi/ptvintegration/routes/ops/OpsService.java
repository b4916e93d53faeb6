package fi.ptvintegration.routes.ops;

import fi.ptvintegration.routes.delivery.DeliveryMetrics;

import fi.ptvintegration.routes.store.Delivery;
import fi.ptvintegration.routes.store.DeliveryStore;
import fi.ptvintegration.routes.store.IntegrationLogEntry;
import fi.ptvintegration.routes.store.IntegrationLogQuery;
import fi.ptvintegration.routes.store.IntegrationLogStore;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What operations can see and do with deliveries, shared by the {@code /cxf/ops} routes and the
 * {@code ptv:*} shell commands (published as an OSGi service): failure groups, deliveries by
 * status, replay and dismiss one or a group, counters, and the integration log. A replay only
 * puts the delivery back in the queue: the worker re-reads the current PAT record and, for a
 * create, updates what PTV already has instead of creating it again.
 */
public class OpsService {

    private static final Logger LOG = LoggerFactory.getLogger(OpsService.class);

    private final DeliveryStore deliveries;
    private final IntegrationLogStore log;
    private final DeliveryMetrics metrics;

    public OpsService(DeliveryStore deliveries, IntegrationLogStore log, DeliveryMetrics metrics) {
        this.deliveries = deliveries;
        this.log = log;
        this.metrics = metrics;
    }

    public List<DeliveryStore.FailureGroup> failureGroups() throws SQLException {
        return deliveries.failureGroups();
    }

    public List<Delivery> deliveries(String status, String signature, String code, int limit) throws SQLException {
        return deliveries.list(status, signature, code, limit);
    }

    public Optional<Delivery> delivery(long id) throws SQLException {
        return deliveries.find(id);
    }

    /** Replays one failed or dismissed delivery; false when there is none such. */
    public boolean replay(long id, String by) throws SQLException {
        boolean replayed = deliveries.replay(id);
        LOG.info("Delivery {} {} by {}", id, replayed ? "replayed" : "not replayed (not failed or dismissed)", by);
        return replayed;
    }

    public int replayGroup(String signature, String by) throws SQLException {
        int replayed = deliveries.replayGroup(signature);
        LOG.info("{} deliveries failed as '{}' replayed by {}", replayed, signature, by);
        return replayed;
    }

    public boolean dismiss(long id, String by) throws SQLException {
        boolean dismissed = deliveries.dismiss(id);
        LOG.info("Delivery {} {} by {}", id, dismissed ? "dismissed" : "not dismissed (not failed or pending)", by);
        return dismissed;
    }

    public int dismissGroup(String signature, String by) throws SQLException {
        int dismissed = deliveries.dismissGroup(signature);
        LOG.info("{} deliveries failed as '{}' dismissed by {}", dismissed, signature, by);
        return dismissed;
    }

    public Map<String, Object> metrics() {
        return metrics.snapshot();
    }

    public List<IntegrationLogEntry> log(IntegrationLogQuery query) throws SQLException {
        return log.find(query);
    }
}
