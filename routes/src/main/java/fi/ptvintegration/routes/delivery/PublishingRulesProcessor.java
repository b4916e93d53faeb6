package fi.ptvintegration.routes.delivery;

import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.routes.ptv.ItemLifecycle;
import fi.ptvintegration.routes.store.PtvItemStore;
import fi.ptvintegration.routes.store.PtvLink;
import fi.ptvintegration.routes.support.ExchangeKeys;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * PTV's publishing rules, checked before a create or update is sent ({@link ItemLifecycle}):
 * Draft only for an item never published, and no update of an item this system archived (a
 * restore publishes it again). A breach fails the delivery with the reason, before PTV is called.
 */
public class PublishingRulesProcessor implements Processor {

    private final PtvItemStore items;

    public PublishingRulesProcessor(PtvItemStore items) {
        this.items = items;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        PushOperation operation = exchange.getProperty(ExchangeKeys.PUSH_OPERATION, PushOperation.class);
        if (operation.changesStatus()) {
            return;
        }
        PatRecord record = exchange.getProperty(ExchangeKeys.RECORD, PatRecord.class);
        Optional<PtvLink> link = items.link(record.namespace(), record.code());
        ItemLifecycle.archivedInPtv(record, link).ifPresent(refusal -> {
            throw refusal;
        });
        ItemLifecycle.draftAfterPublished(record, link).ifPresent(refusal -> {
            throw refusal;
        });
    }
}
