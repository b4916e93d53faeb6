package fi.ptvintegration.routes.health;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.ptvintegration.routes.codelists.CodeListsStatus;
import fi.ptvintegration.routes.store.DatabaseStatus;

/**
 * What {@code GET /cxf/health} answers: the overall status, the application's version, the
 * Camel context's state, the database's state and which PTV the system is configured to call.
 *
 * @param status {@code UP} when the Camel context is started and the database answers, else {@code DOWN}
 * @param codeLists the code lists' refresh state and entries per list; a failing refresh from PTV
 *     shows here and does not make the status DOWN (the stored lists are served)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HealthReport(
        String status, Application application, Camel camel, DatabaseStatus database, Ptv ptv, CodeListsStatus codeLists) {

    /** A report without the code lists' part. */
    public HealthReport(String status, Application application, Camel camel, DatabaseStatus database, Ptv ptv) {
        this(status, application, camel, database, ptv, null);
    }

    public static final String UP = "UP";
    public static final String DOWN = "DOWN";

    /** Name and Maven version of the running application bundle. */
    public record Application(String name, String version) {}

    /** The application's Camel context: its name, Camel's status word, route count and uptime. */
    public record Camel(String name, String status, String version, int routes, long uptimeMillis) {}

    /** The configured PTV endpoint; the health check does not call PTV. */
    public record Ptv(String baseUrl, String apiVersion) {}
}
