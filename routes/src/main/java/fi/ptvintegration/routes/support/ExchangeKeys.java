package fi.ptvintegration.routes.support;

/**
 * Every name the steps use to hand things to each other: the headers the REST binding sets from
 * the path and query of a call, and the exchange properties a flow's steps set and read. One
 * place, so that a newcomer sees what travels with a call.
 */
public final class ExchangeKeys {

    // Headers the cxfrs REST binding sets from a call's path parameters.

    /** The PAT code in a push path: {@code /cxf/ptv/service/put/{code}}. */
    public static final String CODE = "code";
    /** The record kind in a push path: {@code organization}, {@code service}, {@code echannel}... */
    public static final String KIND = "kind";
    /** The push operation in a push path: {@code post}, {@code put}, {@code archive}, {@code restore}, or {@code status} (a GET). */
    public static final String OPERATION = "operation";
    /** The intake mode in an intake path: {@code put} or {@code update}. */
    public static final String MODE = "mode";
    /** A delivery id in an ops path: {@code /cxf/ops/deliveries/{id}}. */
    public static final String DELIVERY_ID = "id";
    /** A sync batch id in an ops path: {@code /cxf/ops/sync/{batch}}. */
    public static final String BATCH_ID = "batch";
    /** The JAX-RS method the REST binding called; the ops route branches on it. */
    public static final String OPERATION_NAME = "operationName";

    // Exchange properties of any call from Drupal or an admin (set by CallStartProcessor).

    /** The flow that serves the call, for log lines: Intake, Push, Ops. */
    public static final String FLOW = "ptvFlow";
    /** The correlation id of the call, from Drupal's X-Correlation-Id or generated. */
    public static final String CORRELATION_ID = "ptvCorrelationId";
    /** When the call arrived, System.nanoTime(). */
    public static final String STARTED_NANOS = "ptvCallStartedNanos";
    /** The endpoint path as called, e.g. /cxf/yleiset/put. */
    public static final String ENDPOINT = "ptvCallEndpoint";
    /** Who called: the API key's label or the Basic user name. Never a secret. */
    public static final String PRINCIPAL = "ptvCallPrincipal";
    /** Who called and the tenant it acts for (a {@code tenant.Caller}). */
    public static final String CALLER = "ptvCaller";

    // Exchange properties of intake, push and delivery.

    /** The raw body as received, for the integration log. */
    public static final String RAW_BODY = "ptvRawBody";
    /** The PAT record the call or delivery is about (a {@code PatRecord}). */
    public static final String RECORD = "ptvRecord";
    /** Warnings about the record for intake's answer (a {@code List<Violation>}), e.g. from DVV's content review. */
    public static final String WARNINGS = "ptvWarnings";
    /** The stored form of that record (a {@code StoredRecord}): version and content hash. */
    public static final String STORED_RECORD = "ptvStoredRecord";
    /** The record kind a push or delivery is for (a {@code RecordKind}). */
    public static final String RECORD_KIND = "ptvRecordKind";
    /** What a push or delivery does in PTV (a {@code PushOperation}). */
    public static final String PUSH_OPERATION = "ptvPushOperation";
    /** The claimed outbox row being attempted (a {@code Delivery}). */
    public static final String DELIVERY = "ptvDelivery";
    /**
     * Set by the outbox worker (a {@code Duration}, the lease): a delivered outcome also claims the
     * worker's next due delivery, in the outcome's transaction.
     */
    public static final String CLAIM_NEXT_FOR = "ptvClaimNextFor";
    /**
     * Set by the outbox worker (a {@code PtvSlot}): the attempt's place among the deliveries
     * calling PTV, given back by the route once the attempt's PTV calls are over.
     */
    public static final String PTV_SLOT = "ptvSlot";
    /** The next due delivery the outcome claimed for the worker (a {@code Delivery}), when it asked and one was due. */
    public static final String NEXT_DELIVERY = "ptvNextDelivery";
    /** True when the push call itself makes the first attempt (Drupal waits for the answer). */
    public static final String CLAIMED = "ptvDeliveryClaimed";
    /** The writes a delivery attempt holds until its outcome is committed with them ({@code store.AttemptWrites}). */
    public static final String ATTEMPT_WRITES = "ptvAttemptWrites";
    /** True once PTV has saved the item in this attempt: a failure after it must not lead to a second create. */
    public static final String PTV_SAVED = "ptvSaved";
    /**
     * The call's integration-log record when a step already committed it with the call's own work
     * (the intake's store: one transaction per call); the log step then writes nothing more.
     */
    public static final String CALL_LOGGED = "ptvCallLogged";
    /** The first line of what stopped a call, secrets removed, for its integration-log record (never for the answer). */
    public static final String FAILURE_CAUSE = "ptvFailureCause";
    /** True when a push is answered before anything is queued (an archive of what is archived already...). */
    public static final String ANSWERED = "ptvPushAnswered";

    /** The logging MDC key of the correlation id (shown by the log pattern in etc/org.ops4j.pax.logging.cfg). */
    public static final String MDC_CORRELATION_ID = "correlationId";

    private ExchangeKeys() {}
}
