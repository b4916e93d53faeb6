package fi.ptvintegration.ptv.simulator.v12;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.ptv.simulator.SimulatedItems;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PTV API v12's read paths as the beta document gives them, over what the simulator holds (items
 * written through v11, shown in v12's shapes by {@link V12ReadModels}): an organisation, service
 * or channel by content id; the search of services and channels by organisation
 * ({@code organizationContentIds}, {@code publishedAtOrAfter}) and of connections by service or
 * channel; the archived listings ({@code archivedAtOrAfter}); paging with {@code page} and
 * {@code pageSize} (1-100). Every call needs an {@code x-api-key} header. Errors are RFC 7807
 * problem details as v12 gives them: 400 with {@code errors[{path, message}]}, 404 with
 * {@code reason} ({@code Unknown}, or {@code NotPublished} for an item with no published version),
 * 401 without a key.
 *
 * <p>Also {@code POST /simulator/v12/validate/{schema}}: a v12 body checked against the named
 * request schema of the beta document, answered 200 {@code {"valid": true}} or 400 problem
 * details naming every place the body breaks the schema, as v12 would refuse it.
 */
public final class V12Api {

    /** An answer: status and JSON body. */
    public record Answer(int status, JsonNode body) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BY_ID = Pattern.compile("^/api/v12/(service|service-channel|organization)/([^/?]+)$");
    private static final Pattern LISTING = Pattern.compile("^/api/v12/(service|service-channel|organization|connection)/(search|archived)$");
    private static final Pattern CONNECTION = Pattern.compile("^/api/v12/connection/([^/?]+)/([^/?]+)$");
    private static final Pattern VALIDATE = Pattern.compile("^/simulator/v12/validate/([A-Za-z0-9]+)$");
    private static final Set<String> ARCHIVED = Set.of("Deleted", "OldPublished");

    private final SimulatedItems items;

    public V12Api(SimulatedItems items) {
        this.items = items;
    }

    /** Whether this class answers the path. */
    public static boolean serves(String path) {
        return path.startsWith("/api/v12/") || path.startsWith("/simulator/v12/");
    }

    public Answer answer(String method, String url, String apiKey, String body) {
        URI uri = URI.create(url);
        String path = uri.getRawPath();
        Map<String, String> query = query(uri.getRawQuery());
        Matcher validate = VALIDATE.matcher(path);
        if ("POST".equals(method) && validate.matches()) {
            return validate(validate.group(1), body, path);
        }
        if (apiKey == null || apiKey.isBlank()) {
            return problem(401, "Unauthorized", "An API key is required (x-api-key header)", path, null);
        }
        if (!"GET".equals(method)) {
            return problem(405, "Method Not Allowed", "The v12 beta serves GET only: " + method + " " + path, path, null);
        }
        Matcher connection = CONNECTION.matcher(path);
        if (connection.matches() && !Set.of("search", "archived").contains(connection.group(1))) {
            return connection(connection.group(1), connection.group(2), path);
        }
        Matcher listing = LISTING.matcher(path);
        if (listing.matches()) {
            return listing(listing.group(1), listing.group(2), query, path);
        }
        Matcher byId = BY_ID.matcher(path);
        if (byId.matches()) {
            return byId(byId.group(1), byId.group(2), path);
        }
        return problem(404, "Not Found", "The v12 beta has no path " + path, path, "Unknown");
    }

    private Answer validate(String schema, String body, String path) {
        V12Schemas schemas = V12Schemas.load();
        if (!schemas.schemaNames().contains(schema)) {
            return problem(404, "Not Found", "The v12 document has no schema " + schema, path, "Unknown");
        }
        JsonNode value;
        try {
            value = JSON.readTree(body == null ? "" : body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return problemWithErrors(path, List.of(new V12Schemas.SchemaError("/", "not JSON: " + e.getOriginalMessage())));
        }
        if (value == null || value.isMissingNode()) {
            return problemWithErrors(path, List.of(new V12Schemas.SchemaError("/", "a JSON body is required")));
        }
        List<V12Schemas.SchemaError> errors = schemas.validate(schema, value);
        return errors.isEmpty() ? new Answer(200, JSON.createObjectNode().put("valid", true).put("schema", schema))
                : problemWithErrors(path, errors);
    }

    private Answer byId(String resource, String id, String path) {
        if (!isUuid(id)) {
            return problemWithErrors(path, List.of(new V12Schemas.SchemaError("contentId", "must be a valid uuid")));
        }
        Optional<SimulatedItems.Item> item = items.byId(id).filter(i -> i.type().equals(type(resource)));
        if (item.isEmpty() || ARCHIVED.contains(status(item.get()))) {
            return problem(404, "Not Found", "No " + resource + " with content id " + id, path, "Unknown");
        }
        if (!"Published".equals(status(item.get()))) {
            return problem(404, "Not Found", "The " + resource + " " + id + " has no published version", path, "NotPublished");
        }
        return new Answer(200, shape(item.get()));
    }

    private Answer connection(String serviceId, String channelId, String path) {
        Optional<SimulatedItems.Item> service = items.byId(serviceId).filter(i -> i.type().equals("Service"));
        if (service.isPresent()) {
            for (JsonNode connection : service.get().body().path("serviceChannels")) {
                if (channelId.equals(connection.path("serviceChannel").path("id").asText())) {
                    return new Answer(200, V12ReadModels.connection(serviceId, connection, service.get().body().path("modified").asText()));
                }
            }
        }
        return problem(404, "Not Found", "No connection of service " + serviceId + " and channel " + channelId, path, "Unknown");
    }

    private Answer listing(String resource, String listing, Map<String, String> query, String path) {
        List<V12Schemas.SchemaError> errors = new ArrayList<>();
        int page = number(query, "page", 1, 1_000_000, errors);
        int pageSize = number(query, "pageSize", 1, 100, errors);
        if ("archived".equals(listing)) {
            OffsetDateTime since = time(query, "archivedAtOrAfter", true, errors);
            if (!errors.isEmpty()) {
                return problemWithErrors(path, errors);
            }
            List<SimulatedItems.Item> archived = items.all(type(resource)).stream()
                    .filter(i -> ARCHIVED.contains(status(i)) && !modified(i).isBefore(since))
                    .sorted(Comparator.comparing(SimulatedItems.Item::id)).toList();
            return page(archived, page, pageSize, i -> JSON.createObjectNode().put("contentId", i.id()));
        }
        OffsetDateTime since = time(query, "publishedAtOrAfter", false, errors);
        List<String> organizations = ids(query, "organizationContentIds", errors);
        if ("connection".equals(resource)) {
            List<String> services = ids(query, "serviceContentIds", errors);
            List<String> channels = ids(query, "channelContentIds", errors);
            if (!errors.isEmpty()) {
                return problemWithErrors(path, errors);
            }
            List<JsonNode> connections = new ArrayList<>();
            for (SimulatedItems.Item service : sorted(items.all("Service"))) {
                if (!services.isEmpty() && !services.contains(service.id()) || !"Published".equals(status(service))) {
                    continue;
                }
                for (JsonNode connection : service.body().path("serviceChannels")) {
                    JsonNode v12 = V12ReadModels.connection(service.id(), connection, service.body().path("modified").asText());
                    if (channels.isEmpty() || channels.contains(v12.path("channelContentId").asText())) {
                        connections.add(v12);
                    }
                }
            }
            return page(connections, page, pageSize, c -> c);
        }
        if (!errors.isEmpty()) {
            return problemWithErrors(path, errors);
        }
        Predicate<SimulatedItems.Item> owned = i -> organizations.isEmpty() || organizations.contains(owner(i));
        List<SimulatedItems.Item> found = sorted(items.all(type(resource))).stream()
                .filter(i -> "Published".equals(status(i)) && owned.test(i) && (since == null || !modified(i).isBefore(since))).toList();
        return page(found, page, pageSize, this::shape);
    }

    private <T> Answer page(List<T> all, int page, int pageSize, java.util.function.Function<T, JsonNode> shape) {
        ObjectNode answer = JSON.createObjectNode();
        answer.put("page", page).put("pageSize", pageSize).put("totalItems", all.size())
                .put("totalPages", (all.size() + pageSize - 1) / pageSize);
        ArrayNode itemsOfPage = answer.putArray("items");
        all.stream().skip((long) (page - 1) * pageSize).limit(pageSize).forEach(item -> itemsOfPage.add(shape.apply(item)));
        return new Answer(200, answer);
    }

    private ObjectNode shape(SimulatedItems.Item item) {
        return switch (item.type()) {
            case "Service" -> V12ReadModels.service(item.body());
            case "Organization" -> V12ReadModels.organization(item.body());
            default -> V12ReadModels.channel(item.body(), item.body().path("serviceChannelType").asText());
        };
    }

    private static List<SimulatedItems.Item> sorted(List<SimulatedItems.Item> items) {
        return items.stream().sorted(Comparator.comparing(SimulatedItems.Item::id)).toList();
    }

    private static String type(String resource) {
        return switch (resource) {
            case "service" -> "Service";
            case "organization" -> "Organization";
            default -> "ServiceChannel";
        };
    }

    private static String owner(SimulatedItems.Item item) {
        return "Service".equals(item.type()) ? item.body().path("mainResponsibleOrganization").asText()
                : item.body().path("organizationId").asText();
    }

    private static String status(SimulatedItems.Item item) {
        return item.body().path("publishingStatus").asText("");
    }

    private static OffsetDateTime modified(SimulatedItems.Item item) {
        try {
            return OffsetDateTime.parse(item.body().path("modified").asText());
        } catch (DateTimeParseException e) {
            return OffsetDateTime.MIN;
        }
    }

    private static int number(Map<String, String> query, String name, int min, int max, List<V12Schemas.SchemaError> errors) {
        String value = query.get(name);
        if (value == null) {
            errors.add(new V12Schemas.SchemaError(name, "required query parameter"));
            return min;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                errors.add(new V12Schemas.SchemaError(name, "must be between " + min + " and " + max));
            }
            return Math.max(min, Math.min(max, number));
        } catch (NumberFormatException e) {
            errors.add(new V12Schemas.SchemaError(name, "must be an integer"));
            return min;
        }
    }

    private static OffsetDateTime time(Map<String, String> query, String name, boolean required, List<V12Schemas.SchemaError> errors) {
        String value = query.get(name);
        if (value == null) {
            if (required) {
                errors.add(new V12Schemas.SchemaError(name, "required query parameter"));
            }
            return required ? OffsetDateTime.MIN : null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new V12Schemas.SchemaError(name, "must be a date-time (RFC 3339)"));
            return OffsetDateTime.MIN;
        }
    }

    /** Comma-separated content ids, at most 20 (v12's limit). */
    private static List<String> ids(Map<String, String> query, String name, List<V12Schemas.SchemaError> errors) {
        String value = query.get(name);
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> ids = Arrays.stream(value.split(",")).map(String::strip).toList();
        if (ids.size() > 20) {
            errors.add(new V12Schemas.SchemaError(name, "at most 20 ids"));
        }
        ids.stream().filter(id -> !isUuid(id)).forEach(id -> errors.add(new V12Schemas.SchemaError(name, "'" + id + "' is not a uuid")));
        return ids;
    }

    private static boolean isUuid(String value) {
        try {
            return UUID.fromString(value).toString().equalsIgnoreCase(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    query.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }

    private static Answer problemWithErrors(String instance, List<V12Schemas.SchemaError> errors) {
        Answer answer = problem(400, "Bad Request", "One or more validation errors occurred", instance, null);
        ArrayNode list = ((ObjectNode) answer.body()).putArray("errors");
        errors.forEach(error -> list.addObject().put("path", error.path()).put("message", error.message()));
        return answer;
    }

    private static Answer problem(int status, String title, String detail, String instance, String reason) {
        ObjectNode problem = JSON.createObjectNode();
        problem.put("title", title).put("detail", detail).put("status", status)
                .put("type", "https://tools.ietf.org/html/rfc9110#section-15." + (status >= 500 ? "6." : "5.") + (status % 100 + 1))
                .put("requestId", UUID.randomUUID().toString()).put("instance", instance);
        if (reason != null) {
            problem.put("reason", reason);
        }
        return new Answer(status, problem);
    }
}
