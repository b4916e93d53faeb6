package fi.ptvintegration.routes.config;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Runtime settings of the application's Camel context, read from ConfigAdmin PID
 * {@code fi.ptvintegration.runtime} ({@code etc/fi.ptvintegration.runtime.cfg}).
 * Each key is documented there too; the defaults here apply when the file is absent.
 */
@ObjectClassDefinition(
        name = "PTV Integration runtime",
        description = "Camel context and database settings of the PTV integration")
public @interface RuntimeConfig {

    String PID = "fi.ptvintegration.runtime";

    @AttributeDefinition(description = "Name of the Camel context, as shown in Hawtio, JMX and logs.")
    String camel_context_name() default "ptv-integration";

    @AttributeDefinition(description = "OSGi filter selecting the JDBC DataSource service "
            + "(pax-jdbc-config publishes etc/org.ops4j.datasource-ptv.cfg with dataSourceName=ptv).")
    String dataSource_target() default "(dataSourceName=ptv)";

    @AttributeDefinition(description = "Seconds the health check waits for the database before reporting it DOWN.")
    int health_database_timeout_seconds() default 5;

    @AttributeDefinition(description = "JAAS role a user needs for the operations views under /cxf/ops.")
    String ops_role() default "admin";

    @AttributeDefinition(description = "Days integration-log entries are kept; older ones are deleted once an hour. 0 keeps them for ever.")
    int integration_log_retention_days() default 90;
}
