package fi.ptvintegration.routes.processor;

import fi.ptvintegration.routes.intake.IntakeHeaders;
import fi.ptvintegration.routes.push.PushOperation;
import org.apache.camel.Exchange;

/**
 * First step of a push call: the correlation id and start time as for intake, and whether the
 * call creates ({@code post}) or updates ({@code put}).
 */
public class PushStartProcessor extends IntakeStartProcessor {

    public static final String OPERATION = "ptvPushOperation";

    public PushStartProcessor() {
        super("/cxf/ptv");
    }

    @Override
    public void process(Exchange exchange) {
        super.process(exchange);
        exchange.setProperty(OPERATION, PushOperation.fromOperation(exchange.getMessage().getHeader("operationName", String.class)));
        exchange.removeProperty(IntakeHeaders.MODE);
    }
}
