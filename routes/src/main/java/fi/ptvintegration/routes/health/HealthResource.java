package fi.ptvintegration.routes.health;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * JAX-RS description of {@code /cxf/health}: the whole report, and the liveness and readiness
 * answers for a load balancer or an orchestrator. The cxfrs consumer serves it and the health
 * route produces the answers; this interface is never implemented.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public interface HealthResource {

    /** Every check, with the application, Camel context, database and PTV. */
    @GET
    Response health();

    /** The liveness checks only: 503 means restart the node. */
    @GET
    @Path("live")
    Response live();

    /** The readiness checks only: 503 means send the node no calls. */
    @GET
    @Path("ready")
    Response ready();
}
