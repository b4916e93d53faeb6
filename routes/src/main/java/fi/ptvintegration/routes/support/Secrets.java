package fi.ptvintegration.routes.support;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from text before it is stored or logged: a failure's message, a cause kept on a
 * delivery, an integration-log error or body. Replaced by {@code ***}: the value of a JSON property
 * or of a {@code key=value} / {@code key: value} pair whose key speaks of a password, secret, token,
 * API key, authorization or credential; what follows {@code Bearer} or {@code Basic}; anything
 * shaped like a JWT; the password in a URL's user part. Works on malformed JSON and on plain text
 * alike, since refused bodies and drivers' messages come as they are.
 */
public final class Secrets {

    private static final String SECRET_WORD = "(?:password|passwd|pwd|secret|token|api[-_]?key|authorization|credential)";
    /*
     * Bodies of up to 64K characters pass through these patterns, hostile ones too: a JSON string is read
     * by possessive runs (a repeated alternation recurses once per character in Java's matcher: a
     * StackOverflowError on a long secret value), and a key starts only where a word starts (with \b,
     * every hyphen in "a-a-a..." started a scan to the word's end: quadratic).
     */
    private static final Pattern JSON_PROPERTY = Pattern.compile(
            "(\"[^\"]*(?i:" + SECRET_WORD + ")[^\"]*\"\\s*:\\s*)(\"(?:[^\"\\\\]++|\\\\.)*+\"|[^,}\\]\\s]++)");
    private static final Pattern KEY_VALUE = Pattern.compile(
            "(?i)((?<![\\w.-])[\\w.-]*" + SECRET_WORD + "s?\\s*[=:]\\s*)"
                    + "((?:Bearer|Basic)\\s+\\S+|\"[^\"]*\"|'[^']*'|[^\\s,;&\"'}\\]]+)");
    private static final Pattern AUTH_SCHEME = Pattern.compile("(?i)\\b(Bearer|Basic)\\s+[A-Za-z0-9._~+/=-]{4,}");
    private static final Pattern JWT = Pattern.compile("\\beyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*");
    private static final Pattern URL_PASSWORD = Pattern.compile("(://[^/:@\\s]+:)[^@/\\s]+@");

    /*
     * The words a text must contain, in lower case, for the patterns of named secrets to match it
     * (passw- covers password and passwd; the authorization schemes). Almost no body the integration
     * log keeps (PAT records, PTV's answers) holds one, and looking for these few words costs far
     * less than running the patterns over 64K characters (they were a tenth of a push's CPU samples).
     * A JWT and a URL with a password are looked for only where "eyJ" and "://" occur.
     */
    private static final List<String> SECRET_MARKERS = List.of("passw", "pwd", "secret", "token", "apikey", "api-key", "api_key",
            "authorization", "credential", "bearer", "basic");

    private Secrets() {}

    /** The text with every secret it shows replaced by {@code ***}; null stays null. */
    public static String redactText(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        boolean named = namesSecrets(text);
        String redacted = text;
        if (named) {
            redacted = JSON_PROPERTY.matcher(redacted).replaceAll("$1\"***\"");
            redacted = AUTH_SCHEME.matcher(redacted).replaceAll("$1 ***");
        }
        if (redacted.contains("eyJ")) {
            redacted = JWT.matcher(redacted).replaceAll("***");
        }
        if (redacted.contains("://")) {
            redacted = URL_PASSWORD.matcher(redacted).replaceAll("$1***@");
        }
        if (!named) {
            return redacted;
        }
        return KEY_VALUE.matcher(redacted).replaceAll(match -> Matcher.quoteReplacement(
                match.group(2).replace("\"", "").equals("***") ? match.group() : match.group(1) + "***"));
    }

    /** Whether the text holds a word that names a secret or an authorization scheme, in any letter case. */
    static boolean namesSecrets(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String marker : SECRET_MARKERS) {
            if (lower.contains(marker)) {
                return true;
            }
        }
        return false;
    }
}
