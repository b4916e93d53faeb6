package fi.ptvintegration.routes.config;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Where and how PTV is called, read from ConfigAdmin PID {@code fi.ptvintegration.ptv}
 * ({@code etc/fi.ptvintegration.ptv.cfg}). Switching between the PTV simulator, PTV's
 * test ("trn") environment and production is a change of these keys only.
 */
@ObjectClassDefinition(
        name = "PTV Integration: PTV connection",
        description = "Base URL, API version and timeouts of the PTV Open API")
public @interface PtvConfig {

    String PID = "fi.ptvintegration.ptv";

    @AttributeDefinition(description = "Scheme, host and port of the PTV Open API, without the /api/vNN part.")
    String base_url() default "http://localhost:8282";

    @AttributeDefinition(description = "PTV Open API version: v11, or v12 (reads only until DVV publishes v12's write paths).")
    String api_version() default "v11";

    @AttributeDefinition(description = "API key of this integration for PTV API v12 (x-api-key). Only from the environment (PTV_API_KEY).",
            type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
    String api_key() default "";

    @AttributeDefinition(description = "Milliseconds allowed to open a connection to PTV.")
    long connect_timeout_ms() default 5000;

    @AttributeDefinition(description = "Milliseconds allowed for one PTV call, from request to full answer.")
    long request_timeout_ms() default 30000;

    @AttributeDefinition(description = "PTV's login address (api-login). Empty: calls carry no token.")
    String token_url() default "";

    @AttributeDefinition(description = "PTV API account user name. From the environment (PTV_USERNAME).")
    String username() default "";

    @AttributeDefinition(description = "PTV API account password. Only from the environment (PTV_PASSWORD).", type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
    String password() default "";

    @AttributeDefinition(description = "PTV id of the organisation to act for, when the account has several.")
    String api_user_organisation() default "";

    @AttributeDefinition(description = "Prefix of every sourceId this system writes, e.g. turku-: letters, digits and '-'.")
    String source_id_prefix() default "";

    @AttributeDefinition(description = "Whether a put of something PTV does not have (404) creates it instead of answering 'use post'.")
    boolean create_when_missing() default false;
}
