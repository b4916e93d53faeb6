package fi.ptvintegration.routes.intake;

import java.io.InputStream;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * JAX-RS description of {@code /cxf/palvelukanava}: service offerings (palvelutarjous), which
 * become PTV service-channel connections. POST and PUT are both accepted.
 */
@Path("/")
public interface PalvelukanavaResource {

    @POST
    @Path("putPalvelutarjous")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    Response putRecord(InputStream body);

    @PUT
    @Path("putPalvelutarjous")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    Response putRecordByPut(InputStream body);

    @POST
    @Path("updatePalvelutarjous")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    Response updateRecord(InputStream body);

    @PUT
    @Path("updatePalvelutarjous")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    Response updateRecordByPut(InputStream body);
}
