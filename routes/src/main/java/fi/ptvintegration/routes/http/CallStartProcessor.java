package fi.ptvintegration.routes.http;

import fi.ptvintegration.routes.support.ExchangeKeys;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.slf4j.MDC;

/**
 * First step of every call from Drupal or an admin: names the flow that serves it, takes the
 * {@code X-Correlation-Id} when it is a sane token (else makes one) and puts it in the logging
 * MDC, and notes the start time and the endpoint.
 */
public class CallStartProcessor implements Processor {

    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final String flow;
    private final String endpointBase;

    /**
     * @param flow the flow's name in log lines, e.g. {@code Intake}
     * @param endpointBase e.g. {@code /cxf/yleiset}
     */
    public CallStartProcessor(String flow, String endpointBase) {
        this.flow = flow;
        this.endpointBase = endpointBase;
    }

    /** Drupal's {@code X-Correlation-Id} when it is a sane token, else a new one. */
    public static String correlationId(String supplied) {
        return supplied != null && SANE_ID.matcher(supplied).matches() ? supplied : UUID.randomUUID().toString();
    }

    @Override
    public void process(Exchange exchange) {
        exchange.setProperty(ExchangeKeys.STARTED_NANOS, System.nanoTime());
        exchange.setProperty(ExchangeKeys.FLOW, flow);
        Message message = exchange.getMessage();
        String correlationId = correlationId(message.getHeader(CORRELATION_HEADER, String.class));
        // The REST binding sends a message's headers back with the answer: an insane id the caller
        // sent must not go back beside the one chosen here.
        message.setHeader(CORRELATION_HEADER, correlationId);
        exchange.setProperty(ExchangeKeys.CORRELATION_ID, correlationId);
        MDC.put(ExchangeKeys.MDC_CORRELATION_ID, correlationId);
        String path = message.getHeader(Exchange.HTTP_PATH, String.class);
        exchange.setProperty(ExchangeKeys.ENDPOINT, endpointBase + (path == null ? "" : path.startsWith("/") ? path : "/" + path));
    }
}
