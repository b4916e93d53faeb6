package fi.ptvintegration.routes.retention;

import org.apache.camel.builder.RouteBuilder;

/**
 * Once an hour, and a minute after start, deletes integration-log entries and finished outbox
 * rows past their retention.
 */
public class RetentionRouteBuilder extends RouteBuilder {

    public static final String ROUTE_ID = "retention";

    private final RetentionProcessor integrationLog;
    private final RetentionProcessor deliveries;

    public RetentionRouteBuilder(RetentionProcessor integrationLog, RetentionProcessor deliveries) {
        this.integrationLog = integrationLog;
        this.deliveries = deliveries;
    }

    @Override
    public void configure() {
        from("timer:retention?delay=60000&period=3600000")
                .routeId(ROUTE_ID)
                .process(integrationLog).id("retention-integration-log")
                .process(deliveries).id("retention-deliveries");
    }
}
