package fi.ptvintegration.routes.codelists;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * JAX-RS description of {@code /cxf/ops/codelists}: where each list stands (viewer role) and a
 * refresh from PTV now (admin role). Served by the {@code codelists-ops} route.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public interface CodeListOpsResource {

    @GET
    @Path("/")
    Response status();

    @POST
    @Path("refresh")
    Response refresh();
}
