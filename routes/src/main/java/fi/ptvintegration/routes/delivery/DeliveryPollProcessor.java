package fi.ptvintegration.routes.delivery;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** One tick of the outbox poller: hands due deliveries to the {@link DeliveryDispatcher}'s workers. */
public class DeliveryPollProcessor implements Processor {

    private final DeliveryDispatcher dispatcher;

    public DeliveryPollProcessor(DeliveryDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        exchange.getMessage().setBody(dispatcher.dispatchDue());
    }
}
