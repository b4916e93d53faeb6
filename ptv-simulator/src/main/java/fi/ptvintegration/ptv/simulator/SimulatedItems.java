package fi.ptvintegration.ptv.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the simulated PTV holds: items by PTV id, with their type (Organization, Service or
 * ServiceChannel, the three sourceId namespaces) and saved JSON. Thread-safe.
 */
public final class SimulatedItems {

    /** One saved item. */
    public record Item(String type, String id, ObjectNode body) {
        public Optional<String> sourceId() {
            return body.hasNonNull("sourceId") ? Optional.of(body.get("sourceId").asText()) : Optional.empty();
        }
    }

    /** When PTV created an item: the order PTV lists an organisation's items in, and the time. */
    record Created(long order, String at) {}

    private final Map<String, Item> byId = new ConcurrentHashMap<>();
    private final Map<String, Created> created = new ConcurrentHashMap<>();
    private long creations;
    /** PTV id by type and sourceId: a look-up per create, which a scan of every item made slower as items grew. */
    private final Map<String, String> idBySourceId = new ConcurrentHashMap<>();
    private final AtomicInteger latencyMillis = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong creates = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong updates = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong duplicateCreates = new java.util.concurrent.atomic.AtomicLong();

    void countCreate() {
        creates.incrementAndGet();
    }

    void countUpdate() {
        updates.incrementAndGet();
    }

    void countDuplicateCreate() {
        duplicateCreates.incrementAndGet();
    }

    /** Items created (POST answered 200) since start. */
    public long creates() {
        return creates.get();
    }

    /** Updates (PUT answered 200) since start. */
    public long updates() {
        return updates.get();
    }

    /** Creates refused because the sourceId was already there: a client that lost track of what it created. */
    public long duplicateCreates() {
        return duplicateCreates.get();
    }

    synchronized void save(String type, ObjectNode body) {
        String id = body.get("id").asText();
        Item saved = new Item(type, id, body);
        Item before = byId.put(id, saved);
        created.computeIfAbsent(id, k -> new Created(++creations, body.path("modified").asText(null)));
        if (before != null) {
            before.sourceId().ifPresent(sourceId -> idBySourceId.remove(sourceKey(before.type(), sourceId), id));
        }
        saved.sourceId().ifPresent(sourceId -> idBySourceId.put(sourceKey(type, sourceId), id));
    }

    private static String sourceKey(String type, String sourceId) {
        return type + '\n' + sourceId;
    }

    public Optional<Item> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public synchronized Optional<Item> bySourceId(String type, String sourceId) {
        return Optional.ofNullable(idBySourceId.get(sourceKey(type, sourceId))).map(byId::get);
    }

    /** Every item of a type (Organization, Service, ServiceChannel). */
    public List<Item> all(String type) {
        return byId.values().stream().filter(item -> item.type().equals(type)).toList();
    }

    public int size() {
        return byId.size();
    }

    public synchronized void clear() {
        byId.clear();
        idBySourceId.clear();
        created.clear();
    }

    /** When the item was first saved; empty for an unknown id. */
    Optional<Created> created(String id) {
        return Optional.ofNullable(created.get(id));
    }

    /** Delay added to every answer, to simulate PTV's latency. */
    public void setLatencyMillis(int millis) {
        latencyMillis.set(Math.max(0, millis));
    }

    int latencyMillis() {
        return latencyMillis.get();
    }
}
