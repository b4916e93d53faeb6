package fi.ptvintegration.routes.codelists;

import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.routes.http.Authenticator;
import fi.ptvintegration.routes.http.CallLogProcessor;
import fi.ptvintegration.routes.http.RefusalHandling;
import fi.ptvintegration.routes.http.RefusalProcessor;
import fi.ptvintegration.routes.http.CallStartProcessor;
import fi.ptvintegration.routes.http.JsonAnswerProcessor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jackson.JacksonDataFormat;

/**
 * The code lists' routes: {@code codelists} ({@code GET /cxf/codelists} and
 * {@code /cxf/codelists/{list}} for Drupal's editors, with the intake's credentials, answered
 * from memory and cacheable), {@code codelists-ops} ({@code GET /cxf/ops/codelists} for the
 * viewer role, {@code POST /cxf/ops/codelists/refresh} for the admin role, audited in the
 * integration log) and {@code codelists-refresh} (the timer that refreshes the lists from PTV
 * when due). Refusals are answered and logged by the one error handler below; a successful
 * search is not written to the integration log (an autocomplete asks at every keystroke).
 */
public class CodeListsRouteBuilder extends RouteBuilder {

    public static final String ROUTE_ID = "codelists";
    public static final String OPS_ROUTE_ID = "codelists-ops";
    public static final String REFRESH_ROUTE_ID = "codelists-refresh";
    static final String ENDPOINT_URI = "cxfrs:/codelists?resourceClasses=" + CodeListsResource.class.getName()
            + "&bindingStyle=SimpleConsumer";
    static final String OPS_ENDPOINT_URI = "cxfrs:/ops/codelists?resourceClasses=" + CodeListOpsResource.class.getName()
            + "&bindingStyle=SimpleConsumer";

    /** The steps the routes are wired from. */
    public record Steps(
            Authenticator authenticateReader,
            Authenticator authenticateViewer,
            Authenticator authenticateAdmin,
            CodeListSearchProcessor search,
            CodeListStatusProcessor status,
            CodeListRefreshProcessor refresh,
            CacheableJsonResponseProcessor respondCacheable,
            CallLogProcessor log,
            RefusalProcessor refuse,
            JsonAnswerProcessor respond,
            long refreshCheckMillis) {}

    private final Steps steps;

    public CodeListsRouteBuilder(Steps steps) {
        this.steps = steps;
    }

    @Override
    public void configure() {
        JacksonDataFormat json = new JacksonDataFormat(PatJson.mapper(), Object.class);

        RefusalHandling.declare(this, steps.refuse(), steps.log(), json, steps.respond());

        from(ENDPOINT_URI)
                .routeId(ROUTE_ID)
                .process(new CallStartProcessor("/cxf/codelists")).id("codelists-start")
                .process(steps.authenticateReader()).id("codelists-authenticate")
                .choice()
                    .when(header("operationName").isEqualTo("lists"))
                        .process(steps.status()).id("codelists-lists")
                        .marshal(json)
                        .process(steps.respond()).id("codelists-respond-lists")
                    .otherwise()
                        .process(steps.search()).id("codelists-search")
                        .filter(exchangeProperty(CodeListSearchProcessor.NOT_MODIFIED).isNull())
                            .marshal(json)
                        .end()
                        .process(steps.respondCacheable()).id("codelists-respond")
                .end();

        from(OPS_ENDPOINT_URI)
                .routeId(OPS_ROUTE_ID)
                .process(new CallStartProcessor("/cxf/ops/codelists")).id("codelists-ops-start")
                .choice()
                    .when(header("operationName").isEqualTo("refresh"))
                        .process(steps.authenticateAdmin()).id("codelists-ops-authenticate-admin")
                        .process(steps.refresh().now()).id("codelists-ops-refresh")
                        .process(steps.log()).id("codelists-ops-log")
                    .otherwise()
                        .process(steps.authenticateViewer()).id("codelists-ops-authenticate-viewer")
                        .process(steps.status()).id("codelists-ops-status")
                .end()
                .marshal(json)
                .process(steps.respond()).id("codelists-ops-respond");

        from("timer:" + REFRESH_ROUTE_ID + "?delay=" + steps.refreshCheckMillis() + "&period=" + steps.refreshCheckMillis())
                .routeId(REFRESH_ROUTE_ID)
                .process(steps.refresh().whenDue()).id("codelists-refresh-when-due");
    }
}
