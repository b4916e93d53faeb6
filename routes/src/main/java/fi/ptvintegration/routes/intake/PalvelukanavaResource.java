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
 * JAX-RS description of {@code /cxf/palvelukanava}: service offerings (palvelutarjous), which
 * become PTV service-channel connections. {@code putPalvelutarjous} creates,
 * {@code updatePalvelutarjous} replaces, {@code removePalvelutarjous} says the offering is gone
 * (the path parameter {@code mode}); POST and PUT are both accepted.
 */
@Path("/")
public interface PalvelukanavaResource {

    @POST
    @Path("{mode: put|update|remove}Palvelutarjous")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    Response post(@PathParam("mode") String mode, InputStream body);

    @PUT
    @Path("{mode: put|update|remove}Palvelutarjous")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    Response put(@PathParam("mode") String mode, InputStream body);
}
