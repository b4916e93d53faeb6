package fi.ptvintegration.routes.store;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The result of a real query against the configured DataSource. {@code error} carries the
 * failure's message only (never a URL with credentials, never a stack trace).
 *
 * @param status {@link #UP} or {@link #DOWN}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DatabaseStatus(String status, String product, String productVersion, long responseMillis, String error) {

    public static final String UP = "UP";
    public static final String DOWN = "DOWN";

    public boolean up() {
        return UP.equals(status);
    }
}
