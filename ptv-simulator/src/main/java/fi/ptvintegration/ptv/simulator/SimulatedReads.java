package fi.ptvintegration.ptv.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PTV's read side (API v11 paths, any version segment) over what the simulator holds, following
 * PTV's own controllers (vrk-kpa/ptv-releases 3.4):
 * <ul>
 * <li>{@code GET Organization|Service|ServiceChannel/{id}}: the published version; 404 for an
 *     unknown, draft-only or archived item.
 * <li>{@code GET Service|ServiceChannel/active/{id}} (restricted: the account's token): the latest
 *     version, an edit left {@code Modified} in PTV's editor included; 404 when archived.
 * <li>{@code GET Common/EntitiesByOrganization/{id}?date=&dateBefore=&page=}: published services
 *     the organisation is responsible for or produces and its published channels, as
 *     {@code {id, type, created, modified}}, modified strictly after {@code date} and before
 *     {@code dateBefore} ({@code yyyy-MM-ddTHH:mm:ss}, UTC), by creation, 1000 a page.
 * <li>{@code GET Service|ServiceChannel/list/organization?organizationId=|code=|oid=&page=}: the
 *     same published items whole, 100 a page.
 * <li>{@code GET Service|ServiceChannel/archived/list?ArchivingType=&OrganizationId=&Take=&Skip=&MinArchivingDate=&MaxArchivingDate=}:
 *     items whose latest version is archived, of the organisation (a service's main responsible
 *     one), archived by an editor or an API (0, Manual) or by PTV (1, Automatic), by id,
 *     {@code Take} 0..100.
 * </ul>
 * Pages are numbered from 1 with PTV's envelope {@code {pageNumber, pageSize, pageCount, itemList}};
 * a page before the first or after the last has {@code itemList: null}. Unknown organisations
 * answer 404, malformed parameters 400 with PTV's messages. A sourceId is only shown to the API
 * account (a valid token, or any caller when the simulator does not require tokens): an anonymous
 * read gets {@code sourceId: null}, as PTV answers. Page sizes can be set for tests
 * ({@code POST /simulator/paging}).
 */
final class SimulatedReads {

    /** Who is reading: the API account, anyone (public reads only), or a caller with a token PTV refuses. */
    enum Caller {
        ACCOUNT, ANONYMOUS, REFUSED
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GUID = "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})";
    private static final Pattern BY_ID = Pattern.compile("^/api/v\\d+/(Organization|Service|ServiceChannel)/" + GUID + "$");
    private static final Pattern ACTIVE = Pattern.compile("^/api/v\\d+/(Service|ServiceChannel)/active/" + GUID + "$");
    private static final Pattern ENTITIES = Pattern.compile("^/api/v\\d+/Common/EntitiesByOrganization/([^/]+)$");
    private static final Pattern LIST = Pattern.compile("^/api/v\\d+/(Service|ServiceChannel)/list/organization$");
    private static final Pattern ARCHIVED = Pattern.compile("^/api/v\\d+/(Service|ServiceChannel)/archived/list$");
    private static final DateTimeFormatter PTV_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);

    private final SimulatedItems items;
    private final SimulatedEditor editor;
    private volatile int entitiesPageSize = 1000;
    private volatile int listPageSize = 100;

    SimulatedReads(SimulatedItems items, SimulatedEditor editor) {
        this.items = items;
        this.editor = editor;
    }

    /** Page sizes of the id listing (PTV: 1000) and of the whole-item listings (PTV: 100). */
    void pageSizes(int entities, int list) {
        if (entities < 1 || list < 1) {
            throw new IllegalArgumentException("page sizes are at least 1");
        }
        this.entitiesPageSize = entities;
        this.listPageSize = list;
    }

    /** The answer to a GET of a read endpoint; empty for other paths. */
    Optional<ResponseDefinition> answer(String url, Caller caller) {
        int question = url.indexOf('?');
        String path = question < 0 ? url : url.substring(0, question);
        Map<String, String> query = query(question < 0 ? "" : url.substring(question + 1));
        Matcher byId = BY_ID.matcher(path);
        Matcher active = ACTIVE.matcher(path);
        Matcher entities = ENTITIES.matcher(path);
        Matcher list = LIST.matcher(path);
        Matcher archived = ARCHIVED.matcher(path);
        if (!byId.matches() && !active.matches() && !entities.matches() && !list.matches() && !archived.matches()) {
            return Optional.empty();
        }
        if (caller == Caller.REFUSED || caller == Caller.ANONYMOUS && active.matches()) {
            return Optional.of(unauthorized());
        }
        if (byId.matches()) {
            return Optional.of(published(byId.group(1), byId.group(2), caller));
        }
        if (active.matches()) {
            return Optional.of(latest(active.group(1), active.group(2), caller));
        }
        if (entities.matches()) {
            return Optional.of(entities(entities.group(1), query));
        }
        if (list.matches()) {
            return Optional.of(list(list.group(1), query, caller));
        }
        return Optional.of(archived(archived.group(1), query));
    }

    /** {@code POST /simulator/paging {"entitiesPageSize": n, "listPageSize": n}}; empty for other paths. */
    Optional<ResponseDefinition> admin(String method, String url, String body) {
        if (!"POST".equals(method) || !url.equals("/simulator/paging")) {
            return Optional.empty();
        }
        try {
            JsonNode sizes = JSON.readTree(body == null || body.isBlank() ? "{}" : body);
            pageSizes(sizes.path("entitiesPageSize").asInt(entitiesPageSize), sizes.path("listPageSize").asInt(listPageSize));
            return Optional.of(json(200, JSON.createObjectNode().put("entitiesPageSize", entitiesPageSize).put("listPageSize", listPageSize)));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.of(error(400, e.getMessage()));
        }
    }

    private ResponseDefinition published(String type, String id, Caller caller) {
        Optional<SimulatedItems.Item> item = items.byId(id).filter(i -> i.type().equals(type)).filter(SimulatedReads::isPublished);
        return item.map(i -> json(200, read(i.body(), caller))).orElseGet(() -> error(404, notFound(type, id)));
    }

    private ResponseDefinition latest(String type, String id, Caller caller) {
        Optional<SimulatedItems.Item> item = items.byId(id).filter(i -> i.type().equals(type)).filter(i -> !isArchived(i));
        return item.map(i -> json(200, read(editor.modifiedVersion(id).orElse(i.body()), caller)))
                .orElseGet(() -> error(404, notFound(type, id)));
    }

    private ResponseDefinition entities(String organizationId, Map<String, String> query) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        Instant after = ptvDate(query, "date", errors);
        Instant before = ptvDate(query, "dateBefore", errors);
        Integer page = integer(query, "page", 1, errors);
        if (!organizationId.matches(GUID)) {
            errors.computeIfAbsent("organizationId", k -> new ArrayList<>()).add("The value '" + organizationId + "' is not valid.");
        }
        if (!errors.isEmpty()) {
            return json(400, JSON.valueToTree(errors));
        }
        if (!publishedOrganization(organizationId)) {
            return error(404, "Organization with id '" + organizationId + "' not found.");
        }
        List<JsonNode> found = new ArrayList<>();
        for (SimulatedItems.Item item : ofOrganization(Set.of(organizationId), List.of("Service", "ServiceChannel"))) {
            Instant modified = PtvReadShape.instant(item.body().path("modified").asText(null));
            if (after != null && (modified == null || !modified.isAfter(after)) || before != null && (modified == null || !modified.isBefore(before))) {
                continue;
            }
            ObjectNode entry = JSON.createObjectNode().put("id", item.id());
            String kind = "Service".equals(item.type()) ? item.body().path("type").asText(null) : item.body().path("serviceChannelType").asText(null);
            entry.put("type", kind);
            entry.put("created", items.created(item.id()).map(SimulatedItems.Created::at).map(PtvReadShape::instant)
                    .map(PtvReadShape::ptvTime).orElse(null));
            entry.put("modified", modified == null ? null : PtvReadShape.ptvTime(modified));
            found.add(entry);
        }
        return json(200, page(found, page, entitiesPageSize, entry -> entry));
    }

    private ResponseDefinition list(String type, Map<String, String> query, Caller caller) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        Integer page = integer(query, "page", 1, errors);
        if (page != null && page < 0) {
            errors.computeIfAbsent("page", k -> new ArrayList<>()).add("The page number cannot be negative value.");
        }
        String organizationId = query.get("organizationId");
        String code = query.get("code");
        String oid = query.get("oid");
        long given = java.util.stream.Stream.of(organizationId, code, oid).filter(v -> v != null && !v.isBlank()).count();
        if (given == 0) {
            errors.computeIfAbsent("organizationId", k -> new ArrayList<>())
                    .add("One of the organization related parameters 'organizationId', 'code' or 'oid' has to be set.");
        } else if (given > 1) {
            errors.computeIfAbsent(organizationId == null ? "code" : "organizationId", k -> new ArrayList<>())
                    .add("Only one of the organization related parameters 'organizationId', 'code' or 'oid' can be set at a time.");
        } else if (organizationId != null && !organizationId.matches(GUID)) {
            errors.computeIfAbsent("organizationId", k -> new ArrayList<>()).add("The value '" + organizationId + "' is not valid.");
        }
        if (!errors.isEmpty()) {
            return json(400, JSON.valueToTree(errors));
        }
        Set<String> organizations = new LinkedHashSet<>();
        if (organizationId != null) {
            if (!publishedOrganization(organizationId)) {
                return error(404, "Organization with id '" + organizationId + "' not found.");
            }
            organizations.add(organizationId);
        } else {
            String field = code != null ? "businessCode" : "oid";
            String value = code != null ? code : oid;
            items.all("Organization").stream().filter(SimulatedReads::isPublished)
                    .filter(o -> value.equals(o.body().path(field).asText(null))).forEach(o -> organizations.add(o.id()));
            if (organizations.isEmpty()) {
                return error(404, "Organization with " + (code != null ? "business code" : "oid") + " '" + value + "' not found.");
            }
        }
        List<SimulatedItems.Item> found = ofOrganization(organizations, List.of(type));
        return json(200, page(found, page, listPageSize, item -> read(item.body(), caller)));
    }

    private ResponseDefinition archived(String type, Map<String, String> query) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        Boolean automatic = null;
        String archivingType = query.get("ArchivingType");
        if (archivingType == null || archivingType.isBlank()) {
            add(errors, "ArchivingType", "The ArchivingType field is required.");
        } else if (archivingType.equals("0") || archivingType.equalsIgnoreCase("Manual")) {
            automatic = false;
        } else if (archivingType.equals("1") || archivingType.equalsIgnoreCase("Automatic")) {
            automatic = true;
        } else {
            add(errors, "ArchivingType", "The value '" + archivingType + "' is not valid for ArchivingType.");
        }
        String organizationId = query.get("OrganizationId");
        if (organizationId == null || organizationId.isBlank()) {
            add(errors, "OrganizationId", "The OrganizationId field is required.");
        } else if (!organizationId.matches(GUID)) {
            add(errors, "OrganizationId", "The value '" + organizationId + "' is not valid for OrganizationId.");
        }
        Integer take = integer(query, "Take", null, errors);
        if (take == null && !errors.containsKey("Take")) {
            add(errors, "Take", "The Take field is required.");
        } else if (take != null && (take < 0 || take > 100)) {
            add(errors, "Take", "The field Take must be between 0 and 100.");
        }
        Integer skip = integer(query, "Skip", 0, errors);
        if (skip != null && skip < 0) {
            add(errors, "Skip", "The field Skip must be between 0 and 2147483647.");
        }
        Instant min = isoDate(query, "MinArchivingDate", errors);
        Instant max = isoDate(query, "MaxArchivingDate", errors);
        if (!errors.isEmpty()) {
            return json(400, JSON.valueToTree(errors));
        }
        boolean byPtv = automatic;
        ArrayNode found = JSON.createArrayNode();
        items.all(type).stream()
                .filter(SimulatedReads::isArchived)
                .filter(item -> organizationId.equalsIgnoreCase(mainOrganization(item)))
                .filter(item -> editor.archivedAutomatically(item.id()) == byPtv)
                .filter(item -> {
                    Instant archivedAt = PtvReadShape.instant(item.body().path("modified").asText(null));
                    return (min == null || archivedAt != null && archivedAt.isAfter(min)) && (max == null || archivedAt != null && archivedAt.isBefore(max));
                })
                .sorted(Comparator.comparing(SimulatedItems.Item::id))
                .skip(skip).limit(take)
                .forEach(item -> found.add(archivedEntry(item)));
        return json(200, found);
    }

    private ObjectNode archivedEntry(SimulatedItems.Item item) {
        ObjectNode body = item.body();
        ObjectNode entry = JSON.createObjectNode().put("id", item.id()).put("organizationId", mainOrganization(item));
        Instant archivedAt = PtvReadShape.instant(body.path("modified").asText(null));
        if ("Service".equals(item.type())) {
            entry.put("type", body.path("type").asText(null));
            entry.put("archivingDate", archivedAt == null ? null : PtvReadShape.ptvTime(archivedAt));
            entry.set("serviceNames", body.path("serviceNames").isArray() ? body.get("serviceNames").deepCopy() : JSON.createArrayNode());
        } else {
            entry.put("type", body.path("serviceChannelType").asText(null));
            entry.put("archivingDate", archivedAt == null ? null : PtvReadShape.ptvTime(archivedAt));
            entry.set("names", ReadModels.of(body).path("serviceChannelNames").deepCopy());
        }
        return entry;
    }

    /** Published items of these types that belong to one of the organisations, in PTV's order: by creation, then id. */
    private List<SimulatedItems.Item> ofOrganization(Set<String> organizations, List<String> types) {
        Predicate<SimulatedItems.Item> belongs = item -> "Service".equals(item.type())
                ? organizationsOf(item.body()).stream().anyMatch(organizations::contains)
                : organizations.contains(item.body().path("organizationId").asText(""));
        List<SimulatedItems.Item> found = new ArrayList<>();
        for (String type : types) {
            items.all(type).stream().filter(SimulatedReads::isPublished).filter(belongs).forEach(found::add);
        }
        found.sort(Comparator.comparingLong((SimulatedItems.Item item) -> items.created(item.id()).map(SimulatedItems.Created::order)
                .orElse(Long.MAX_VALUE)).thenComparing(SimulatedItems.Item::id));
        return found;
    }

    /** PTV's page envelope, with only the page's items shaped; a page outside 1..pageCount has no item list. */
    private static <T> ObjectNode page(List<T> all, int page, int size, java.util.function.Function<T, JsonNode> shape) {
        int pageCount = page <= 0 ? 0 : (all.size() + size - 1) / size;
        ObjectNode envelope = JSON.createObjectNode().put("pageNumber", page).put("pageSize", size).put("pageCount", pageCount);
        if (page >= 1 && page <= pageCount) {
            ArrayNode list = envelope.putArray("itemList");
            all.subList((page - 1) * size, Math.min(page * size, all.size())).forEach(item -> list.add(shape.apply(item)));
        } else {
            envelope.putNull("itemList");
        }
        return envelope;
    }

    private ObjectNode read(ObjectNode body, Caller caller) {
        ObjectNode read = ReadModels.of(body);
        if (caller != Caller.ACCOUNT) {
            read.putNull("sourceId");
        }
        return read;
    }

    private boolean publishedOrganization(String id) {
        return items.byId(id).filter(i -> "Organization".equals(i.type())).filter(SimulatedReads::isPublished).isPresent();
    }

    private static boolean isPublished(SimulatedItems.Item item) {
        return "Published".equals(item.body().path("publishingStatus").asText());
    }

    private static boolean isArchived(SimulatedItems.Item item) {
        String status = item.body().path("publishingStatus").asText();
        return "Deleted".equals(status) || "OldPublished".equals(status);
    }

    /** Every organisation a service names: main responsible, other responsible, producers; as written or as PTV reads. */
    static Set<String> organizationsOf(JsonNode service) {
        Set<String> ids = new LinkedHashSet<>();
        if (service.hasNonNull("mainResponsibleOrganization")) {
            ids.add(service.get("mainResponsibleOrganization").asText());
        }
        service.path("otherResponsibleOrganizations").forEach(id -> ids.add(id.isObject() ? id.path("id").asText() : id.asText()));
        service.path("serviceProducers").forEach(producer -> producer.path("organizations")
                .forEach(id -> ids.add(id.isObject() ? id.path("id").asText() : id.asText())));
        service.path("organizations").forEach(role -> {
            if (role.path("organization").hasNonNull("id")) {
                ids.add(role.path("organization").get("id").asText());
            }
        });
        return ids;
    }

    /** A service's main responsible organisation, a channel's organisation. */
    private static String mainOrganization(SimulatedItems.Item item) {
        JsonNode body = item.body();
        if (!"Service".equals(item.type())) {
            return body.path("organizationId").asText(null);
        }
        if (body.hasNonNull("mainResponsibleOrganization")) {
            return body.get("mainResponsibleOrganization").asText();
        }
        for (JsonNode role : body.path("organizations")) {
            if ("Responsible".equals(role.path("roleType").asText())) {
                return role.path("organization").path("id").asText(null);
            }
        }
        return null;
    }

    /** A query's parameters by name, case-insensitive as ASP.NET binds them, values decoded. */
    private static Map<String, String> query(String query) {
        Map<String, String> parameters = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.putIfAbsent(name, value);
        }
        return parameters;
    }

    /** PTV's {@code ValidateDate}: exactly {@code yyyy-MM-ddTHH:mm:ss}, read as UTC. */
    private static Instant ptvDate(Map<String, String> query, String name, Map<String, List<String>> errors) {
        String value = query.get(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value, PTV_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            add(errors, name, "The date parameter is invalid.");
            return null;
        }
    }

    /** An ISO 8601 date and time; without an offset, UTC. */
    private static Instant isoDate(Map<String, String> query, String name, Map<String, List<String>> errors) {
        String value = query.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            Instant local = PtvReadShape.instant(value);
            if (local == null) {
                add(errors, name, "The value '" + value + "' is not valid for " + name + ".");
            }
            return local;
        }
    }

    private static Integer integer(Map<String, String> query, String name, Integer absent, Map<String, List<String>> errors) {
        String value = query.get(name);
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            add(errors, name, "The value '" + value + "' is not valid for " + name + ".");
            return null;
        }
    }

    private static void add(Map<String, List<String>> errors, String name, String message) {
        errors.computeIfAbsent(name, k -> new ArrayList<>()).add(message);
    }

    private static String notFound(String type, String id) {
        return switch (type) {
            case "ServiceChannel" -> "Service channel with id '" + id + "' not found.";
            default -> type + " with id '" + id + "' not found.";
        };
    }

    private static ResponseDefinition unauthorized() {
        return new ResponseDefinitionBuilder().withStatus(401).withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"").build();
    }

    private static ResponseDefinition error(int status, String message) {
        return json(status, JSON.createObjectNode().put("errorMessage", message));
    }

    private static ResponseDefinition json(int status, JsonNode body) {
        return new ResponseDefinitionBuilder().withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(body.toString()).build();
    }
}
