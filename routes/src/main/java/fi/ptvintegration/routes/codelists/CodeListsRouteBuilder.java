package fi.ptvintegration.routes.codelists;

import fi.ptvintegration.routes.http.Authenticator;
import fi.ptvintegration.routes.http.CallStartProcessor;
import fi.ptvintegration.routes.http.CallSteps;
import fi.ptvintegration.routes.http.RefusalHandling;
import fi.ptvintegration.routes.http.UnmatchedCallMapper;
import fi.ptvintegration.routes.support.ExchangeKeys;
import org.apache.camel.builder.RouteBuilder;

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
            + "&bindingStyle=SimpleConsumer" + UnmatchedCallMapper.PROVIDER;
    static final String OPS_ENDPOINT_URI = "cxfrs:/ops/codelists?resourceClasses=" + CodeListOpsResource.class.getName()
            + "&bindingStyle=SimpleConsumer" + UnmatchedCallMapper.PROVIDER;

    private final CallSteps call;
    private final Authenticator readers;
    private final Authenticator viewers;
    private final Authenticator admins;
    private final CodeListSearchProcessor search;
    private final CodeListStatusProcessor status;
    private final CodeListRefreshProcessor refresh;
    private final CacheableJsonResponseProcessor answerCacheable;
    private final long refreshCheckMillis;

    public CodeListsRouteBuilder(CallSteps call, Authenticator readers, Authenticator viewers, Authenticator admins,
            CodeListSearchProcessor search, CodeListStatusProcessor status, CodeListRefreshProcessor refresh,
            CacheableJsonResponseProcessor answerCacheable, long refreshCheckMillis) {
        this.call = call;
        this.readers = readers;
        this.viewers = viewers;
        this.admins = admins;
        this.search = search;
        this.status = status;
        this.refresh = refresh;
        this.answerCacheable = answerCacheable;
        this.refreshCheckMillis = refreshCheckMillis;
    }

    @Override
    public void configure() {
        RefusalHandling.declare(this, call);

        from(ENDPOINT_URI)
                .routeId(ROUTE_ID)
                .process(new CallStartProcessor("Code lists", "/cxf/codelists")).id("codelists-start")
                .process(readers).id("codelists-authenticate")
                .choice()
                    .when(header(ExchangeKeys.OPERATION_NAME).isEqualTo("lists"))
                        .process(status).id("codelists-lists")
                        .process(call.answer()).id("codelists-answer-lists")
                    .otherwise()
                        .process(search).id("codelists-search")
                        .process(answerCacheable).id("codelists-answer")
                .end();

        from(OPS_ENDPOINT_URI)
                .routeId(OPS_ROUTE_ID)
                .process(new CallStartProcessor("Code-list ops", "/cxf/ops/codelists")).id("codelists-ops-start")
                .choice()
                    .when(header(ExchangeKeys.OPERATION_NAME).isEqualTo("refresh"))
                        .process(admins).id("codelists-ops-authenticate-admin")
                        .process(refresh.now()).id("codelists-ops-refresh")
                        .process(call.log()).id("codelists-ops-log")
                    .otherwise()
                        .process(viewers).id("codelists-ops-authenticate-viewer")
                        .process(status).id("codelists-ops-status")
                .end()
                .process(call.answer()).id("codelists-ops-answer");

        from("timer:" + REFRESH_ROUTE_ID + "?delay=" + refreshCheckMillis + "&period=" + refreshCheckMillis)
                .routeId(REFRESH_ROUTE_ID)
                .process(refresh.whenDue()).id("codelists-refresh-when-due");
    }
}
