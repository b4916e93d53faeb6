package fi.ptvintegration.routes.delivery;

import fi.ptvintegration.routes.store.DeliveryStore;
import fi.ptvintegration.routes.store.IntegrationLogStore;
import fi.ptvintegration.routes.support.Causes;
import fi.ptvintegration.routes.support.Secrets;
import fi.ptvintegration.routes.support.Texts;
import java.sql.SQLException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * One tick of the outbox poller. First what an outage left behind, once the database answers
 * again: the claims this node could not record an outcome for go back in the queue
 * ({@link StrandedClaims}) and the integration-log records held in memory are written. Then due
 * deliveries go to the {@link DeliveryDispatcher}'s workers. A database failure does not fail the
 * tick (no stack trace every half second): it is noted in the {@link PollerState}, which logs the
 * outage once and tells the health check.
 */
public class DeliveryPollProcessor implements Processor {

    private final DeliveryDispatcher dispatcher;
    private final StrandedClaims stranded;
    private final DeliveryStore deliveries;
    private final IntegrationLogStore log;
    private final PollerState state;

    public DeliveryPollProcessor(DeliveryDispatcher dispatcher, StrandedClaims stranded, DeliveryStore deliveries,
            IntegrationLogStore log, PollerState state) {
        this.dispatcher = dispatcher;
        this.stranded = stranded;
        this.deliveries = deliveries;
        this.log = log;
        this.state = state;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        try {
            stranded.releaseAll(deliveries);
            int started = dispatcher.dispatchDue();
            state.succeeded();
            log.writeHeld();
            exchange.getMessage().setBody(started);
        } catch (Exception e) {
            SQLException database = Causes.find(e, SQLException.class).orElseThrow(() -> e);
            state.failed(Secrets.redactText("SQLState " + database.getSQLState() + ": " + Texts.firstLine(database.getMessage(), 300)));
            exchange.getMessage().setBody(0);
        }
    }
}
