package fi.ptvintegration.routes.metrics;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

/**
 * JAX-RS description of {@code /cxf/metrics}: the Prometheus scrape. Served by the metrics route;
 * never implemented.
 */
@Path("/")
public interface MetricsResource {

    /** This node's and the cluster's figures in Prometheus' text format 0.0.4. */
    @GET
    @Produces({"text/plain", "application/json"})
    Response scrape();
}
