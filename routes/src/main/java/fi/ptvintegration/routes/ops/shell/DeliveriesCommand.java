package fi.ptvintegration.routes.ops.shell;

import fi.ptvintegration.routes.ops.OpsService;
import java.util.Locale;
import java.util.Map;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code ptv:deliveries}: the outbox by status and code, with the delivery counters. */
@Command(scope = "ptv", name = "deliveries", description = "Deliveries to PTV in the outbox, newest first, and the counters")
@Service
public class DeliveriesCommand implements Action {

    @Option(name = "--status", description = "PENDING, IN_FLIGHT, DELIVERED, FAILED or DISMISSED")
    String status;

    @Option(name = "-c", aliases = "--code", description = "Only deliveries of this PAT code")
    String code;

    @Option(name = "-n", aliases = "--limit", description = "Most deliveries to list (default 20)")
    int limit = 20;

    @Reference
    OpsService operations;

    @Override
    public Object execute() throws Exception {
        DeliveriesTable.print(operations.deliveries(status == null ? null : status.toUpperCase(Locale.ROOT), null, code, limit));
        for (Map.Entry<String, Object> metric : operations.metrics().entrySet()) {
            System.out.println(metric.getKey() + " = " + metric.getValue());
        }
        return null;
    }
}
