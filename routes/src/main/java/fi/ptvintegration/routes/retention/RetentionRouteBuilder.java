package fi.ptvintegration.routes.retention;

import org.apache.camel.builder.RouteBuilder;

/**
 * Once an hour, and a minute after start, deletes integration-log entries, finished outbox rows
 * and resolved drift entries past their retention. Every {@value #COMPACTION_PERIOD_MS} ms
 * (route {@value #COMPACTION_ROUTE_ID}) compacts the embedded H2 database file, which H2 itself
 * does not do with the shipped {@code WRITE_DELAY=0} (nothing on PostgreSQL).
 */
public class RetentionRouteBuilder extends RouteBuilder {

    public static final String ROUTE_ID = "retention";
    public static final String COMPACTION_ROUTE_ID = "database-compaction";
    static final long COMPACTION_PERIOD_MS = 1000;

    private final RetentionProcessor integrationLog;
    private final RetentionProcessor deliveries;
    private final RetentionProcessor drift;
    private final DatabaseCompactionProcessor compaction;

    public RetentionRouteBuilder(RetentionProcessor integrationLog, RetentionProcessor deliveries, RetentionProcessor drift,
            DatabaseCompactionProcessor compaction) {
        this.integrationLog = integrationLog;
        this.deliveries = deliveries;
        this.drift = drift;
        this.compaction = compaction;
    }

    @Override
    public void configure() {
        from("timer:retention?delay=60000&period=3600000")
                .routeId(ROUTE_ID)
                .process(integrationLog).id("retention-integration-log")
                .process(deliveries).id("retention-deliveries")
                .process(drift).id("retention-drift");
        from("timer:" + COMPACTION_ROUTE_ID + "?delay=" + COMPACTION_PERIOD_MS + "&period=" + COMPACTION_PERIOD_MS)
                .routeId(COMPACTION_ROUTE_ID)
                .process(compaction).id("database-compaction-run");
    }
}
