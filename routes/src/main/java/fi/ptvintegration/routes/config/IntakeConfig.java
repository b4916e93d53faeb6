package fi.ptvintegration.routes.config;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Who may write PAT records and how large a record may be, read from ConfigAdmin PID
 * {@code fi.ptvintegration.intake} ({@code etc/fi.ptvintegration.intake.cfg}).
 */
@ObjectClassDefinition(
        name = "PTV Integration: PAT intake",
        description = "Credentials and limits of /cxf/yleiset and /cxf/palvelukanava")
public @interface IntakeConfig {

    String PID = "fi.ptvintegration.intake";

    @AttributeDefinition(description = "API keys accepted in the X-API-Key header, comma-separated; empty turns API keys off. "
            + "Set them through the environment (PTV_INTAKE_API_KEYS), never in a committed file.")
    String api_keys() default "";

    @AttributeDefinition(description = "JAAS realm that checks HTTP Basic credentials.")
    String basic_realm() default "karaf";

    @AttributeDefinition(description = "Role a Basic user needs to write.")
    String basic_role() default "ptv-intake";

    @AttributeDefinition(description = "Largest request body accepted, in bytes; larger ones are answered 413.")
    int max_body_bytes() default 1_048_576;

    @AttributeDefinition(description = "DVV's content review of service descriptions (no web or e-mail addresses, phone numbers "
            + "or street addresses): warn stores the record and names them in the answer's warnings, refuse answers 422.")
    String content_review() default "warn";
}
