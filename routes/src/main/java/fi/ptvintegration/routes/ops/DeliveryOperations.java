package fi.ptvintegration.routes.ops;

import fi.ptvintegration.routes.store.DeliveryStore;
import java.security.AccessController;
import java.security.Principal;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.security.auth.Subject;

/**
 * The operations MBean: replay and dismiss from Hawtio or any JMX client, through the
 * {@link OpsService}, so they are audited in the integration log as the REST and shell actions
 * are (channel {@code jmx}, the user of the JMX call's subject: Hawtio runs each Jolokia call as
 * the logged-in user). A database failure or an action that finds nothing to do is an
 * {@link IllegalStateException} or {@link IllegalArgumentException} with the reason, which
 * Hawtio shows.
 */
public class DeliveryOperations implements DeliveryOperationsMBean {

    private final OpsService operations;

    public DeliveryOperations(OpsService operations) {
        this.operations = operations;
    }

    @Override
    public String[] getFailureGroups() {
        try {
            List<DeliveryStore.FailureGroup> groups = operations.failureGroups();
            return groups.stream().map(g -> g.count() + " × " + g.signature() + " (example " + g.exampleId() + ": " + g.exampleError()
                    + ")").toArray(String[]::new);
        } catch (SQLException e) {
            throw new IllegalStateException("the outbox could not be read: " + e.getMessage());
        }
    }

    @Override
    public String replay(long deliveryId) {
        return act("replay", by -> operations.replayOne(deliveryId, by));
    }

    @Override
    public String replaySignature(String signature) {
        return act("replaySignature", by -> operations.replaySignature(required(signature), by));
    }

    @Override
    public String dismiss(long deliveryId) {
        return act("dismiss", by -> operations.dismissOne(deliveryId, by));
    }

    @Override
    public String dismissSignature(String signature) {
        return act("dismissSignature", by -> operations.dismissSignature(required(signature), by));
    }

    @FunctionalInterface
    private interface Action {
        OpsService.Result run(OpsService.Actor by) throws SQLException;
    }

    private static String act(String operation, Action action) {
        OpsService.Actor by = new OpsService.Actor(caller(), "jmx", UUID.randomUUID().toString(), "jmx:" + operation, "JMX");
        OpsService.Result result;
        try {
            result = action.run(by);
        } catch (SQLException e) {
            throw new IllegalStateException("the outbox could not be changed: " + e.getMessage());
        }
        if (!result.done()) {
            throw new IllegalArgumentException(result.message());
        }
        return result.message();
    }

    private static String required(String signature) {
        if (signature == null || signature.isBlank()) {
            throw new IllegalArgumentException("a failure signature is needed, e.g. 'PTV 400 ServiceNames'");
        }
        return signature;
    }

    /** The user of the JMX call: the UserPrincipal of the subject Hawtio (or Karaf's JMX connector) runs it as. */
    @SuppressWarnings("removal")
    static String caller() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject != null) {
            for (Principal principal : subject.getPrincipals()) {
                if (principal.getClass().getSimpleName().equals("UserPrincipal")) {
                    return principal.getName();
                }
            }
        }
        return "unknown";
    }
}
