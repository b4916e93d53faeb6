package fi.ptvintegration.routes.ops.shell;

import fi.ptvintegration.routes.ops.OpsService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code ptv:dismiss <id>} or {@code ptv:dismiss --signature <signature>}: gives up on failed deliveries (they stay listed). */
@Command(scope = "ptv", name = "dismiss", description = "Give up on a failed delivery, or on every failed delivery of a signature")
@Service
public class DismissCommand implements Action {

    @Argument(index = 0, name = "id", description = "The delivery (message) id", required = false)
    Long id;

    @Option(name = "-s", aliases = "--signature", description = "Dismiss every failed delivery of this failure signature")
    String signature;

    @Reference
    OpsService operations;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        OpsService.Actor by = ShellUser.actor(session, "ptv:dismiss");
        if ((id == null) == (signature == null)) {
            System.err.println("Give a delivery id or --signature, not both.");
            return null;
        }
        if (id != null) {
            System.out.println(operations.dismiss(id, by) ? "Delivery " + id + " dismissed."
                    : "Delivery " + id + " is not failed or pending; nothing dismissed.");
        } else {
            System.out.println(operations.dismissGroup(signature, by) + " deliveries failed as '" + signature + "' dismissed.");
        }
        return null;
    }
}
