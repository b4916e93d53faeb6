package fi.ptvintegration.routes.codelists;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Where the code lists come from and how often, read from ConfigAdmin PID
 * {@code fi.ptvintegration.codelists} ({@code etc/fi.ptvintegration.codelists.cfg}, every key
 * documented there). Without a v12 base URL the lists come from the v11 API of
 * {@code fi.ptvintegration.ptv}, which has no classifications (they stay never loaded).
 */
@ObjectClassDefinition(
        name = "PTV Integration: code lists",
        description = "PTV code lists kept locally for Drupal's editors and for validation")
public @interface CodeListsConfig {

    String PID = "fi.ptvintegration.codelists";

    @AttributeDefinition(description = "Base URL of PTV's v12 API gateway (its code lists are public), without /api/v12; "
            + "empty: the v11 API of fi.ptvintegration.ptv (no classifications there).")
    String v12_base_url() default "";

    @AttributeDefinition(description = "API key for the v12 gateway's x-api-key header; only from the environment.",
            type = AttributeType.PASSWORD)
    String v12_api_key() default "";

    @AttributeDefinition(description = "Minutes between refreshes from PTV; 0 refreshes only on demand (POST /cxf/ops/codelists/refresh).")
    long refresh_interval_minutes() default 1440;

    @AttributeDefinition(description = "Minutes before a failed refresh is tried again.")
    long refresh_retry_minutes() default 60;

    @AttributeDefinition(description = "Seconds between two looks at whether a refresh is due (and at lists another node refreshed).")
    long refresh_check_seconds() default 60;

    @AttributeDefinition(description = "Seconds Drupal (its browser or proxy) may reuse a code-list answer: Cache-Control max-age.")
    int http_max_age_seconds() default 300;
}
