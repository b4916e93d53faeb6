package fi.ptvintegration.routes.drift;

import org.apache.camel.builder.RouteBuilder;

/**
 * The scheduled drift scan ({@code drift-scan}): every {@code drift.scan.interval.hours}, first
 * after {@code drift.scan.delay.minutes}, reads every linked item from PTV and records how it
 * stands ({@link DriftService#scan}). An interval of 0 turns the schedule off; the scan can still
 * be run from {@code /cxf/ops/drift/scan} and {@code ptv:drift --scan}.
 */
public class DriftScanRouteBuilder extends RouteBuilder {

    public static final String ROUTE_ID = "drift-scan";

    private final DriftService drift;
    private final long delayMillis;
    private final long periodMillis;

    public DriftScanRouteBuilder(DriftService drift, long delayMillis, long periodMillis) {
        this.drift = drift;
        this.delayMillis = delayMillis;
        this.periodMillis = periodMillis;
    }

    @Override
    public void configure() {
        from("timer:" + ROUTE_ID + "?delay=" + Math.max(1, delayMillis) + "&period=" + Math.max(1, periodMillis))
                .routeId(ROUTE_ID)
                .autoStartup(periodMillis > 0)
                .process(exchange -> exchange.getMessage().setBody(drift.scan())).id("drift-scan-all");
    }
}
