package fi.ptvintegration.routes.sync;

import org.apache.camel.builder.RouteBuilder;

/**
 * The daily sync's routes: {@code ptv-sync} runs a started batch on its own thread
 * ({@link SyncRunner}, one batch at a time), and {@code ptv-sync-schedule} starts the batch of
 * each day at the configured time ({@link SyncScheduleProcessor}); the schedule is left out when
 * {@code sync.enabled} is false (runs started by hand still go). Started from
 * {@code POST /cxf/ops/sync} and {@code ptv:sync} through the {@link SyncService}.
 */
public class SyncRouteBuilder extends RouteBuilder {

    public static final String RUN_ROUTE_ID = "ptv-sync";
    public static final String SCHEDULE_ROUTE_ID = "ptv-sync-schedule";
    /** Where a started batch's id is handed to the runner; the caller does not wait. */
    public static final String RUN_URI = "seda:ptv-sync?concurrentConsumers=1&waitForTaskToComplete=Never";

    private static final long TICK_MILLIS = 30_000;

    private final SyncRunner runner;
    private final SyncScheduleProcessor schedule;

    /**
     * @param schedule the schedule's step, or null when the schedule is off
     */
    public SyncRouteBuilder(SyncRunner runner, SyncScheduleProcessor schedule) {
        this.runner = runner;
        this.schedule = schedule;
    }

    @Override
    public void configure() {
        from(RUN_URI)
                .routeId(RUN_ROUTE_ID)
                .process(runner).id("sync-run-phases");

        if (schedule != null) {
            from("timer:" + SCHEDULE_ROUTE_ID + "?delay=" + TICK_MILLIS + "&period=" + TICK_MILLIS)
                    .routeId(SCHEDULE_ROUTE_ID)
                    .process(schedule).id("sync-check-schedule");
        }
    }
}
