package fi.ptvintegration.routes.apidocs;

import fi.ptvintegration.routes.http.JsonAnswerProcessor;
import fi.ptvintegration.routes.http.UnmatchedCallMapper;
import org.apache.camel.builder.RouteBuilder;

/**
 * {@code GET /cxf/api/openapi.json}: the OpenAPI 3 description of the inbound API for Drupal
 * developers, with an example of every record kind. No credentials needed: it holds no data.
 */
public class ApiDocsRouteBuilder extends RouteBuilder {

    public static final String ROUTE_ID = "api-docs";
    public static final String DOCUMENT = "/fi/ptvintegration/routes/openapi/pat-intake-openapi.json";
    static final String ENDPOINT_URI = "cxfrs:/api?resourceClasses=" + ApiDocsResource.class.getName() + "&bindingStyle=SimpleConsumer"
            + UnmatchedCallMapper.PROVIDER;

    private final JsonAnswerProcessor jsonResponse;

    public ApiDocsRouteBuilder(JsonAnswerProcessor jsonResponse) {
        this.jsonResponse = jsonResponse;
    }

    @Override
    public void configure() {
        from(ENDPOINT_URI)
                .routeId(ROUTE_ID)
                .process(new ClasspathDocumentProcessor(DOCUMENT)).id("api-docs-document")
                .process(jsonResponse).id("api-docs-answer");
    }
}
