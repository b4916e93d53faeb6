package fi.ptvintegration.routes.health;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.health.ContextHealthCheck;
import org.apache.camel.impl.health.DefaultHealthCheckRegistry;
import org.apache.camel.impl.health.RoutesHealthCheckRepository;

/**
 * The application's health on Camel's health-check API: a {@link HealthCheckRegistry} set on the
 * Camel context with Camel's own checks (the context; one per route, {@code route:<id>}) and the
 * application's ({@link ApplicationHealthCheck}: database, outbox poller, PTV login, and any a
 * flow adds). {@link #evaluate} runs the checks of one question and rolls them up: {@code DOWN}
 * when a check whose impact is DOWN is not up, {@code DEGRADED} when only checks of impact
 * DEGRADED are not up, else {@code UP}; the failing checks are named.
 *
 * <p>Camel's checks have no impact of their own: the context and every route are DOWN-impact,
 * except the routes named as degrading (the outbox poller and retention: without them intake
 * and first attempts go on). The registry is built here, not found through Camel's factory
 * finder, which does not see camel-health's service files from this bundle in Karaf.
 */
public final class HealthChecks {

    /** Which question is asked: everything, may the node live on, may it take traffic. */
    public enum Question {
        ALL, LIVENESS, READINESS
    }

    /**
     * One check's answer.
     *
     * @param state UP, DOWN or UNKNOWN (Camel's states)
     * @param impact what it does to the whole when not UP
     * @param message why it is not UP, or what to know
     */
    public record CheckResult(String id, String state, String impact, String message, Map<String, Object> details) {}

    /**
     * The rolled-up answer.
     *
     * @param status UP, DEGRADED or DOWN
     * @param failing the ids of the checks that are not UP
     */
    public record Evaluation(String status, List<CheckResult> checks, List<String> failing) {}

    public static final String UP = "UP";
    public static final String DEGRADED = "DEGRADED";
    public static final String DOWN = "DOWN";

    private final HealthCheckRegistry registry;
    private final Set<String> degradingRoutes;

    private HealthChecks(HealthCheckRegistry registry, Set<String> degradingRoutes) {
        this.registry = registry;
        this.degradingRoutes = Set.copyOf(degradingRoutes);
    }

    /**
     * Sets a registry with Camel's checks and {@code checks} on the context.
     *
     * @param degradingRoutes route ids whose stopping degrades the node rather than taking it down
     */
    public static HealthChecks install(CamelContext context, List<ApplicationHealthCheck> checks, Set<String> degradingRoutes) {
        DefaultHealthCheckRegistry registry = new DefaultHealthCheckRegistry(context);
        registry.register(new ContextHealthCheck());
        registry.register(new RoutesHealthCheckRepository());
        for (ApplicationHealthCheck check : checks) {
            registry.register(check);
        }
        context.setExtension(HealthCheckRegistry.class, registry);
        return new HealthChecks(registry, degradingRoutes);
    }

    /** Runs the checks that answer {@code question} and rolls them up. */
    public Evaluation evaluate(Question question) {
        List<CheckResult> results = new ArrayList<>();
        boolean down = false;
        boolean degraded = false;
        List<String> failing = new ArrayList<>();
        List<HealthCheck> checks = registry.stream()
                .filter(check -> question == Question.ALL || (question == Question.LIVENESS ? check.isLiveness() : check.isReadiness()))
                .sorted(Comparator.comparing(HealthCheck::getId))
                .toList();
        for (HealthCheck check : checks) {
            HealthCheck.Result result = check.call();
            ApplicationHealthCheck.Impact impact = impactOf(check);
            String state = result.getState().name();
            if (result.getState() == HealthCheck.State.DOWN) {
                failing.add(check.getId());
                down |= impact == ApplicationHealthCheck.Impact.DOWN;
                degraded |= impact == ApplicationHealthCheck.Impact.DEGRADED;
            }
            results.add(new CheckResult(check.getId(), state, impact.name(), result.getMessage().orElse(null), details(result)));
        }
        return new Evaluation(down ? DOWN : degraded ? DEGRADED : UP, results, failing);
    }

    private ApplicationHealthCheck.Impact impactOf(HealthCheck check) {
        if (check instanceof ApplicationHealthCheck own) {
            return own.impact();
        }
        String id = check.getId();
        if (id.startsWith("route:") && degradingRoutes.contains(id.substring("route:".length()))) {
            return ApplicationHealthCheck.Impact.DEGRADED;
        }
        return ApplicationHealthCheck.Impact.DOWN;
    }

    /** The check's own details, without Camel's bookkeeping (invocation and failure counts and times). */
    private static Map<String, Object> details(HealthCheck.Result result) {
        Map<String, Object> details = new LinkedHashMap<>();
        result.getDetails().forEach((key, value) -> {
            if (!HealthCheckHelper.isReservedKey(key) && !key.startsWith("invocation.") && !key.startsWith("failure.")
                    && !key.startsWith("success.")) {
                details.put(key, value instanceof Number || value instanceof Boolean ? value : String.valueOf(value));
            }
        });
        result.getError().ifPresent(error -> details.put("error", error.getClass().getSimpleName()));
        return details.isEmpty() ? null : details;
    }
}
