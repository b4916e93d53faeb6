package fi.ptvintegration.routes.apidocs;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** JAX-RS description of {@code /cxf/api}: the OpenAPI document of the inbound API. */
@Path("/")
public interface ApiDocsResource {

    @GET
    @Path("openapi.json")
    @Produces(MediaType.APPLICATION_JSON)
    Response openApi();
}
