package fi.ptvintegration.ptv.http;

import fi.ptvintegration.ptv.port.PtvApiException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Logs in to PTV ({@code POST api-login} with a JSON body of user name, password and the
 * optional {@code apiUserOrganisation}) and keeps the token until shortly before the {@code exp}
 * of its JWT, then logs in again. Test tokens last about a day and production ones about an
 * hour; a token without a readable {@code exp} is kept for {@code fallbackLifetime}. Reads the
 * token from {@code ptvToken} (test environment) or {@code serviceToken} (production).
 *
 * <p>One login at a time; concurrent callers wait for it. Neither the password nor the token
 * ever goes into an exception message.
 */
public class PtvLoginTokenSource implements PtvTokenSource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI tokenUrl;
    private final PtvCredentials credentials;
    private final HttpClient http;
    private final Duration requestTimeout;
    private final Duration renewBefore;
    private final Duration fallbackLifetime;
    private final Clock clock;

    private String token;
    private Instant renewAt = Instant.MIN;
    private int logins;

    public PtvLoginTokenSource(URI tokenUrl, PtvCredentials credentials, Duration connectTimeout, Duration requestTimeout,
            Duration renewBefore, Duration fallbackLifetime, Clock clock) {
        this.tokenUrl = tokenUrl;
        this.credentials = credentials;
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
        this.requestTimeout = requestTimeout;
        this.renewBefore = renewBefore;
        this.fallbackLifetime = fallbackLifetime;
        this.clock = clock;
    }

    @Override
    public synchronized String token() throws PtvApiException {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            login();
        }
        return token;
    }

    @Override
    public synchronized void invalidate(String refused) {
        if (refused != null && refused.equals(token)) {
            token = null;
            renewAt = Instant.MIN;
        }
    }

    /** How many times this source has logged in; for tests and metrics. */
    public synchronized int logins() {
        return logins;
    }

    private void login() throws PtvApiException {
        ObjectNode body = JSON.createObjectNode()
                .put("username", credentials.username())
                .put("password", credentials.password());
        if (credentials.apiUserOrganisation() != null && !credentials.apiUserOrganisation().isBlank()) {
            body.put("apiUserOrganisation", credentials.apiUserOrganisation());
        }
        HttpRequest request = HttpRequest.newBuilder(tokenUrl)
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new PtvApiException("login", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PtvApiException("login", e);
        }
        if (response.statusCode() != 200) {
            throw new PtvApiException(response.statusCode(), withoutSecrets(response.body()),
                    "login as " + credentials.username());
        }
        String received = readToken(response.body());
        Instant now = clock.instant();
        Instant expires = expiry(received).orElse(now.plus(fallbackLifetime));
        token = received;
        renewAt = expires.minus(renewBefore).isAfter(now) ? expires.minus(renewBefore) : expires;
        logins++;
    }

    private String readToken(String body) throws PtvApiException {
        try {
            JsonNode json = JSON.readTree(body);
            for (String field : new String[] {"ptvToken", "serviceToken"}) {
                JsonNode value = json.path(field);
                if (value.isTextual() && !value.asText().isBlank()) {
                    return value.asText();
                }
            }
        } catch (IOException e) {
            // answered below
        }
        throw new PtvApiException(200, null, "login as " + credentials.username()
                + " (the answer holds neither ptvToken nor serviceToken)");
    }

    /** The {@code exp} claim of a JWT, if the token is one. */
    static java.util.Optional<Instant> expiry(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            return java.util.Optional.empty();
        }
        try {
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(pad(parts[1])));
            JsonNode exp = claims.path("exp");
            return exp.canConvertToLong() ? java.util.Optional.of(Instant.ofEpochSecond(exp.asLong())) : java.util.Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static String pad(String base64) {
        return base64 + "===".substring(0, (4 - base64.length() % 4) % 4);
    }

    private String withoutSecrets(String body) {
        return body == null ? null : body.replace(credentials.password(), "***");
    }
}
