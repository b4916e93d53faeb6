package fi.ptvintegration.routes.store;

import java.util.regex.Pattern;

/**
 * Removes secrets from bodies before the integration log stores them: the value of any JSON property
 * whose name speaks of a password, secret, token, API key or authorization is replaced by
 * {@code "***"}. Works on malformed JSON too, since refused bodies are logged as they came.
 */
final class SecretRedactor {

    private static final Pattern SECRET_PROPERTY = Pattern.compile(
            "(\"[^\"]*(?i:password|passwd|secret|token|api[-_]?key|authorization|credential)[^\"]*\"\\s*:\\s*)"
                    + "(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\]\\s]+)");

    /** Bodies longer than this are cut in the log; the store keeps the full record. */
    static final int MAX_LOGGED_CHARS = 65_536;

    private SecretRedactor() {}

    static String redact(String body) {
        if (body == null) {
            return null;
        }
        String cut = body.length() > MAX_LOGGED_CHARS ? body.substring(0, MAX_LOGGED_CHARS) + "...[cut]" : body;
        return SECRET_PROPERTY.matcher(cut).replaceAll("$1\"***\"");
    }
}
