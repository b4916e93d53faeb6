package fi.ptvintegration.routes.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.routes.support.ExchangeKeys;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.slf4j.MDC;

/**
 * Sends the answer of a call: marshals the body with the application's one JSON mapper
 * ({@link PatJson}; a body already in bytes goes as it is) into the JAX-RS {@link Response} that
 * the cxfrs consumer sends, with the status code from {@link Exchange#HTTP_RESPONSE_CODE} (200
 * if unset). Every JSON answer of the application goes out through this one step, with the
 * call's {@code X-Correlation-Id}, on a 401 the {@code WWW-Authenticate} challenge, and the
 * {@code Location} a step set (a queued push points at its status). A {@link Download} goes as
 * the file it is, with its own media type.
 */
public class JsonAnswerProcessor implements Processor {

    private static final String WWW_AUTHENTICATE = "WWW-Authenticate";
    private static final String LOCATION = "Location";

    @Override
    public void process(Exchange exchange) throws JsonProcessingException {
        Message message = exchange.getMessage();
        int status = message.getHeader(Exchange.HTTP_RESPONSE_CODE, 200, Integer.class);
        Object body = message.getBody();
        Response.ResponseBuilder response;
        if (body instanceof Download download) {
            response = Response.status(status).type(download.contentType()).header("Cache-Control", "no-store")
                    .header("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"").entity(download.content());
        } else {
            byte[] json = body instanceof byte[] bytes ? bytes : PatJson.mapper().writeValueAsBytes(body);
            response = Response.status(status)
                    .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .header("Cache-Control", "no-store")
                    .entity(json);
        }
        String correlationId = exchange.getProperty(ExchangeKeys.CORRELATION_ID, String.class);
        if (correlationId != null) {
            response.header("X-Correlation-Id", correlationId);
        }
        String challenge = message.getHeader(WWW_AUTHENTICATE, String.class);
        if (challenge != null) {
            response.header(WWW_AUTHENTICATE, challenge);
        }
        String location = message.getHeader(LOCATION, String.class);
        if (location != null) {
            response.header(LOCATION, location);
        }
        message.setBody(response.build());
        // The call is answered: its correlation id leaves the logging context of this thread.
        MDC.remove(ExchangeKeys.MDC_CORRELATION_ID);
    }
}
