package fi.ptvintegration.routes.delivery;

import fi.ptvintegration.routes.store.AttemptWrites;
import fi.ptvintegration.routes.store.DriftStore;
import fi.ptvintegration.routes.store.IntegrationLogStore;
import fi.ptvintegration.routes.store.PtvItemStore;
import fi.ptvintegration.routes.support.ExchangeKeys;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Begins a delivery attempt: what it learns and would write (log records of its PTV calls, the
 * link to the item, its connections) is held in {@link AttemptWrites} until {@link DeliveredProcessor}
 * commits it with the outcome in one transaction, or {@link DeliveryFailureProcessor} writes it
 * apart before recording the failure.
 */
public class AttemptBeginProcessor implements Processor {

    private final IntegrationLogStore log;
    private final PtvItemStore items;
    private final DriftStore drifts;

    public AttemptBeginProcessor(IntegrationLogStore log, PtvItemStore items, DriftStore drifts) {
        this.log = log;
        this.items = items;
        this.drifts = drifts;
    }

    @Override
    public void process(Exchange exchange) {
        exchange.setProperty(ExchangeKeys.ATTEMPT_WRITES, new AttemptWrites(log, items, drifts));
    }

    /** The writes of the attempt this exchange makes. */
    static AttemptWrites writesOf(Exchange exchange) {
        AttemptWrites writes = exchange.getProperty(ExchangeKeys.ATTEMPT_WRITES, AttemptWrites.class);
        if (writes == null) {
            throw new IllegalStateException("no delivery attempt was begun on this exchange (the delivery route begins one)");
        }
        return writes;
    }
}
