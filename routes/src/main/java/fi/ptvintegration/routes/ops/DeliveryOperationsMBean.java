package fi.ptvintegration.routes.ops;

/**
 * Replay and dismiss as JMX operations ({@code fi.ptvintegration:type=Operations}), so that an
 * admin can act from Hawtio's JMX tab. Guarded by the JMX ACL {@code etc/jmx.acl.fi.ptvintegration.cfg}
 * (views for viewers, actions for admins), which Hawtio's RBAC restrictor enforces; every action
 * goes through the {@link OpsService} and leaves an integration-log record naming the user
 * ({@code jmx:<user>}). An action that finds nothing to do fails with the reason.
 */
public interface DeliveryOperationsMBean {

    /** Failed deliveries by signature: "count × signature (example id: cause)", largest group first. */
    String[] getFailureGroups();

    /** Puts one failed or dismissed delivery back in the queue. */
    String replay(long deliveryId);

    /** Puts every failed delivery of a signature back in the queue. */
    String replaySignature(String signature);

    /** Gives up on one failed or pending delivery. */
    String dismiss(long deliveryId);

    /** Gives up on every failed delivery of a signature. */
    String dismissSignature(String signature);
}
