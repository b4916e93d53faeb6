package fi.ptvintegration.routes.store;

import fi.ptvintegration.routes.support.Secrets;

/**
 * Prepares a body for the integration log: cut at {@value #MAX_LOGGED_CHARS} characters (marked),
 * then with its secrets removed ({@link Secrets}: the values of JSON properties named like a
 * password, secret, token, API key or authorization, bearer tokens, JWTs). Works on malformed JSON
 * too, since refused bodies are logged as they came.
 */
final class SecretRedactor {

    /** Bodies longer than this are cut in the log; the store keeps the full record. */
    static final int MAX_LOGGED_CHARS = 65_536;

    private SecretRedactor() {}

    static String redact(String body) {
        if (body == null) {
            return null;
        }
        String cut = body.length() > MAX_LOGGED_CHARS ? body.substring(0, MAX_LOGGED_CHARS) + "...[cut]" : body;
        return Secrets.redactText(cut);
    }
}
