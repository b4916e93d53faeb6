package fi.ptvintegration.ptv.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where and how the PTV Open API is called: the base URL (scheme, host and port, without the
 * {@code /api/vNN} part), the API version segment, and the connect and request timeouts.
 * Validated on construction so that a wrong setting fails at start-up with a clear message,
 * not at the first push.
 */
public record PtvClientSettings(String baseUrl, String apiVersion, Duration connectTimeout, Duration requestTimeout) {

    private static final Pattern API_VERSION = Pattern.compile("v\\d+");
    private static final Pattern USER_INFO = Pattern.compile("//[^/?#]*@");

    public PtvClientSettings {
        Objects.requireNonNull(baseUrl, "PTV base URL is required");
        Objects.requireNonNull(apiVersion, "PTV API version is required");
        Objects.requireNonNull(connectTimeout, "connect timeout is required");
        Objects.requireNonNull(requestTimeout, "request timeout is required");
        baseUrl = baseUrl.strip();
        while (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
        URI uri;
        try {
            uri = URI.create(baseUrl);
        } catch (IllegalArgumentException e) {
            // The reason only: URI's own message repeats the whole input, credentials included.
            String reason = e.getCause() instanceof URISyntaxException syntax ? syntax.getReason() : "unparsable";
            throw new IllegalArgumentException("PTV base URL '" + shown(baseUrl) + "' is not a URL: " + reason);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException(
                    "PTV base URL '" + shown(baseUrl) + "' must be an absolute http or https URL, e.g. https://api.palvelutietovaranto.trn.suomi.fi");
        }
        if (uri.getPath() != null && uri.getPath().matches("(?i).*/api(/v\\d+)?")) {
            throw new IllegalArgumentException(
                    "PTV base URL '" + shown(baseUrl) + "' must not contain /api/vNN: the version comes from the API version setting");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "PTV base URL '" + shown(baseUrl) + "' must not have a query or fragment: the API paths are appended to it");
        }
        if (uri.getUserInfo() != null) {
            throw new IllegalArgumentException("PTV base URL must not carry credentials");
        }
        apiVersion = apiVersion.strip();
        if (!API_VERSION.matcher(apiVersion).matches()) {
            throw new IllegalArgumentException("PTV API version '" + apiVersion + "' must look like v11");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connect timeout must be positive, was " + connectTimeout);
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("request timeout must be positive, was " + requestTimeout);
        }
    }

    /** The URL as error messages may show it: a user-info part (user:password@) is masked. */
    private static String shown(String url) {
        return USER_INFO.matcher(url).replaceFirst("//***@");
    }
}
