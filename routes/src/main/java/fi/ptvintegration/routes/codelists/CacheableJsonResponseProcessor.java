package fi.ptvintegration.routes.codelists;

import com.fasterxml.jackson.core.JsonProcessingException;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.routes.support.ExchangeKeys;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * Sends a code-list answer so that Drupal, its browser or a proxy in front may keep it: JSON
 * (the application's one mapper, {@link PatJson}) with the answer's {@code ETag} and {@code Cache-Control: private, max-age=N} (private: the
 * answer needs credentials), or {@code 304 Not Modified} without a body when Drupal's copy is
 * current. Refusals go out through the application's ordinary JSON answer (never cached).
 */
public class CacheableJsonResponseProcessor implements Processor {

    private final int maxAgeSeconds;

    public CacheableJsonResponseProcessor(int maxAgeSeconds) {
        this.maxAgeSeconds = maxAgeSeconds;
    }

    @Override
    public void process(Exchange exchange) throws JsonProcessingException {
        Message message = exchange.getMessage();
        boolean notModified = exchange.getProperty(CodeListSearchProcessor.NOT_MODIFIED, false, Boolean.class);
        Response.ResponseBuilder response = notModified
                ? Response.notModified()
                : Response.ok(PatJson.mapper().writeValueAsBytes(message.getBody()), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
        response.header("Cache-Control", "private, max-age=" + maxAgeSeconds);
        response.header("Vary", "Authorization, X-API-Key");
        String etag = exchange.getProperty(CodeListSearchProcessor.ETAG, String.class);
        if (etag != null) {
            response.header("ETag", etag);
        }
        String correlationId = exchange.getProperty(ExchangeKeys.CORRELATION_ID, String.class);
        if (correlationId != null) {
            response.header("X-Correlation-Id", correlationId);
        }
        message.setBody(response.build());
        org.slf4j.MDC.remove(ExchangeKeys.MDC_CORRELATION_ID);
    }
}
