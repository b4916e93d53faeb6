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

    @AttributeDefinition(description = "JAAS role a user needs for the actions under /cxf/ops (replay, dismiss).")
    String ops_role() default "admin";

    @AttributeDefinition(description = "JAAS role a user needs for the views under /cxf/ops (log, deliveries, failed, metrics).")
    String ops_viewer_role() default "viewer";

    @AttributeDefinition(description = "Most deliveries the outbox worker sends to PTV at once.")
    int delivery_concurrency() default 4;

    @AttributeDefinition(description = "Attempts of one delivery before it is kept as failed (retryable failures only).")
    int delivery_max_attempts() default 8;

    @AttributeDefinition(description = "Milliseconds before the first retry; doubled for each further one, with jitter.")
    long delivery_backoff_initial_ms() default 1000;

    @AttributeDefinition(description = "Longest wait between two attempts, in milliseconds.")
    long delivery_backoff_max_ms() default 300000;

    @AttributeDefinition(description = "Milliseconds between two looks at the outbox for due deliveries.")
    long delivery_poll_interval_ms() default 500;

    @AttributeDefinition(description = "Seconds a worker holds a delivery; when its node dies, another takes it over after this.")
    int delivery_lease_seconds() default 120;

    @AttributeDefinition(description = "What a push does when a record it refers to is not in PTV yet: "
            + "wait (retry until it is, up to the attempts) or fail (at once, naming what to push first).")
    String delivery_missing_reference() default "fail";

    @AttributeDefinition(description = "At start, put deliveries left in flight by a stop or crash back in the queue at once. "
            + "Set false when several nodes share the database: then their leases expire instead.")
    boolean delivery_recover_at_start() default true;

    @AttributeDefinition(description = "This node's name among the nodes sharing one database, in its outbox claims and in the "
            + "labels of its own metrics; at most 100 characters. Empty: host name and process id.")
    String node_id() default "";

    @AttributeDefinition(description = "Who may scrape GET /cxf/metrics: viewer (HTTP Basic with the ops viewer role) or "
            + "anonymous (no credentials; only where the port is reachable from the monitoring network alone).")
    String metrics_access() default "viewer";

    @AttributeDefinition(description = "Days integration-log entries are kept; older ones are deleted once an hour. 0 keeps them for ever.")
    int integration_log_retention_days() default 90;

    @AttributeDefinition(description = "Days delivered and dismissed outbox rows are kept; older ones are deleted once an hour. "
            + "Pending and failed rows are kept until delivered, replayed or dismissed. 0 keeps them for ever.")
    int delivery_retention_days() default 90;

    @AttributeDefinition(description = "What a push does when someone changed the item in PTV's editor since this system last wrote it: "
            + "report (push, and record the differences written over), refuse (answer 409 naming the fields until an admin accepts "
            + "the edits) or overwrite (push without reading PTV first).")
    String drift_policy() default "report";

    @AttributeDefinition(description = "Hours between two scans of every linked item for drift; 0 turns the scheduled scan off.")
    int drift_scan_interval_hours() default 24;

    @AttributeDefinition(description = "Minutes from start to the first drift scan.")
    int drift_scan_delay_minutes() default 30;

    @AttributeDefinition(description = "Items a drift scan reads from PTV at once.")
    int drift_scan_concurrency() default 4;

    @AttributeDefinition(description = "Whether the daily sync runs by the clock at sync.time (runs started by hand go anyway).")
    boolean sync_enabled() default true;

    @AttributeDefinition(description = "Time of day the daily sync runs, HH:mm, in sync.zone.")
    String sync_time() default "02:30";

    @AttributeDefinition(description = "Time zone of sync.time, e.g. Europe/Helsinki.")
    String sync_zone() default "Europe/Helsinki";
}
