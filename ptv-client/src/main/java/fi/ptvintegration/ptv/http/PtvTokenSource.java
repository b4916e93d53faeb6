package fi.ptvintegration.ptv.http;

import fi.ptvintegration.ptv.port.PtvApiException;

/**
 * Where {@link PtvClient} gets the bearer token for a call. {@link #none()} sends no
 * Authorization header; {@link PtvLoginTokenSource} logs in to PTV and renews the token.
 */
public interface PtvTokenSource {

    /** The token to send now, or null to send none. */
    String token() throws PtvApiException;

    /** PTV refused this token (401): forget it, so that the next {@link #token()} logs in again. */
    default void invalidate(String token) {}

    static PtvTokenSource none() {
        return () -> null;
    }
}
