package fi.ptvintegration.routes.push;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * JAX-RS description of {@code /cxf/ptv}: pushes a stored PAT record to PTV, and tells where it
 * stands. The path says which record and what to do, as data: {@code kind} (organization,
 * service, or one of the five channel kinds under {@code servicechannel/}), {@code operation}
 * ({@code post} creates the item, {@code put} updates it: the fourteen endpoints of the original
 * system; {@code adopt} links the record to the item PTV already holds, {@code ?ptvId=};
 * {@code archive} archives a removed record's item, {@code restore} brings a removed or archived
 * one back) and {@code code}. Both HTTP methods are accepted, as in the original system. A GET of
 * {@code status} answers where the item stands.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public interface PtvPushResource {

    @POST
    @Path("{kind: organization|service}/{operation: post|put|adopt|archive|restore}/{code}")
    Response post(@PathParam("kind") String kind, @PathParam("operation") String operation, @PathParam("code") String code,
            @QueryParam("ptvId") String ptvId);

    @PUT
    @Path("{kind: organization|service}/{operation: post|put|adopt|archive|restore}/{code}")
    Response put(@PathParam("kind") String kind, @PathParam("operation") String operation, @PathParam("code") String code,
            @QueryParam("ptvId") String ptvId);

    @POST
    @Path("servicechannel/{kind: echannel|phone|servicelocation|printableform|webpage}/{operation: post|put|adopt|archive|restore}/{code}")
    Response postChannel(@PathParam("kind") String kind, @PathParam("operation") String operation, @PathParam("code") String code,
            @QueryParam("ptvId") String ptvId);

    @PUT
    @Path("servicechannel/{kind: echannel|phone|servicelocation|printableform|webpage}/{operation: post|put|adopt|archive|restore}/{code}")
    Response putChannel(@PathParam("kind") String kind, @PathParam("operation") String operation, @PathParam("code") String code,
            @QueryParam("ptvId") String ptvId);

    /** Where the item stands: PTV id, publishing status, whether PTV has the current version, the deliveries. */
    @GET
    @Path("{kind: organization|service}/{operation: status}/{code}")
    Response status(@PathParam("kind") String kind, @PathParam("operation") String operation, @PathParam("code") String code);

    @GET
    @Path("servicechannel/{kind: echannel|phone|servicelocation|printableform|webpage}/{operation: status}/{code}")
    Response channelStatus(@PathParam("kind") String kind, @PathParam("operation") String operation, @PathParam("code") String code);
}
