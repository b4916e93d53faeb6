package fi.ptvintegration.routes.ops.shell;

import fi.ptvintegration.routes.ops.OpsService;
import fi.ptvintegration.routes.store.Delivery;
import fi.ptvintegration.routes.store.DeliveryStore;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * {@code ptv:failed}: failed deliveries grouped by cause, or the deliveries of one group (the
 * signature completes with Tab). A signature with no failed delivery, or a limit outside 1 to
 * 1000, ends with an error (exit status 1).
 */
@Command(scope = "ptv", name = "failed", description = "Failed deliveries to PTV, grouped by failure signature")
@Service
public class FailedCommand implements Action {

    @Option(name = "-s", aliases = "--signature", description = "List the deliveries of this failure signature")
    @Completion(SignatureCompleter.class)
    String signature;

    @Option(name = "-n", aliases = "--limit", description = "Most deliveries to list (default 50)")
    int limit = 50;

    @Reference
    OpsService operations;

    @Override
    public Object execute() throws Exception {
        if (signature == null) {
            List<DeliveryStore.FailureGroup> groups = operations.failureGroups();
            ShellTable table = new ShellTable();
            table.column("Count");
            table.column("Signature");
            table.column("Oldest");
            table.column("Newest");
            table.column("Example");
            for (DeliveryStore.FailureGroup group : groups) {
                table.addRow().addContent(group.count(), group.signature(), group.oldest(), group.newest(),
                        group.exampleId() + ": " + group.exampleError());
            }
            table.print(System.out);
            System.out.println(groups.isEmpty() ? "No failed deliveries." : "Replay a group: ptv:replay --signature '<signature>'");
            return null;
        }
        List<Delivery> found = operations.deliveries(Delivery.FAILED, signature, null, ShellArguments.limit(limit));
        if (found.isEmpty()) {
            throw new CommandException("No failed delivery under '" + signature + "'; ptv:failed lists the signatures.");
        }
        DeliveriesTable.print(found);
        return null;
    }
}
