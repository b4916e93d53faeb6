package fi.ptvintegration.routes.ops;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.ptvintegration.routes.http.CallOutcome;
import fi.ptvintegration.routes.support.ExchangeKeys;
import fi.ptvintegration.routes.http.CallRefusal;
import fi.ptvintegration.routes.store.Delivery;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * Answers the outbox views and actions of {@code /cxf/ops} by the JAX-RS operation name:
 * {@code deliveries}, {@code delivery}, {@code failed}, {@code metrics} (reading) and
 * {@code replayDelivery}, {@code dismissDelivery}, {@code replayGroup}, {@code dismissGroup}
 * (acting; the route lets only admins reach them). A malformed parameter is a 400 naming it; an
 * unknown delivery a 404; a replay of a delivery that is not failed a 409.
 */
public class DeliveryOpsProcessor implements Processor {

    /** Operations that change something: the route requires the admin role for them. */
    public static final Set<String> ACTIONS = Set.of("replayDelivery", "dismissDelivery", "replayGroup", "dismissGroup");
    private static final Set<String> STATUSES = Set.of(Delivery.NEW, Delivery.PENDING, Delivery.IN_FLIGHT, Delivery.DELIVERED, Delivery.FAILED,
            Delivery.DISMISSED);

    private final OpsService operations;

    public DeliveryOpsProcessor(OpsService operations) {
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

        @com.fasterxml.jackson.annotation.JsonValue
        public Object json() {
            return value;
        }
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        String operation = message.getHeader("operationName", String.class);
        String by = exchange.getProperty(ExchangeKeys.PRINCIPAL, "unknown", String.class);
        Object answer = switch (operation) {
            case "deliveries" -> {
                String status = blankToNull(message.getHeader("status", String.class));
                if (status != null) {
                    status = status.toUpperCase(Locale.ROOT);
                    if (!STATUSES.contains(status)) {
                        throw badQuery("status", "one of " + String.join(", ", STATUSES.stream().sorted().toList()));
                    }
                }
                List<Delivery> found = operations.deliveries(status, blankToNull(message.getHeader("signature", String.class)),
                        blankToNull(message.getHeader("code", String.class)), limit(message));
                yield new Listed(found.size(), found);
            }
            case "delivery" -> new Shown(operations.delivery(id(message)).orElseThrow(() -> notFound(message)));
            case "failed" -> {
                var groups = operations.failureGroups();
                yield new Listed(groups.size(), groups);
            }
            case "metrics" -> new Shown(operations.metrics());
            case "replayDelivery" -> {
                long id = id(message);
                operations.delivery(id).orElseThrow(() -> notFound(message));
                if (!operations.replay(id, by)) {
                    throw new CallRefusal(409, "not-failed", "delivery " + id + " is not failed or dismissed; nothing to replay");
                }
                yield new Done("replayed", 1, null, id);
            }
            case "dismissDelivery" -> {
                long id = id(message);
                operations.delivery(id).orElseThrow(() -> notFound(message));
                if (!operations.dismiss(id, by)) {
                    throw new CallRefusal(409, "not-failed", "delivery " + id + " is not failed or pending; nothing to dismiss");
                }
                yield new Done("dismissed", 1, null, id);
            }
            case "replayGroup" -> {
                String signature = signature(message);
                yield new Done("replayed", operations.replayGroup(signature, by), signature, null);
            }
            case "dismissGroup" -> {
                String signature = signature(message);
                yield new Done("dismissed", operations.dismissGroup(signature, by), signature, null);
            }
            default -> throw new CallRefusal(404, "not-found", "no such operation");
        };
        message.setBody(answer);
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
    }

    private static long id(Message message) {
        try {
            return Long.parseLong(message.getHeader("id", String.class));
        } catch (NumberFormatException e) {
            throw new CallRefusal(400, "bad-query", "the delivery id must be a number");
        }
    }

    private static CallRefusal notFound(Message message) {
        return new CallRefusal(404, "not-found", "no delivery " + message.getHeader("id", String.class));
    }

    private static String signature(Message message) {
        String signature = blankToNull(message.getHeader("signature", String.class));
        if (signature == null) {
            throw badQuery("signature", "a failure signature as GET /cxf/ops/failed lists it");
        }
        return signature;
    }

    private static int limit(Message message) {
        String value = blankToNull(message.getHeader("limit", String.class));
        try {
            int limit = value == null ? 100 : Integer.parseInt(value);
            if (limit < 1 || limit > 1000) {
                throw badQuery("limit", "a number from 1 to 1000");
            }
            return limit;
        } catch (NumberFormatException e) {
            throw badQuery("limit", "a number from 1 to 1000");
        }
    }

    private static CallRefusal badQuery(String parameter, String expected) {
        return new CallRefusal(400, "bad-query", "query parameter '" + parameter + "' must be " + expected);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
