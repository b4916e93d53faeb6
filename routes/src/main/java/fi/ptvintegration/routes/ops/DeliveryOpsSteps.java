package fi.ptvintegration.routes.ops;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import fi.ptvintegration.routes.http.CallOutcome;
import fi.ptvintegration.routes.http.CallRefusal;
import fi.ptvintegration.routes.store.Delivery;
import fi.ptvintegration.routes.support.ExchangeKeys;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * The steps of the outbox views and actions of {@code /cxf/ops}, one per endpoint, over the
 * {@link OpsService}: deliveries by status, one delivery, failure groups, metrics (reading), and
 * replay or dismiss one delivery or a group (acting; the route lets only admins reach them). A
 * malformed parameter is a 400 naming it; an unknown delivery a 404; a replay of a delivery that
 * is not failed a 409.
 */
public class DeliveryOpsSteps {

    private static final Set<String> STATUSES = Set.of(Delivery.NEW, Delivery.PENDING, Delivery.IN_FLIGHT, Delivery.DELIVERED,
            Delivery.FAILED, Delivery.DISMISSED);

    private final OpsService operations;

    public DeliveryOpsSteps(OpsService operations) {
        this.operations = operations;
    }

    /** A list answer. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Listed(int count, List<?> items) implements CallOutcome {
        @Override
        public String outcome() {
            return "listed";
        }
    }

    /** An action's answer: what it did and to how many deliveries. */
    public record Done(String action, int deliveries, String signature, Long id) implements CallOutcome {
        @Override
        public String outcome() {
            return action;
        }
    }

    /** A view that is one object. */
    public record Shown(Object value) implements CallOutcome {
        @Override
        public String outcome() {
            return "shown";
        }

        @JsonValue
        public Object json() {
            return value;
        }
    }

    public Processor listDeliveries() {
        return exchange -> answer(exchange, listDeliveries(exchange.getMessage()));
    }

    public Processor showDelivery() {
        return exchange -> answer(exchange, new Shown(operations.delivery(OpsParameters.deliveryId(exchange.getMessage()))
                .orElseThrow(() -> notFound(exchange.getMessage()))));
    }

    public Processor listFailureGroups() {
        return exchange -> answer(exchange, listed(operations.failureGroups()));
    }

    public Processor showMetrics() {
        return exchange -> answer(exchange, new Shown(operations.metrics()));
    }

    public Processor replayDelivery() {
        return exchange -> answer(exchange, replayOrDismiss(exchange, true));
    }

    public Processor dismissDelivery() {
        return exchange -> answer(exchange, replayOrDismiss(exchange, false));
    }

    public Processor replayGroup() {
        return exchange -> {
            String signature = OpsParameters.signature(exchange.getMessage());
            answer(exchange, new Done("replayed", operations.replayGroup(signature, actor(exchange)), signature, null));
        };
    }

    public Processor dismissGroup() {
        return exchange -> {
            String signature = OpsParameters.signature(exchange.getMessage());
            answer(exchange, new Done("dismissed", operations.dismissGroup(signature, actor(exchange)), signature, null));
        };
    }

    private Listed listDeliveries(Message message) throws Exception {
        String status = OpsParameters.text(message, "status");
        if (status != null) {
            status = status.toUpperCase(Locale.ROOT);
            if (!STATUSES.contains(status)) {
                throw OpsParameters.badQuery("status", "one of " + String.join(", ", STATUSES.stream().sorted().toList()));
            }
        }
        return listed(operations.deliveries(status, OpsParameters.text(message, "signature"), OpsParameters.text(message, "code"),
                OpsParameters.limit(message, 1000)));
    }

    private Done replayOrDismiss(Exchange exchange, boolean replay) throws Exception {
        Message message = exchange.getMessage();
        long id = OpsParameters.deliveryId(message);
        operations.delivery(id).orElseThrow(() -> notFound(message));
        if (replay && !operations.replay(id, actor(exchange))) {
            throw new CallRefusal(409, "not-failed", "delivery " + id + " is not failed or dismissed; nothing to replay");
        }
        if (!replay && !operations.dismiss(id, actor(exchange))) {
            throw new CallRefusal(409, "not-failed", "delivery " + id + " is not failed or pending; nothing to dismiss");
        }
        return new Done(replay ? "replayed" : "dismissed", 1, null, id);
    }

    private static Listed listed(List<?> items) {
        return new Listed(items.size(), items);
    }

    /** Who acts in a REST call, for the audit record. */
    static OpsService.Actor actor(Exchange exchange) {
        return new OpsService.Actor(exchange.getProperty(ExchangeKeys.PRINCIPAL, "unknown", String.class), "rest",
                exchange.getProperty(ExchangeKeys.CORRELATION_ID, String.class), exchange.getProperty(ExchangeKeys.ENDPOINT, String.class),
                exchange.getMessage().getHeader(Exchange.HTTP_METHOD, "POST", String.class));
    }

    private static void answer(Exchange exchange, Object body) {
        exchange.getMessage().setBody(body);
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
    }

    private static CallRefusal notFound(Message message) {
        return new CallRefusal(404, "not-found", "no delivery " + message.getHeader(ExchangeKeys.DELIVERY_ID, String.class));
    }
}
