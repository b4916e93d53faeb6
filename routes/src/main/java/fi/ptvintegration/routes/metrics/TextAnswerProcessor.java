package fi.ptvintegration.routes.metrics;

import fi.ptvintegration.routes.support.ExchangeKeys;
import java.nio.charset.StandardCharsets;
import javax.ws.rs.core.Response;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.MDC;

/**
 * Sends a scrape: the text body as UTF-8 in Prometheus' content type, never cached, with the
 * call's {@code X-Correlation-Id}. Refusals go out as JSON through the shared refusal handling.
 */
public class TextAnswerProcessor implements Processor {

    @Override
    public void process(Exchange exchange) {
        String text = exchange.getMessage().getBody(String.class);
        Response.ResponseBuilder response = Response.status(exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 200, Integer.class))
                .header("Content-Type", PrometheusText.CONTENT_TYPE)
                .header("Cache-Control", "no-store")
                .entity(text.getBytes(StandardCharsets.UTF_8));
        String correlationId = exchange.getProperty(ExchangeKeys.CORRELATION_ID, String.class);
        if (correlationId != null) {
            response.header("X-Correlation-Id", correlationId);
        }
        exchange.getMessage().setBody(response.build());
        MDC.remove(ExchangeKeys.MDC_CORRELATION_ID);
    }
}
