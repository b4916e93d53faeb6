package fi.ptvintegration.routes.adopt;

import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.routes.support.ExchangeKeys;
import fi.ptvintegration.routes.support.Texts;
import fi.ptvintegration.routes.tenant.Caller;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * Drupal's adoption ({@code /cxf/ptv/{kind}/adopt/{code}?ptvId=...}): links the stored record to
 * the PTV item that already holds it, through {@link AdoptionService}, and answers with the link.
 */
public class AdoptProcessor implements Processor {

    private final AdoptionService adoption;

    public AdoptProcessor(AdoptionService adoption) {
        this.adoption = adoption;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        RecordKind kind = exchange.getProperty(ExchangeKeys.RECORD_KIND, RecordKind.class);
        String code = message.getHeader(ExchangeKeys.CODE, String.class);
        AdoptionService.Adopted adopted = adoption.adopt(kind, code, Texts.blankToNull(message.getHeader("ptvId", String.class)),
                exchange.getProperty(ExchangeKeys.CORRELATION_ID, String.class), exchange.getProperty(ExchangeKeys.CALLER, Caller.class));
        message.setBody(new AdoptedAnswer(adopted));
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
    }
}
