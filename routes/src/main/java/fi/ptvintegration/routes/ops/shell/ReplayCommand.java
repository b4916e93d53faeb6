package fi.ptvintegration.routes.ops.shell;

import fi.ptvintegration.routes.ops.OpsService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/**
 * {@code ptv:replay <id>} or {@code ptv:replay --signature <signature>}: puts failed deliveries
 * back in the queue. The worker re-reads the current PAT record and never creates twice.
 */
@Command(scope = "ptv", name = "replay", description = "Replay a failed delivery, or every failed delivery of a signature")
@Service
public class ReplayCommand implements Action {

    @Argument(index = 0, name = "id", description = "The delivery (message) id", required = false)
    Long id;

    @Option(name = "-s", aliases = "--signature", description = "Replay every failed delivery of this failure signature")
    String signature;

    @Reference
    OpsService operations;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        OpsService.Actor by = ShellUser.actor(session, "ptv:replay");
        if ((id == null) == (signature == null)) {
            System.err.println("Give a delivery id or --signature, not both.");
            return null;
        }
        if (id != null) {
            System.out.println(operations.replay(id, by) ? "Delivery " + id + " is back in the queue."
                    : "Delivery " + id + " is not failed or dismissed; nothing replayed.");
        } else {
            System.out.println(operations.replayGroup(signature, by) + " deliveries failed as '" + signature
                    + "' are back in the queue.");
        }
        return null;
    }
}
