package fi.ptvintegration.routes.status;

import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.routes.ptv.PtvFailures;
import fi.ptvintegration.routes.support.ExchangeKeys;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * A push answered 202 (queued for later) carries {@code Location}: the record's status, where
 * Drupal follows its delivery ({@code /cxf/ptv/service/status/turku-uimahallit}).
 */
public class StatusLocationProcessor implements Processor {

    /** The header {@code JsonAnswerProcessor} sends on. */
    public static final String LOCATION = "Location";

    /** The status path of a record, its code encoded as a path segment. */
    public static String of(RecordKind kind, String code) {
        return PtvFailures.pushPath(kind) + "/status/" + URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public void process(Exchange exchange) {
        Integer status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        RecordKind kind = exchange.getProperty(ExchangeKeys.RECORD_KIND, RecordKind.class);
        String code = exchange.getMessage().getHeader(ExchangeKeys.CODE, String.class);
        if (status != null && status == 202 && kind != null && code != null) {
            exchange.getMessage().setHeader(LOCATION, of(kind, code));
        }
    }
}
