package fi.ptvintegration.routes.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** JAX-RS description of {@code /cxf/ops}: views for integration admins and operations. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public interface OpsResource {

    /** "Where is my change?": integration-log entries, newest first. */
    @GET
    @Path("log")
    Response log(@QueryParam("code") String code, @QueryParam("correlationId") String correlationId,
            @QueryParam("outcome") String outcome, @QueryParam("direction") String direction,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("limit") String limit, @QueryParam("bodies") String bodies);
}
