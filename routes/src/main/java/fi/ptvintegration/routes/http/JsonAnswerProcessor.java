package fi.ptvintegration.routes.http;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * Turns a body already marshalled to JSON into the JAX-RS {@link Response} that the cxfrs
 * consumer sends, with the status code from {@link Exchange#HTTP_RESPONSE_CODE} (200 if unset).
 * Every JSON answer of the application goes out through this one step, with the call's
 * {@code X-Correlation-Id} and, on a 401, the {@code WWW-Authenticate} challenge.
 */
public class JsonAnswerProcessor implements Processor {

    private static final String CORRELATION_ID = fi.ptvintegration.routes.support.ExchangeKeys.CORRELATION_ID;
    private static final String WWW_AUTHENTICATE = "WWW-Authenticate";

    @Override
    public void process(Exchange exchange) {
        Message message = exchange.getMessage();
        int status = message.getHeader(Exchange.HTTP_RESPONSE_CODE, 200, Integer.class);
        byte[] json = message.getBody(byte[].class);
        Response.ResponseBuilder response = Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .entity(json);
        String correlationId = exchange.getProperty(CORRELATION_ID, String.class);
        if (correlationId != null) {
            response.header("X-Correlation-Id", correlationId);
        }
        String challenge = message.getHeader(WWW_AUTHENTICATE, String.class);
        if (challenge != null) {
            response.header(WWW_AUTHENTICATE, challenge);
        }
        message.setBody(response.build());
        // The call is answered: its correlation id leaves the logging context of this thread.
        org.slf4j.MDC.remove(CallStartProcessor.MDC_CORRELATION_ID);
    }
}
