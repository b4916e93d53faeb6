package fi.ptvintegration.routes.ops;

import fi.ptvintegration.routes.store.Delivery;
import fi.ptvintegration.routes.store.DeliveryStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Failed deliveries grouped by failure signature, largest group first, as the outbox groups them
 * ({@link DeliveryStore#failureGroups}), for a given set of deliveries (a tenant's). Pure.
 */
final class FailureGroups {

    private FailureGroups() {}

    static List<DeliveryStore.FailureGroup> of(List<Delivery> failed) {
        Map<String, List<Delivery>> bySignature = new LinkedHashMap<>();
        for (Delivery delivery : failed) {
            bySignature.computeIfAbsent(String.valueOf(delivery.failureSignature()), s -> new ArrayList<>()).add(delivery);
        }
        List<DeliveryStore.FailureGroup> groups = new ArrayList<>();
        bySignature.forEach((signature, deliveries) -> {
            Delivery newest = deliveries.stream().max(Comparator.comparingLong(Delivery::id)).orElseThrow();
            groups.add(new DeliveryStore.FailureGroup(signature, deliveries.size(),
                    deliveries.stream().map(Delivery::updatedAt).min(Comparator.naturalOrder()).orElseThrow(),
                    deliveries.stream().map(Delivery::updatedAt).max(Comparator.naturalOrder()).orElseThrow(), newest.id(),
                    newest.lastError()));
        });
        groups.sort(Comparator.comparingInt(DeliveryStore.FailureGroup::count).reversed().thenComparing(DeliveryStore.FailureGroup::signature));
        return groups;
    }
}
