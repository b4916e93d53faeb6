package fi.ptvintegration.routes.health;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.ptvintegration.routes.codelists.CodeListsStatus;
import fi.ptvintegration.routes.store.DatabaseStatus;
import java.util.List;

/**
 * What {@code GET /cxf/health} answers: the overall status, the application's version, the
 * Camel context's state, the database's state, which PTV the system is configured to call, and
 * every check with its state. {@code /cxf/health/live} and {@code /cxf/health/ready} answer the
 * status and the checks of their question only.
 *
 * @param status {@code UP}; {@code DEGRADED} when only checks that do not stop the node fail (the
 *     outbox poller, a PTV login, the code lists' refresh, ...); {@code DOWN} when the node cannot do its job
 * @param codeLists the code lists' refresh state and entries per list (its check, {@code code-lists},
 *     is DEGRADED while a refresh from PTV fails: the stored lists are served)
 * @param failing the ids of the checks that are not up
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HealthReport(
        String status, Application application, Camel camel, DatabaseStatus database, Ptv ptv, CodeListsStatus codeLists,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> failing, List<HealthChecks.CheckResult> checks) {

    public static final String UP = HealthChecks.UP;
    public static final String DEGRADED = HealthChecks.DEGRADED;
    public static final String DOWN = HealthChecks.DOWN;

    /** Name and Maven version of the running application bundle. */
    public record Application(String name, String version) {}

    /** The application's Camel context: its name, Camel's status word, route count and uptime. */
    public record Camel(String name, String status, String version, int routes, long uptimeMillis) {}

    /** The configured PTV endpoint; the health check does not call PTV. */
    public record Ptv(String baseUrl, String apiVersion) {}
}
