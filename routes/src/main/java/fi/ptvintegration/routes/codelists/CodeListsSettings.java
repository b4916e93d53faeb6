package fi.ptvintegration.routes.codelists;

import fi.ptvintegration.ptv.http.PtvClientSettings;
import fi.ptvintegration.ptv.codelists.PtvCodeListSource;
import java.net.URI;
import java.time.Duration;

/**
 * The code-list settings, checked: where the lists are read (v12 gateway, else the configured v11
 * API), the refresh schedule and the HTTP cache lifetime of answers.
 */
public record CodeListsSettings(String v12BaseUrl, String v12ApiKey, Duration refreshInterval, Duration refreshRetry,
        Duration refreshCheck, int httpMaxAgeSeconds) {

    public CodeListsSettings {
        v12BaseUrl = v12BaseUrl == null ? "" : v12BaseUrl.strip();
        if (refreshInterval.isNegative() || refreshRetry.isNegative() || refreshCheck.isNegative() || refreshCheck.isZero()) {
            throw new IllegalArgumentException("code-list refresh minutes must not be negative and the check interval must be positive");
        }
        if (httpMaxAgeSeconds < 0) {
            throw new IllegalArgumentException("http.max.age.seconds must not be negative");
        }
    }

    static CodeListsSettings of(CodeListsConfig config) {
        return new CodeListsSettings(config.v12_base_url(), config.v12_api_key(), Duration.ofMinutes(config.refresh_interval_minutes()),
                Duration.ofMinutes(config.refresh_retry_minutes()), Duration.ofSeconds(config.refresh_check_seconds()),
                config.http_max_age_seconds());
    }

    /**
     * Where to read: the v12 gateway when configured, or when the system itself is set to API
     * v12; v11's code lists at PTV's base URL otherwise.
     */
    PtvCodeListSource source(PtvClientSettings ptv) {
        boolean ptvIsV12 = "v12".equals(ptv.apiVersion());
        URI v12 = !v12BaseUrl.isEmpty() ? URI.create(v12BaseUrl) : ptvIsV12 ? URI.create(ptv.baseUrl()) : null;
        URI v11 = ptvIsV12 ? null : URI.create(ptv.baseUrl());
        return new PtvCodeListSource(v12, v12ApiKey, v11, ptv.apiVersion(), ptv.connectTimeout(), ptv.requestTimeout());
    }
}
