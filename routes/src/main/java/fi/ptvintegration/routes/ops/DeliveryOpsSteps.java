package fi.ptvintegration.routes.ops;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import fi.ptvintegration.routes.http.CallOutcome;
import fi.ptvintegration.routes.http.CallRefusal;
import fi.ptvintegration.routes.store.Delivery;
import fi.ptvintegration.routes.store.PatStore;
import fi.ptvintegration.routes.support.ExchangeKeys;
import fi.ptvintegration.routes.tenant.Caller;
import fi.ptvintegration.routes.tenant.TenantScope;
import java.util.ArrayList;
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
 * is not failed a 409. An admin of one tenant sees and acts on the tenant's deliveries only.
 */
public class DeliveryOpsSteps {

    private static final Set<String> STATUSES = Set.of(Delivery.NEW, Delivery.PENDING, Delivery.IN_FLIGHT, Delivery.DELIVERED,
            Delivery.FAILED, Delivery.DISMISSED);

    private final OpsService operations;
    private final RecordVisibility visibility;

    public DeliveryOpsSteps(OpsService operations, TenantScope scope, PatStore records) {
        this.operations = operations;
        this.visibility = new RecordVisibility(scope, records);
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
        return exchange -> answer(exchange, new Shown(visibleDelivery(exchange)));
    }

    public Processor listFailureGroups() {
        return exchange -> {
            Caller caller = caller(exchange);
            if (caller == null || caller.global()) {
                answer(exchange, listed(operations.failureGroups()));
                return;
            }
            answer(exchange, listed(FailureGroups.of(visible(caller, operations.deliveries(Delivery.FAILED, null, null, 1000)))));
        };
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
        return exchange -> answer(exchange, group(exchange, true));
    }

    public Processor dismissGroup() {
        return exchange -> answer(exchange, group(exchange, false));
    }

    /** A group action: every failed delivery of the signature, or for a tenant's admin, every one of the tenant's. */
    private Done group(Exchange exchange, boolean replay) throws Exception {
        String signature = OpsParameters.signature(exchange.getMessage());
        Caller caller = caller(exchange);
        if (caller == null || caller.global()) {
            return new Done(replay ? "replayed" : "dismissed", replay ? operations.replayGroup(signature, actor(exchange))
                    : operations.dismissGroup(signature, actor(exchange)), signature, null);
        }
        int done = 0;
        for (Delivery delivery : visible(caller, operations.deliveries(Delivery.FAILED, signature, null, 1000))) {
            if (replay ? operations.replay(delivery.id(), actor(exchange)) : operations.dismiss(delivery.id(), actor(exchange))) {
                done++;
            }
        }
        return new Done(replay ? "replayed" : "dismissed", done, signature, null);
    }

    /** The delivery of the path, when the caller's tenant owns its record (403 otherwise). */
    private Delivery visibleDelivery(Exchange exchange) throws Exception {
        Delivery delivery = operations.delivery(OpsParameters.deliveryId(exchange.getMessage()))
                .orElseThrow(() -> notFound(exchange.getMessage()));
        visibility.require(caller(exchange), delivery.namespace(), delivery.code(), "delivery " + delivery.id());
        return delivery;
    }

    private List<Delivery> visible(Caller caller, List<Delivery> deliveries) throws Exception {
        List<Delivery> visible = new ArrayList<>();
        for (Delivery delivery : deliveries) {
            if (visibility.visible(caller, delivery.namespace(), delivery.code())) {
                visible.add(delivery);
            }
        }
        return visible;
    }

    private static Caller caller(Exchange exchange) {
        return exchange.getProperty(ExchangeKeys.CALLER, Caller.class);
    }

    private Listed listDeliveries(Message message) throws Exception {
        String status = OpsParameters.text(message, "status");
        if (status != null) {
            status = status.toUpperCase(Locale.ROOT);
            if (!STATUSES.contains(status)) {
                throw OpsParameters.badQuery("status", "one of " + String.join(", ", STATUSES.stream().sorted().toList()));
            }
        }
        return listed(visible(caller(message.getExchange()), operations.deliveries(status, OpsParameters.text(message, "signature"),
                OpsParameters.text(message, "code"), OpsParameters.limit(message, 1000))));
    }

    private Done replayOrDismiss(Exchange exchange, boolean replay) throws Exception {
        Message message = exchange.getMessage();
        long id = visibleDelivery(exchange).id();
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
