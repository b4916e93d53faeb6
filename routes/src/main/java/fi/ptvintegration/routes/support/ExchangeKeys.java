package fi.ptvintegration.routes.support;

/** Names of the exchange properties the intake steps hand to each other. */
public final class ExchangeKeys {

    /** The correlation id of the call, from Drupal's X-Correlation-Id or generated. */
    public static final String CORRELATION_ID = "ptvCorrelationId";
    /** When the call arrived, System.nanoTime(). */
    public static final String STARTED_NANOS = "ptvIntakeStartedNanos";
    /** The endpoint path as Drupal called it, e.g. /cxf/yleiset/put. */
    public static final String ENDPOINT = "ptvIntakeEndpoint";
    /** The raw body as received, for the integration log. */
    public static final String RAW_BODY = "ptvIntakeRawBody";
    /** The parsed record. */
    public static final String RECORD = "ptvIntakeRecord";
    /** Who wrote: the API key's label or the Basic user name. Never a secret. */
    public static final String PRINCIPAL = "ptvIntakePrincipal";

    private ExchangeKeys() {}
}
