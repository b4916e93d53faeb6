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
 * {@code ptv:dismiss <id>} or {@code ptv:dismiss --signature <signature>}: gives up on failed
 * deliveries (they stay listed). Ids and signatures complete with Tab; misuse and an action that
 * finds nothing to dismiss end with an error (exit status 1 over {@code bin/client}). Admins only.
 */
@Command(scope = "ptv", name = "dismiss", description = "Give up on a failed delivery, or on every failed delivery of a signature")
@Service
public class DismissCommand implements Action {

    @Argument(index = 0, name = "id", description = "The delivery (message) id", required = false)
    @Completion(DeliveryIdCompleter.class)
    Long id;

    @Option(name = "-s", aliases = "--signature", description = "Dismiss every failed delivery of this failure signature")
    @Completion(SignatureCompleter.class)
    String signature;

    @Reference
    OpsService operations;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        ShellArguments.oneOf(id, signature);
        OpsService.Actor by = ShellUser.actor(session, "ptv:dismiss");
        return ShellArguments.done(id != null ? operations.dismissOne(id, by) : operations.dismissSignature(signature, by));
    }
}
