package fi.ptvintegration.routes.retention;

import org.apache.camel.builder.RouteBuilder;

/**
 * Once an hour, and a minute after start, deletes integration-log entries, finished outbox rows
 * and resolved drift entries past their retention.
 */
public class RetentionRouteBuilder extends RouteBuilder {

    public static final String ROUTE_ID = "retention";

    private final RetentionProcessor integrationLog;
    private final RetentionProcessor deliveries;
    private final RetentionProcessor drift;

    public RetentionRouteBuilder(RetentionProcessor integrationLog, RetentionProcessor deliveries, RetentionProcessor drift) {
        this.integrationLog = integrationLog;
        this.deliveries = deliveries;
        this.drift = drift;
    }

    @Override
    public void configure() {
        from("timer:retention?delay=60000&period=3600000")
                .routeId(ROUTE_ID)
                .process(integrationLog).id("retention-integration-log")
                .process(deliveries).id("retention-deliveries")
                .process(drift).id("retention-drift");
    }
}
