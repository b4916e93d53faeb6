package fi.ptvintegration.routes.push;

import fi.ptvintegration.routes.http.CallStartProcessor;

import fi.ptvintegration.routes.delivery.PushOperation;
import org.apache.camel.Exchange;

/**
 * First step of a push call: the correlation id and start time as for intake, whether the call
 * creates ({@code post}) or updates ({@code put}), and the record kind it is for.
 */
public class PushRequestProcessor extends CallStartProcessor {

    public static final String OPERATION = "ptvPushOperation";
    /** The record kind the push is for, from the operation name ({@code postService} is a service). */
    public static final String KIND = "ptvPushKind";

    public PushRequestProcessor() {
        super("/cxf/ptv");
    }

    @Override
    public void process(Exchange exchange) {
        super.process(exchange);
        String operationName = exchange.getMessage().getHeader("operationName", String.class);
        exchange.setProperty(OPERATION, PushOperation.fromOperation(operationName));
        String kindName = operationName == null ? "" : operationName.replaceFirst("^(post|put)", "").replaceFirst("ByPut$", "");
        fi.ptvintegration.pat.model.RecordKind.fromJsonName(kindName.toLowerCase(java.util.Locale.ROOT))
                .ifPresent(kind -> exchange.setProperty(KIND, kind));
    }
}
