package fi.ptvintegration.routes.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.routes.meter.Meters;
import fi.ptvintegration.routes.store.IntegrationLogEntry;
import fi.ptvintegration.routes.store.IntegrationLogStore;
import fi.ptvintegration.routes.support.Texts;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers and logs the calls CXF refuses before any route sees them: a path none of an endpoint's
 * templates matches (an unknown kind, an extra segment, a code with an encoded slash: 404), a
 * method the path does not take (405, with {@code Allow}), an answer type it cannot give (406). Left
 * to CXF, these got an empty answer and no integration-log record; here they get the JSON refusal
 * every refused call gets ({@code not-found}, {@code method-not-allowed}, ...), with a correlation
 * id, an integration-log record (the store bounds and redacts it, or holds it while the database is
 * down), a karaf.log line and a count in this node's meters. Registered as a JAX-RS provider of
 * every {@code cxfrs} endpoint ({@value #BEAN}); the flow is named by the endpoint's base path.
 */
public class UnmatchedCallMapper implements ExceptionMapper<WebApplicationException> {

    /** The name the mapper is bound under in Camel's registry, which every cxfrs endpoint URI refers to. */
    public static final String BEAN = "ptvUnmatchedCalls";
    /** What to add to a cxfrs endpoint URI so that its refused calls are answered and logged here. */
    public static final String PROVIDER = "&providers=#" + BEAN;

    private static final Logger LOG = LoggerFactory.getLogger(UnmatchedCallMapper.class);

    @Context
    private UriInfo uri;

    @Context
    private Request request;

    @Context
    private HttpHeaders headers;

    private final IntegrationLogStore log;
    private final Clock clock;
    private final Meters.Counter calls;

    public UnmatchedCallMapper(IntegrationLogStore log, Clock clock, Meters meters) {
        this.log = log;
        this.clock = clock;
        this.calls = CallLogProcessor.calls(meters);
    }

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse() == null ? 500 : exception.getResponse().getStatus();
        String base = uri.getBaseUri().getRawPath();
        String path = uri.getPath(false);
        String endpoint = (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + (path.startsWith("/") ? "" : "/") + path;
        String method = request.getMethod();
        String correlationId = CallStartProcessor.correlationId(headers.getHeaderString(CallStartProcessor.CORRELATION_HEADER));
        String error = switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            default -> status >= 500 ? "internal-error" : "refused";
        };
        String message = switch (status) {
            case 404 -> "no endpoint at this path; see /cxf/api/openapi.json for the endpoints";
            case 405 -> method + " is not taken at this path" + allowed(exception);
            case 406 -> "this endpoint answers application/json only";
            default -> "the call was refused before it was processed (HTTP " + status + ")";
        };
        ErrorAnswer answer = new ErrorAnswer(correlationId, status, error, message, List.of());
        String flow = flow(base);
        log.append(new IntegrationLogEntry(correlationId, OffsetDateTime.now(clock), IntegrationLogEntry.INBOUND, endpoint, method,
                null, null, null, "refused-" + error, status, null, null, message, null, json(answer)));
        calls.inc(flow, "refused-" + error);
        LOG.info("{} {} {} {} -> {} refused-{}", Character.toUpperCase(flow.charAt(0)) + flow.substring(1), correlationId,
                Texts.printable(method, 10), Texts.printable(endpoint, 200), status, error);
        Response.ResponseBuilder response = Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .header(CallStartProcessor.CORRELATION_HEADER, correlationId)
                .entity(json(answer).getBytes(StandardCharsets.UTF_8));
        if (status == 405 && exception.getResponse() != null && exception.getResponse().getHeaderString("Allow") != null) {
            response.header("Allow", exception.getResponse().getHeaderString("Allow"));
        }
        return response.build();
    }

    /** The flow of an endpoint base path, for log lines and counts: /cxf/ptv is push, /cxf/yleiset intake... */
    static String flow(String basePath) {
        String first = basePath.replaceFirst("^/cxf", "").replaceAll("^/+|/+$", "");
        int slash = first.indexOf('/');
        String segment = (slash < 0 ? first : first.substring(0, slash)).toLowerCase(Locale.ROOT);
        return switch (segment) {
            case "yleiset", "palvelukanava" -> "intake";
            case "ptv" -> "push";
            case "" -> "call";
            default -> segment.replaceAll("[^a-z0-9-]", "");
        };
    }

    private static String allowed(WebApplicationException exception) {
        String allow = exception.getResponse() == null ? null : exception.getResponse().getHeaderString("Allow");
        return allow == null || allow.isBlank() ? "" : "; it takes " + allow;
    }

    private static String json(ErrorAnswer answer) {
        try {
            return PatJson.mapper().writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an error answer always serialises", e);
        }
    }
}
