package fi.ptvintegration.routes.rest;

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
 * system. So far organisations and services; the five channel kinds follow.
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
}
