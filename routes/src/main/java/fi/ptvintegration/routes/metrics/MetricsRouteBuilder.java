package fi.ptvintegration.routes.metrics;

import fi.ptvintegration.routes.http.CallStartProcessor;
import fi.ptvintegration.routes.http.CallSteps;
import fi.ptvintegration.routes.http.RefusalHandling;
import fi.ptvintegration.routes.http.UnmatchedCallMapper;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;

/**
 * {@code GET /cxf/metrics}: Prometheus' scrape ({@link PrometheusScrapeProcessor}), in text format
 * 0.0.4. Who may scrape is {@code metrics.access}: {@code viewer} (the default) asks for HTTP Basic
 * with the ops viewer role, as {@code /cxf/ops} does, since the figures name failure causes and
 * the system's activity; {@code anonymous} lets any caller scrape, for a port only the monitoring
 * network reaches. A refused scrape is answered and logged as every refused call is; a scrape
 * that goes through is not written to the integration log (every 15 s for ever would drown it).
 */
public class MetricsRouteBuilder extends RouteBuilder {

    public static final String ROUTE_ID = "metrics";
    static final String ENDPOINT_URI = "cxfrs:/metrics?resourceClasses=" + MetricsResource.class.getName()
            + "&bindingStyle=SimpleConsumer" + UnmatchedCallMapper.PROVIDER;

    private final CallSteps call;
    private final Processor access;
    private final PrometheusScrapeProcessor scrape;
    private final TextAnswerProcessor answer;

    /**
     * @param access who may scrape: the viewers' {@code Authenticator}, or {@link AnonymousAccess} when anyone may
     *     ({@code metrics.access = anonymous})
     */
    public MetricsRouteBuilder(CallSteps call, Processor access, PrometheusScrapeProcessor scrape, TextAnswerProcessor answer) {
        this.call = call;
        this.access = access;
        this.scrape = scrape;
        this.answer = answer;
    }

    @Override
    public void configure() {
        RefusalHandling.declare(this, call);

        from(ENDPOINT_URI)
                .routeId(ROUTE_ID)
                .process(new CallStartProcessor("Metrics", "/cxf/metrics")).id("metrics-start")
                .process(access).id("metrics-access")
                .process(scrape).id("metrics-scrape")
                .process(answer).id("metrics-answer");
    }
}
