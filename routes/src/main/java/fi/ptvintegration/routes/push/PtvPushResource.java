package fi.ptvintegration.routes.push;

import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * JAX-RS description of {@code /cxf/ptv}: pushes a stored PAT record to PTV. {@code post}
 * creates the item, {@code put} updates it; both HTTP methods are accepted, as in the original
 * system. Organisations, services and the five channel kinds: the fourteen endpoints of the original.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public interface PtvPushResource {

    @POST
    @Path("organization/post/{code}")
    Response postOrganization(@PathParam("code") String code);

    @PUT
    @Path("organization/post/{code}")
    Response postOrganizationByPut(@PathParam("code") String code);

    @POST
    @Path("organization/put/{code}")
    Response putOrganization(@PathParam("code") String code);

    @PUT
    @Path("organization/put/{code}")
    Response putOrganizationByPut(@PathParam("code") String code);

    @POST
    @Path("service/post/{code}")
    Response postService(@PathParam("code") String code);

    @PUT
    @Path("service/post/{code}")
    Response postServiceByPut(@PathParam("code") String code);

    @POST
    @Path("service/put/{code}")
    Response putService(@PathParam("code") String code);

    @PUT
    @Path("service/put/{code}")
    Response putServiceByPut(@PathParam("code") String code);

    @POST
    @Path("servicechannel/echannel/post/{code}")
    Response postEChannel(@PathParam("code") String code);

    @PUT
    @Path("servicechannel/echannel/post/{code}")
    Response postEChannelByPut(@PathParam("code") String code);

    @POST
    @Path("servicechannel/echannel/put/{code}")
    Response putEChannel(@PathParam("code") String code);

    @PUT
    @Path("servicechannel/echannel/put/{code}")
    Response putEChannelByPut(@PathParam("code") String code);

    @POST
    @Path("servicechannel/phone/post/{code}")
    Response postPhone(@PathParam("code") String code);

    @PUT
    @Path("servicechannel/phone/post/{code}")
    Response postPhoneByPut(@PathParam("code") String code);

    @POST
    @Path("servicechannel/phone/put/{code}")
    Response putPhone(@PathParam("code") String code);

    @PUT
    @Path("servicechannel/phone/put/{code}")
    Response putPhoneByPut(@PathParam("code") String code);

    @POST
    @Path("servicechannel/servicelocation/post/{code}")
    Response postServiceLocation(@PathParam("code") String code);

    @PUT
    @Path("servicechannel/servicelocation/post/{code}")
    Response postServiceLocationByPut(@PathParam("code") String code);

    @POST
    @Path("servicechannel/servicelocation/put/{code}")
    Response putServiceLocation(@PathParam("code") String code);

    @PUT
    @Path("servicechannel/servicelocation/put/{code}")
    Response putServiceLocationByPut(@PathParam("code") String code);

    @POST
    @Path("servicechannel/printableform/post/{code}")
    Response postPrintableForm(@PathParam("code") String code);

    @PUT
    @Path("servicechannel/printableform/post/{code}")
    Response postPrintableFormByPut(@PathParam("code") String code);

    @POST
    @Path("servicechannel/printableform/put/{code}")
    Response putPrintableForm(@PathParam("code") String code);

    @PUT
    @Path("servicechannel/printableform/put/{code}")
    Response putPrintableFormByPut(@PathParam("code") String code);

    @POST
    @Path("servicechannel/webpage/post/{code}")
    Response postWebPage(@PathParam("code") String code);

    @PUT
    @Path("servicechannel/webpage/post/{code}")
    Response postWebPageByPut(@PathParam("code") String code);

    @POST
    @Path("servicechannel/webpage/put/{code}")
    Response putWebPage(@PathParam("code") String code);

    @PUT
    @Path("servicechannel/webpage/put/{code}")
    Response putWebPageByPut(@PathParam("code") String code);
}
