package fi.ptvintegration.ptv.port;

/**
 * The configured PTV API version cannot write: today {@code api.version = v12}, whose write paths
 * DVV has not published (its beta document has the request schemas but no path and no word on
 * how a write is authorised). A configuration error, not a PTV answer: nothing was sent, and
 * retrying cannot help. Unchecked on purpose, so that it never passes for a {@link PtvApiException}
 * (whose status 0 would read as "PTV unreachable, retry"); callers answer it as a configuration
 * error ({@link #getMessage()} says what to do).
 */
public final class PtvWritesUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String apiVersion;
    private final String operation;

    /**
     * @param apiVersion the configured version, e.g. {@code v12}
     * @param operation what was asked, e.g. {@code create service}
     */
    public PtvWritesUnavailable(String apiVersion, String operation) {
        super("PTV has not published the " + apiVersion + " write paths yet; use v11 (api.version = v11 in "
                + "etc/fi.ptvintegration.ptv.cfg) to " + operation);
        this.apiVersion = apiVersion;
        this.operation = operation;
    }

    public String apiVersion() {
        return apiVersion;
    }

    public String operation() {
        return operation;
    }
}
