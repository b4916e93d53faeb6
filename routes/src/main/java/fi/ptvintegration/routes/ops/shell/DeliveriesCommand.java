package fi.ptvintegration.routes.ops.shell;

import fi.ptvintegration.routes.ops.OpsService;
import java.util.Map;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/**
 * {@code ptv:deliveries}: the outbox by status and code, with the delivery counters. A status
 * other than the six, or a limit outside 1 to 1000, ends with an error (exit status 1).
 */
@Command(scope = "ptv", name = "deliveries", description = "Deliveries to PTV in the outbox, newest first, and the counters")
@Service
public class DeliveriesCommand implements Action {

    @Option(name = "--status", description = "NEW, PENDING, IN_FLIGHT, DELIVERED, FAILED or DISMISSED")
    @Completion(value = StringsCompleter.class, values = {"NEW", "PENDING", "IN_FLIGHT", "DELIVERED", "FAILED", "DISMISSED"}, caseSensitive = false)
    String status;

    @Option(name = "-c", aliases = "--code", description = "Only deliveries of this PAT code")
    String code;

    @Option(name = "-n", aliases = "--limit", description = "Most deliveries to list (default 20)")
    int limit = 20;

    @Reference
    OpsService operations;

    @Override
    public Object execute() throws Exception {
        DeliveriesTable.print(operations.deliveries(ShellArguments.status(status), null, code, ShellArguments.limit(limit)));
        for (Map.Entry<String, Object> metric : operations.metrics().asMap().entrySet()) {
            System.out.println(metric.getKey() + " = " + metric.getValue());
        }
        return null;
    }
}
