package fi.ptvintegration.routes.health;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * JAX-RS description of {@code /cxf/health}. The cxfrs consumer serves it and the health route
 * produces the answer; this interface is never implemented.
 */
@Path("/")
public interface HealthResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Response health();
}
