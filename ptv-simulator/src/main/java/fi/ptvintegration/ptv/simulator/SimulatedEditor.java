package fi.ptvintegration.ptv.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What happens to items outside this system's API calls: items typed into PTV before any push
 * (a preload of realistic content, or items given as JSON), edits made in PTV's editor (saved and
 * published at once, or saved and left {@code Modified}), publishing or discarding such an edit,
 * and archiving (by an editor or by PTV itself). Every such change sets the item's
 * {@code modified} as PTV would. While an item has an edit left {@code Modified}, every API write
 * to it is refused as PTV refuses it: 400 {@code {"PublishingStatus": ["You cannot update entity
 * with status Modified."]}} (PTV's {@code PublishingStatusValidator}).
 *
 * <p>Its admin endpoints are listed in {@link PtvSimulator}'s comment. Thread-safe.
 */
final class SimulatedEditor {

    /** PTV's message for a write to an item whose latest version is Modified. */
    static final String MODIFIED_REFUSAL = "You cannot update entity with status Modified.";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ITEM_ACTION = Pattern.compile(
            "^/simulator/items/([0-9a-fA-F-]{36})/(edit|modified|publish|discard|archive)$");

    /** An admin request the simulator cannot carry out: its HTTP status and why. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    private final SimulatedItems items;
    private final Clock clock;
    private final Map<String, ObjectNode> modifiedVersions = new ConcurrentHashMap<>();
    private final Map<String, Boolean> archivedAutomatically = new ConcurrentHashMap<>();

    SimulatedEditor(SimulatedItems items, Clock clock) {
        this.items = items;
        this.clock = clock;
    }

    /** The version left Modified in PTV's editor, when there is one. */
    Optional<ObjectNode> modifiedVersion(String id) {
        return Optional.ofNullable(modifiedVersions.get(id));
    }

    /** Whether an archived item was archived by PTV itself (1, Automatic) rather than by an editor or an API (0, Manual). */
    boolean archivedAutomatically(String id) {
        return archivedAutomatically.getOrDefault(id, false);
    }

    /** Adds PTV's refusal of a write to an item that has an edit left Modified to the write's errors. */
    void refuseWriteToModified(String id, Map<String, List<String>> errors) {
        if (modifiedVersions.containsKey(id)) {
            errors.computeIfAbsent("PublishingStatus", k -> new ArrayList<>()).add(MODIFIED_REFUSAL);
        }
    }

    /**
     * Keeps what an API write saved: a write that sets publishingStatus Modified saves a version on
     * top of the published one, as PTV does (and every later write is refused until the version is
     * published or discarded); any other write replaces the item, which is then no longer one PTV
     * archived by itself.
     */
    synchronized void saveWritten(String type, ObjectNode saved) {
        String id = saved.get("id").asText();
        if ("Modified".equals(saved.path("publishingStatus").asText())) {
            modifiedVersions.put(id, saved);
            return;
        }
        items.save(type, saved);
        archivedAutomatically.remove(id);
    }

    /**
     * {@code count} services and channels of an organisation, typed in by hand before any push:
     * the sample content of each kind in turn, each copy with its own id, the organisation, status
     * Published, and a Finnish name unique within its kind (a repeat gets " 2", " 3"...). The
     * organisation is created from the sample organisation when the simulator does not hold it.
     *
     * @param sourceIdPrefix when not null, every item gets the sourceId {@code prefix + n} (n from 1)
     * @param kinds the kinds to make (Service, EChannel, Phone, ServiceLocation, PrintableForm,
     *     WebPage); empty for all
     */
    synchronized List<PreloadedItem> preload(String organizationId, int count, String sourceIdPrefix, List<String> kinds) {
        if (organizationId == null || !organizationId.matches("[0-9a-fA-F-]{36}")) {
            throw new Refused(400, "organizationId must be a PTV id (a GUID), was " + organizationId);
        }
        if (count < 1 || count > 100_000) {
            throw new Refused(400, "count must be 1..100000, was " + count);
        }
        List<String> chosen = kinds == null || kinds.isEmpty() ? SampleItems.KINDS : kinds;
        for (String kind : chosen) {
            if (!SampleItems.KINDS.contains(kind)) {
                throw new Refused(400, "unknown kind '" + kind + "'; kinds are " + SampleItems.KINDS);
            }
        }
        List<PreloadedItem> made = new ArrayList<>();
        String organizationName = organization(organizationId, made);
        Map<String, List<ObjectNode>> templates = SampleItems.byKind();
        Map<String, Set<String>> namesTaken = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String kind = chosen.get(i % chosen.size());
            List<ObjectNode> ofKind = templates.get(kind);
            ObjectNode item = ofKind.get((i / chosen.size()) % ofKind.size()).deepCopy();
            String type = "Service".equals(kind) ? "Service" : "ServiceChannel";
            String sourceId = sourceIdPrefix == null ? null : sourceIdPrefix + (i + 1);
            if (sourceId != null && items.bySourceId(type, sourceId).isPresent()) {
                throw new Refused(409, "sourceId '" + sourceId + "' is already taken in the simulator");
            }
            String name = uniqueName(item, namesTaken.computeIfAbsent(kind, k -> new HashSet<>(namesOf(type, kind))));
            item.put("id", UUID.randomUUID().toString());
            item.put("publishingStatus", "Published");
            item.put("modified", PtvReadShape.ptvTime(clock.instant()));
            item.put("sourceId", sourceId);
            if ("Service".equals(type)) {
                ArrayNode organizations = item.putArray("organizations");
                ObjectNode responsible = organizations.addObject().put("roleType", "Responsible");
                responsible.putObject("organization").put("id", organizationId).put("name", organizationName);
                responsible.putNull("provisionType");
                responsible.putArray("additionalInformation");
                ObjectNode producer = organizations.addObject().put("roleType", "Producer");
                producer.putObject("organization").put("id", organizationId).put("name", organizationName);
                producer.put("provisionType", "SelfProducedServices");
                producer.putArray("additionalInformation");
                item.putNull("serviceChannels");
            } else {
                item.put("organizationId", organizationId);
                item.putNull("services");
            }
            items.save(type, item);
            made.add(new PreloadedItem(item.get("id").asText(), type, kind, name, sourceId));
        }
        return made;
    }

    /**
     * An item exactly as given (PTV's read shape), as if typed into PTV by hand: an id, status
     * Published and the current time are added where it has none; an item with the id of one held
     * replaces it.
     */
    synchronized PreloadedItem hold(JsonNode given) {
        if (!(given instanceof ObjectNode item)) {
            throw new Refused(400, "an item is a JSON object");
        }
        ObjectNode copy = item.deepCopy();
        String type = copy.hasNonNull("serviceChannelType") ? "ServiceChannel"
                : copy.has("serviceNames") ? "Service"
                : copy.has("organizationNames") ? "Organization" : null;
        if (type == null) {
            throw new Refused(400, "an item has serviceChannelType (a channel), serviceNames (a service) or organizationNames (an organisation)");
        }
        if (!copy.hasNonNull("id")) {
            copy.put("id", UUID.randomUUID().toString());
        }
        String id = copy.get("id").asText();
        Optional<SimulatedItems.Item> held = items.byId(id);
        if (held.isPresent() && !held.get().type().equals(type)) {
            throw new Refused(409, "the simulator holds " + id + " as " + held.get().type() + ", not as " + type);
        }
        String sourceId = copy.hasNonNull("sourceId") ? copy.get("sourceId").asText() : null;
        if (sourceId != null && items.bySourceId(type, sourceId).filter(other -> !other.id().equals(id)).isPresent()) {
            throw new Refused(409, "sourceId '" + sourceId + "' is already taken by another " + type);
        }
        if (!copy.hasNonNull("publishingStatus")) {
            copy.put("publishingStatus", "Published");
        }
        if (!copy.hasNonNull("modified")) {
            copy.put("modified", PtvReadShape.ptvTime(clock.instant()));
        }
        modifiedVersions.remove(id);
        items.save(type, copy);
        String kind = "ServiceChannel".equals(type) ? copy.get("serviceChannelType").asText() : type;
        return new PreloadedItem(id, type, kind, finnishName(copy), sourceId);
    }

    /**
     * An edit made in PTV's editor and published at once: {@code changes} replaces the item's
     * top-level fields, its {@code texts} ({@code [{list, type, language, value}]}) replace one text
     * each, and {@code modified} is now.
     */
    synchronized ObjectNode editAndPublish(String id, JsonNode changes) {
        SimulatedItems.Item item = current(id);
        if (modifiedVersions.containsKey(id)) {
            throw new Refused(409, id + " has an edit left Modified: publish or discard it first");
        }
        ObjectNode edited = changed(item.body(), changes);
        edited.put("modified", PtvReadShape.ptvTime(clock.instant()));
        items.save(item.type(), edited);
        return edited;
    }

    /** An edit saved in PTV's editor but not published: the item's latest version is Modified until published or discarded. */
    synchronized ObjectNode leaveModified(String id, JsonNode changes) {
        SimulatedItems.Item item = current(id);
        if (modifiedVersions.containsKey(id)) {
            throw new Refused(409, id + " already has an edit left Modified");
        }
        ObjectNode version = changed(item.body(), changes);
        version.put("publishingStatus", "Modified");
        version.put("modified", PtvReadShape.ptvTime(clock.instant()));
        modifiedVersions.put(id, version);
        return version;
    }

    /** The edit left Modified is published: it becomes the item, Published, modified now. */
    synchronized ObjectNode publish(String id) {
        SimulatedItems.Item item = current(id);
        ObjectNode version = modifiedVersions.remove(id);
        if (version == null) {
            throw new Refused(409, id + " has no edit left Modified to publish");
        }
        version.put("publishingStatus", "Published");
        version.put("modified", PtvReadShape.ptvTime(clock.instant()));
        items.save(item.type(), version);
        return version;
    }

    /** The edit left Modified is thrown away; the published item stays as it was. */
    synchronized ObjectNode discard(String id) {
        SimulatedItems.Item item = current(id);
        if (modifiedVersions.remove(id) == null) {
            throw new Refused(409, id + " has no edit left Modified to discard");
        }
        return item.body();
    }

    /**
     * Archived by an editor ({@code automatically} false) or by PTV itself: status Deleted, modified
     * (the archiving time) now, an edit left Modified dropped. The item keeps its sourceId, so a
     * create with it is refused as "already exists", and reads answer 404.
     */
    synchronized ObjectNode archive(String id, boolean automatically) {
        SimulatedItems.Item item = current(id);
        modifiedVersions.remove(id);
        ObjectNode archived = item.body().deepCopy();
        archived.put("publishingStatus", "Deleted");
        archived.put("modified", PtvReadShape.ptvTime(clock.instant()));
        items.save(item.type(), archived);
        archivedAutomatically.put(id, automatically);
        return archived;
    }

    /** The editor's admin endpoints; empty for other paths. */
    Optional<ResponseDefinition> admin(String method, String url, String body) {
        try {
            if ("POST".equals(method) && url.equals("/simulator/preload")) {
                JsonNode spec = json(body);
                List<String> kinds = new ArrayList<>();
                spec.path("kinds").forEach(kind -> kinds.add(kind.asText()));
                String prefix = spec.path("sourceIds").asBoolean(false) ? spec.path("sourceIdPrefix").asText("preloaded-") : null;
                return Optional.of(answer(200, JSON.valueToTree(preload(spec.path("organizationId").asText(null),
                        spec.path("count").asInt(0), prefix, kinds))));
            }
            if ("POST".equals(method) && url.equals("/simulator/items")) {
                JsonNode given = json(body);
                List<PreloadedItem> held = new ArrayList<>();
                if (given.isArray()) {
                    given.forEach(item -> held.add(hold(item)));
                } else {
                    held.add(hold(given));
                }
                return Optional.of(answer(200, JSON.valueToTree(held)));
            }
            Matcher action = ITEM_ACTION.matcher(url);
            if ("POST".equals(method) && action.matches()) {
                String id = action.group(1);
                JsonNode changes = json(body);
                ObjectNode result = switch (action.group(2)) {
                    case "edit" -> editAndPublish(id, changes);
                    case "modified" -> leaveModified(id, changes);
                    case "publish" -> publish(id);
                    case "discard" -> discard(id);
                    default -> archive(id, changes.path("automatic").asBoolean(false));
                };
                return Optional.of(answer(200, result));
            }
            return Optional.empty();
        } catch (Refused e) {
            return Optional.of(answer(e.status(), JSON.createObjectNode().put("errorMessage", e.getMessage())));
        } catch (IOException e) {
            return Optional.of(answer(400, JSON.createObjectNode().put("errorMessage", "Invalid JSON: " + e.getMessage())));
        }
    }

    private SimulatedItems.Item current(String id) {
        SimulatedItems.Item item = items.byId(id).orElseThrow(() -> new Refused(404, "the simulator holds no item " + id));
        if ("Deleted".equals(item.body().path("publishingStatus").asText())) {
            throw new Refused(409, id + " is archived");
        }
        return item;
    }

    /** The item with the changes made: top-level fields replaced, then single texts. */
    private static ObjectNode changed(ObjectNode body, JsonNode changes) {
        ObjectNode edited = body.deepCopy();
        if (changes == null || !changes.isObject()) {
            return edited;
        }
        changes.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("texts") && !field.getKey().equals("id")) {
                edited.set(field.getKey(), field.getValue().deepCopy());
            }
        });
        for (JsonNode text : changes.path("texts")) {
            String list = text.path("list").asText();
            if (!(edited.get(list) instanceof ArrayNode)) {
                edited.putArray(list);
            }
            ArrayNode texts = (ArrayNode) edited.get(list);
            String type = text.path("type").asText("Name");
            String language = text.path("language").asText("fi");
            ObjectNode replacement = JSON.createObjectNode().put("language", language).put("value", text.path("value").asText());
            if (!"serviceChannelNames".equals(list) || text.has("type")) {
                replacement.put("type", type);
            }
            boolean replaced = false;
            for (int i = 0; i < texts.size(); i++) {
                JsonNode existing = texts.get(i);
                if (language.equals(existing.path("language").asText()) && type.equals(existing.path("type").asText("Name"))) {
                    texts.set(i, replacement);
                    replaced = true;
                }
            }
            if (!replaced) {
                texts.add(replacement);
            }
        }
        return edited;
    }

    /** The organisation's Finnish name; the organisation made from the sample when the simulator does not hold it. */
    private String organization(String organizationId, List<PreloadedItem> made) {
        Optional<SimulatedItems.Item> held = items.byId(organizationId);
        if (held.isPresent()) {
            if (!"Organization".equals(held.get().type())) {
                throw new Refused(409, organizationId + " is a " + held.get().type() + ", not an organisation");
            }
            return finnishName(held.get().body());
        }
        ObjectNode organization = SampleItems.organization();
        organization.put("id", organizationId);
        organization.put("publishingStatus", "Published");
        organization.put("modified", PtvReadShape.ptvTime(clock.instant()));
        organization.putNull("sourceId");
        items.save("Organization", organization);
        String name = finnishName(organization);
        made.add(new PreloadedItem(organizationId, "Organization", "Organization", name, null));
        return name;
    }

    private List<String> namesOf(String type, String kind) {
        return items.all(type).stream()
                .filter(item -> kind.equals(item.body().hasNonNull("serviceChannelType") ? item.body().get("serviceChannelType").asText() : "Service"))
                .map(item -> finnishName(item.body())).toList();
    }

    /** Gives the item's Finnish name a number when the name is taken; answers the name. */
    private static String uniqueName(ObjectNode item, Set<String> taken) {
        String base = finnishName(item);
        String name = base;
        for (int n = 2; taken.contains(name); n++) {
            name = base + " " + n;
        }
        taken.add(name);
        if (!name.equals(base)) {
            for (JsonNode text : item.path(item.has("serviceNames") ? "serviceNames" : "serviceChannelNames")) {
                if ("fi".equals(text.path("language").asText()) && "Name".equals(text.path("type").asText("Name"))) {
                    ((ObjectNode) text).put("value", name);
                }
            }
        }
        return name;
    }

    static String finnishName(JsonNode item) {
        for (String list : List.of("organizationNames", "serviceNames", "serviceChannelNames")) {
            for (JsonNode text : item.path(list)) {
                if ("fi".equals(text.path("language").asText()) && "Name".equals(text.path("type").asText("Name"))) {
                    return text.path("value").asText(null);
                }
            }
        }
        return null;
    }

    private static JsonNode json(String body) throws IOException {
        return JSON.readTree(body == null || body.isBlank() ? "{}" : body);
    }

    private static ResponseDefinition answer(int status, JsonNode body) {
        return new ResponseDefinitionBuilder().withStatus(status)
                .withHeader("Content-Type", "application/json; charset=utf-8").withBody(body.toString()).build();
    }
}
