package fi.ptvintegration.routes.codelists;

import fi.ptvintegration.ptv.codelists.PtvCodeListSource;
import fi.ptvintegration.ptv.http.PtvClientSettings;
import java.net.URI;
import java.time.Duration;

/**
 * The code-list settings, checked: where the lists are read (PTV's v12 gateway, else the v11 API
 * the system writes to), the refresh schedule and the HTTP cache lifetime of answers.
 *
 * @param refreshInterval between refreshes from PTV; zero refreshes only on demand
 * @param refreshRetry before a failed refresh is tried again
 * @param refreshCheck between two looks at whether a refresh is due
 */
public record CodeListsSettings(PtvCodeListSource source, Duration refreshInterval, Duration refreshRetry, Duration refreshCheck,
        int httpMaxAgeSeconds) {

    public CodeListsSettings {
        if (refreshInterval.isNegative() || refreshRetry.isNegative() || refreshCheck.isNegative() || refreshCheck.isZero()) {
            throw new IllegalArgumentException("code-list refresh minutes must not be negative and the check interval must be positive");
        }
        if (httpMaxAgeSeconds < 0) {
            throw new IllegalArgumentException("http.max.age.seconds must not be negative");
        }
    }

    /**
     * From {@code fi.ptvintegration.codelists} and PTV's settings: the v12 gateway when configured, or
     * when the system itself is set to API v12; v11's code lists at PTV's base URL otherwise.
     */
    public static CodeListsSettings of(CodeListsConfig config, PtvClientSettings ptv) {
        return new CodeListsSettings(source(config.v12_base_url(), config.v12_api_key(), ptv),
                Duration.ofMinutes(config.refresh_interval_minutes()), Duration.ofMinutes(config.refresh_retry_minutes()),
                Duration.ofSeconds(config.refresh_check_seconds()), config.http_max_age_seconds());
    }

    /** The defaults of {@code etc/fi.ptvintegration.codelists.cfg}, for PTV's defaults (the simulator, v11). */
    public static CodeListsSettings defaults() {
        return new CodeListsSettings(source("", "", new PtvClientSettings("http://localhost:8282", "v11", Duration.ofSeconds(5),
                Duration.ofSeconds(30))), Duration.ofDays(1), Duration.ofHours(1), Duration.ofMinutes(1), 300);
    }

    static PtvCodeListSource source(String v12BaseUrl, String v12ApiKey, PtvClientSettings ptv) {
        boolean ptvIsV12 = "v12".equals(ptv.apiVersion());
        String v12 = v12BaseUrl == null ? "" : v12BaseUrl.strip();
        URI v12Base = !v12.isEmpty() ? URI.create(v12) : ptvIsV12 ? URI.create(ptv.baseUrl()) : null;
        URI v11Base = ptvIsV12 ? null : URI.create(ptv.baseUrl());
        return new PtvCodeListSource(v12Base, v12ApiKey, v11Base, ptv.apiVersion(), ptv.connectTimeout(), ptv.requestTimeout());
    }
}
