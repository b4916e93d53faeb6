package fi.ptvintegration.routes.intake;

import java.io.InputStream;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * JAX-RS description of {@code /cxf/yleiset}: organisations, services and the five channel
 * kinds. {@code put} creates, {@code update} replaces, {@code remove} says a record is gone
 * (the path parameter {@code mode}); POST and PUT are both accepted, as in the original system. Any content type is let through so that
 * the route can answer a wrong one with a JSON 415 instead of CXF's own page. Served by the
 * intake route; never implemented.
 */
@Path("/")
public interface YleisetResource {

    @POST
    @Path("{mode: put|update|remove}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    Response post(@PathParam("mode") String mode, InputStream body);

    @PUT
    @Path("{mode: put|update|remove}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    Response put(@PathParam("mode") String mode, InputStream body);
}
