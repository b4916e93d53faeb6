package fi.ptvintegration.routes.config;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One tenant of a node that serves several municipalities: factory PID
 * {@code fi.ptvintegration.tenant}, one file per tenant ({@code etc/fi.ptvintegration.tenant-<name>.cfg}).
 * Each key is documented in the shipped example file too. A change takes effect without a restart.
 */
@ObjectClassDefinition(
        name = "PTV Integration: tenant",
        description = "A municipality on a shared node: its organisations and the credentials that act for them")
public @interface TenantConfig {

    String FACTORY_PID = "fi.ptvintegration.tenant";

    @AttributeDefinition(description = "The tenant's name, in refusals and log lines.")
    String name();

    @AttributeDefinition(description = "PAT codes of the tenant's organisations, comma-separated; their sub-organisations belong to it too.")
    String organizations();

    @AttributeDefinition(description = "API keys (X-API-Key) that write for the tenant, comma-separated; several for rotation. "
            + "Only from the environment.")
    String api_keys() default "";

    @AttributeDefinition(description = "JAAS users that write for the tenant, comma-separated.")
    String users() default "";

    @AttributeDefinition(description = "JAAS roles whose users write for the tenant, comma-separated.")
    String roles() default "";

    @AttributeDefinition(description = "JAAS users that administer the tenant's deliveries in /cxf/ops, comma-separated.")
    String admin_users() default "";

    @AttributeDefinition(description = "JAAS roles whose users administer the tenant's deliveries in /cxf/ops, comma-separated.")
    String admin_roles() default "";

    @AttributeDefinition(description = "The tenant's own PTV API account; empty: the node's default account. From the environment.")
    String ptv_username() default "";

    @AttributeDefinition(description = "Password of the tenant's PTV API account. Only from the environment.", type = AttributeType.PASSWORD)
    String ptv_password() default "";

    @AttributeDefinition(description = "PTV id of the organisation the tenant's PTV account acts for, when it has several.")
    String ptv_api_user_organisation() default "";
}
