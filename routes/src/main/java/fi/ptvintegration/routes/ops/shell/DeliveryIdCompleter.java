package fi.ptvintegration.routes.ops.shell;

import fi.ptvintegration.routes.ops.OpsService;
import fi.ptvintegration.routes.store.Delivery;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Candidate;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;

/**
 * Completes a delivery id for {@code ptv:replay} and {@code ptv:dismiss}: the deliveries an operator
 * acts on (failed, dismissed, pending), newest first, each described by its status, record and
 * failure signature.
 */
@Service
public class DeliveryIdCompleter implements Completer {

    static final int MOST = 100;

    @Reference
    OpsService operations;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<Candidate> found = new ArrayList<>();
        completeCandidates(session, commandLine, found);
        found.forEach(candidate -> candidates.add(candidate.value()));
        return candidates.isEmpty() ? -1 : commandLine.getBufferPosition() - commandLine.getArgumentPosition();
    }

    @Override
    public void completeCandidates(Session session, CommandLine commandLine, List<Candidate> candidates) {
        String typed = ShellCompletion.typed(commandLine);
        try {
            for (String status : List.of(Delivery.FAILED, Delivery.DISMISSED, Delivery.PENDING)) {
                for (Delivery delivery : operations.deliveries(status, null, null, MOST)) {
                    String id = String.valueOf(delivery.id());
                    if (id.startsWith(typed)) {
                        candidates.add(new Candidate(id, id, status, delivery.status() + " " + delivery.kind() + " '" + delivery.code()
                                + "'" + (delivery.failureSignature() == null ? "" : ": " + delivery.failureSignature()), null, null,
                                true));
                    }
                }
            }
        } catch (Exception e) {
            // No candidates when the outbox cannot be read; the command itself will say why.
            candidates.clear();
        }
    }
}
