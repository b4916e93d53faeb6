package fi.ptvintegration.routes.codelists;

import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * JAX-RS description of {@code /cxf/codelists} for Drupal's editors: the lists, and a search in
 * one list. Served by the {@code codelists} route; never implemented.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public interface CodeListsResource {

    /** The lists there are, with their entries' count and where they came from. */
    @GET
    @Path("/")
    Response lists();

    /**
     * Entries of one list: found by text ({@code q}: word prefixes of labels, or a code or URI),
     * by exact code or URI ({@code code}), or all, a page at a time.
     */
    @GET
    @Path("{list}")
    Response search(@PathParam("list") String list, @QueryParam("q") String q, @QueryParam("code") String code,
            @QueryParam("lang") String lang, @QueryParam("includeInvalid") String includeInvalid,
            @QueryParam("page") String page, @QueryParam("pageSize") String pageSize,
            @HeaderParam("If-None-Match") String ifNoneMatch);
}
