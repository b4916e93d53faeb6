package fi.ptvintegration.routes.ops.shell;

import fi.ptvintegration.routes.ops.OpsService;
import fi.ptvintegration.routes.store.DeliveryStore;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Candidate;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;

/**
 * Completes a failure signature for {@code --signature} of {@code ptv:failed}, {@code ptv:replay}
 * and {@code ptv:dismiss}: the signatures of the failed deliveries, largest group first. Signatures
 * hold spaces, so each is offered in single quotes; what was typed matches with or without the
 * opening quote.
 */
@Service
public class SignatureCompleter implements Completer {

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
        String typed = ShellCompletion.typed(commandLine).replaceFirst("^['\"]", "");
        try {
            for (DeliveryStore.FailureGroup group : operations.failureGroups()) {
                String signature = group.signature() == null ? "" : group.signature();
                if (signature.startsWith(typed)) {
                    candidates.add(new Candidate(ShellCompletion.quoted(signature), signature, null, group.count() + " failed", null, null,
                            true));
                }
            }
        } catch (Exception e) {
            // No candidates when the outbox cannot be read; the command itself will say why.
            candidates.clear();
        }
    }
}
