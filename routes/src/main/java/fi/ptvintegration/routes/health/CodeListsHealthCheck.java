package fi.ptvintegration.routes.health;

import fi.ptvintegration.routes.codelists.CodeListsStatus;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * The code lists' refresh from PTV: DOWN while the last refresh of some list failed, naming the
 * lists and why. Impact DEGRADED, readiness only: intake checks against the stored lists and
 * goes on; an operator should see to PTV or the refresh. Reads the state the code lists keep in
 * memory; calls nothing itself.
 */
public class CodeListsHealthCheck extends ApplicationHealthCheck {

    public static final String ID = "code-lists";

    private final Supplier<CodeListsStatus> status;

    public CodeListsHealthCheck(Supplier<CodeListsStatus> status) {
        super(ID, Impact.DEGRADED, false, true);
        this.status = status;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        CodeListsStatus now = status.get();
        if (now == null) {
            builder.message("the code lists are not loaded yet").unknown();
            return;
        }
        if (now.lastSuccessfulRefresh() != null) {
            builder.detail("lastSuccessfulRefresh", now.lastSuccessfulRefresh());
        }
        if (now.entries() != null) {
            builder.detail("lists", now.entries().size());
        }
        if (CodeListsStatus.FAILING.equals(now.status())) {
            builder.message("the last refresh from PTV failed for " + now.failing()).down();
            return;
        }
        builder.up();
    }
}
