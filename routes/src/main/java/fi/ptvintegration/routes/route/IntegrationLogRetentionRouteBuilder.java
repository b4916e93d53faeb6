package fi.ptvintegration.routes.route;

import fi.ptvintegration.routes.processor.IntegrationLogRetentionProcessor;
import org.apache.camel.builder.RouteBuilder;

/** Once an hour, and a minute after start, deletes integration-log entries past their retention. */
public class IntegrationLogRetentionRouteBuilder extends RouteBuilder {

    public static final String ROUTE_ID = "integration-log-retention";

    private final IntegrationLogRetentionProcessor retention;

    public IntegrationLogRetentionRouteBuilder(IntegrationLogRetentionProcessor retention) {
        this.retention = retention;
    }

    @Override
    public void configure() {
        from("timer:integration-log-retention?delay=60000&period=3600000")
                .routeId(ROUTE_ID)
                .process(retention);
    }
}
