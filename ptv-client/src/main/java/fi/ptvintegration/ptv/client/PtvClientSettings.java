package fi.ptvintegration.ptv.client;

import java.net.URI;
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
            throw new IllegalArgumentException("PTV base URL '" + baseUrl + "' is not a URL: " + e.getMessage(), e);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException(
                    "PTV base URL '" + baseUrl + "' must be an absolute http or https URL, e.g. https://api.palvelutietovaranto.trn.suomi.fi");
        }
        if (uri.getPath() != null && uri.getPath().matches("(?i).*/api(/v\\d+)?")) {
            throw new IllegalArgumentException(
                    "PTV base URL '" + baseUrl + "' must not contain /api/vNN: the version comes from the API version setting");
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
}
