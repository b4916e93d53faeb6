package fi.ptvintegration.routes.ops.shell;

import fi.ptvintegration.routes.ops.OpsService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/**
 * {@code ptv:replay <id>} or {@code ptv:replay --signature <signature>}: puts failed deliveries
 * back in the queue. The worker re-reads the current PAT record and never creates twice. Ids and
 * signatures complete with Tab; misuse, an unknown id, a delivery that is not failed and a
 * signature with no failed delivery end the command with an error (exit status 1 over
 * {@code bin/client}). Admins only ({@code etc/org.apache.karaf.command.acl.ptv.cfg}).
 */
@Command(scope = "ptv", name = "replay", description = "Replay a failed delivery, or every failed delivery of a signature")
@Service
public class ReplayCommand implements Action {

    @Argument(index = 0, name = "id", description = "The delivery (message) id", required = false)
    @Completion(DeliveryIdCompleter.class)
    Long id;

    @Option(name = "-s", aliases = "--signature", description = "Replay every failed delivery of this failure signature")
    @Completion(SignatureCompleter.class)
    String signature;

    @Reference
    OpsService operations;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        ShellArguments.oneOf(id, signature);
        OpsService.Actor by = ShellUser.actor(session, "ptv:replay");
        return ShellArguments.done(id != null ? operations.replayOne(id, by) : operations.replaySignature(signature, by));
    }
}
