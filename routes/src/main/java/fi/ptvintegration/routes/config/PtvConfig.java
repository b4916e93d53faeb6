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

    @AttributeDefinition(description = "PTV Open API version segment used in every path, e.g. v11.")
    String api_version() default "v11";

    @AttributeDefinition(description = "Milliseconds allowed to open a connection to PTV.")
    long connect_timeout_ms() default 5000;

    @AttributeDefinition(description = "Milliseconds allowed for one PTV call, from request to full answer.")
    long request_timeout_ms() default 30000;
}
