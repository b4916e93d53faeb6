package fi.ptvintegration.ptv.port;

/**
 * One HTTP call made to PTV, as the integration log records it: method, path (after the base
 * URL, with the API version), the JSON sent and the JSON answered, PTV's status (0 when no
 * answer came) and how long it took. Never carries a token or a password.
 */
public record PtvCall(String method, String path, String requestJson, int status, String responseJson, long millis) {

    /** The same call with another answer, e.g. a read that followed a write. */
    public PtvCall answered(int newStatus, String newResponseJson) {
        return new PtvCall(method, path, requestJson, newStatus, newResponseJson, millis);
    }
}
