package fi.ptvintegration.routes.push;

import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.routes.delivery.PushOperation;
import fi.ptvintegration.routes.http.CallRefusal;
import fi.ptvintegration.routes.support.ExchangeKeys;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * Reads what a push asks for from its path parameters: the record kind ({@code kind}) and what
 * it does in PTV ({@code operation}: {@code post} creates, {@code put} updates, {@code archive}
 * and {@code restore}), or that it links the record to an item PTV holds ({@code adopt}) or asks
 * where the item stands ({@code status}, a GET). The resource's path templates let only known
 * values through; anything else is a 404 here too.
 */
public class PushRequestProcessor implements Processor {

    /** The path operation that links the record to an item already in PTV instead of pushing it. */
    public static final String ADOPT = "adopt";
    /** The path's {@code operation} of the status GET. */
    public static final String STATUS = "status";

    @Override
    public void process(Exchange exchange) {
        Message message = exchange.getMessage();
        String kindName = message.getHeader(ExchangeKeys.KIND, String.class);
        RecordKind kind = RecordKind.fromJsonName(kindName).filter(k -> k != RecordKind.OFFERING)
                .orElseThrow(() -> new CallRefusal(404, "not-found", "no push endpoint for kind '" + kindName + "'"));
        exchange.setProperty(ExchangeKeys.RECORD_KIND, kind);
        String operation = message.getHeader(ExchangeKeys.OPERATION, String.class);
        if (!ADOPT.equals(operation) && !STATUS.equals(operation)) {
            exchange.setProperty(ExchangeKeys.PUSH_OPERATION, PushOperation.ofPath(operation));
        }
    }
}
