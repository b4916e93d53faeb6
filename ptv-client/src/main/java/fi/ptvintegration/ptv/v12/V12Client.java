package fi.ptvintegration.ptv.v12;

import com.fasterxml.jackson.core.JsonProcessingException;
import fi.ptvintegration.ptv.http.PtvApiKey;
import fi.ptvintegration.ptv.http.PtvClientSettings;
import fi.ptvintegration.ptv.port.PtvApiException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * PTV API v12's read paths over {@code java.net.http}: a GET with the {@code x-api-key} header, its
 * answer read into a generated v12 model. Reads {@link PtvClientSettings} (base URL, version
 * segment, timeouts) and the {@link PtvApiKey}, which goes in the header only. A 404 is an answer
 * (the caller decides what it means); any other status than 200 is a {@link PtvApiException} with
 * PTV's problem details as its body, and no answer at all one with status 0.
 */
final class V12Client {

    /** One answer: the model, PTV's JSON as it came, the status and the path asked. */
    record Answer<T>(T body, String json, int status, String path, long millis) {}

    private final PtvClientSettings settings;
    private final PtvApiKey apiKey;
    private final HttpClient http;

    V12Client(PtvClientSettings settings, PtvApiKey apiKey) {
        this.settings = settings;
        this.apiKey = apiKey;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build();
    }

    PtvClientSettings settings() {
        return settings;
    }

    /** {@code /api/v12/<resource>} with the query parameters that are not null, in order. */
    String path(String resource, Map<String, Object> query) {
        String parameters = query.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return "/api/" + settings.apiVersion() + "/" + resource + (parameters.isEmpty() ? "" : "?" + parameters);
    }

    static Map<String, Object> query(Object... namesAndValues) {
        Map<String, Object> query = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            query.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return query;
    }

    <T> Answer<T> get(String path, Class<T> type, String operation) throws PtvApiException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.baseUrl() + path))
                .timeout(settings.requestTimeout())
                .header("Accept", "application/json")
                .GET();
        if (apiKey.isPresent()) {
            request.header("x-api-key", apiKey.value());
        }
        long started = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new PtvApiException(operation, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PtvApiException(operation, e);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        int status = response.statusCode();
        if (status == 404) {
            return new Answer<>(null, response.body(), status, path, millis);
        }
        if (status != 200) {
            throw new PtvApiException(status, response.body(), operation,
                    PtvApiException.parseRetryAfter(response.headers().firstValue("Retry-After").orElse(null), Clock.systemUTC()), false);
        }
        try {
            return new Answer<>(V12Json.MAPPER.readValue(response.body(), type), response.body(), status, path, millis);
        } catch (JsonProcessingException e) {
            throw new PtvApiException(status, response.body(), operation + " (an answer that is not a v12 " + type.getSimpleName()
                    + ": " + e.getOriginalMessage() + ")");
        }
    }
}
