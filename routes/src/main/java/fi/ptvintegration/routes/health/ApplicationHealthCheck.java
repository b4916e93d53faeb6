package fi.ptvintegration.routes.health;

import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * A health check of this application, on Camel's health-check API: what it checks is its
 * {@code doCall}; what its failing means for the whole is its {@link Impact} (DOWN: the node
 * cannot do its job; DEGRADED: it works, but something needs an operator); whether it answers the
 * liveness question (restart the node if it fails: only checks a restart can cure) and the
 * readiness question (send it traffic).
 *
 * <p>The extension point for new checks: subclass this in the flow it belongs to (for example
 * the code lists' freshness in {@code routes.codelists}, impact DEGRADED, readiness only) and add
 * an instance to the list {@code runtime.Application#healthChecks} builds. It then shows in
 * {@code /cxf/health}, {@code /cxf/health/ready} and the metrics endpoint without further wiring.
 */
public abstract class ApplicationHealthCheck extends AbstractHealthCheck {

    /** What a check that is not UP does to the overall status. */
    public enum Impact {
        DOWN, DEGRADED
    }

    /** The group of the application's own checks in Camel's registry. */
    public static final String GROUP = "ptv-integration";

    private final Impact impact;
    private final boolean liveness;
    private final boolean readiness;

    protected ApplicationHealthCheck(String id, Impact impact, boolean liveness, boolean readiness) {
        super(GROUP, id);
        this.impact = impact;
        this.liveness = liveness;
        this.readiness = readiness;
    }

    public Impact impact() {
        return impact;
    }

    @Override
    public boolean isLiveness() {
        return liveness;
    }

    @Override
    public boolean isReadiness() {
        return readiness;
    }
}
