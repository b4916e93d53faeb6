package fi.ptvintegration.routes.health;

import fi.ptvintegration.routes.store.DatabaseHealthProbe;
import fi.ptvintegration.routes.store.DatabaseStatus;
import java.util.Map;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * The database answers a real query ({@link DatabaseHealthProbe}). Impact DOWN and readiness
 * only: without the database nothing can be stored, so a load balancer should send calls
 * elsewhere, but restarting the node does not bring the database back.
 */
public class DatabaseHealthCheck extends ApplicationHealthCheck {

    public static final String ID = "database";

    private final DatabaseHealthProbe probe;

    public DatabaseHealthCheck(DatabaseHealthProbe probe) {
        super(ID, Impact.DOWN, false, true);
        this.probe = probe;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        DatabaseStatus status = probe.probe();
        builder.detail("responseMillis", status.responseMillis());
        if (status.up()) {
            builder.detail("product", status.product()).detail("productVersion", status.productVersion()).up();
        } else {
            builder.message(status.error()).down();
        }
    }
}
