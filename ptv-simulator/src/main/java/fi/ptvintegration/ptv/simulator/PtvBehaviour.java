package fi.ptvintegration.ptv.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import fi.ptvintegration.ptv.simulator.v12.V12Api;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PTV's write side as the middleware meets it, kept in memory: login with expiring JWT-shaped
 * tokens, create with a new GUID (200 with the saved item), update by PTV id or by sourceId,
 * 400 with a map of PTV property names to messages for invalid bodies (required fields, lengths,
 * sourceId characters, language coverage, and the content rules of {@link PtvContentRules}:
 * coordinates in Finland, phone types, service classes, area, publishing status), 500 where PTV
 * fails inside (an industrial class as a bare code), 404 for an unknown id or sourceId, "already exists"
 * for a duplicate sourceId on create, and full-replace connections of a service. Reads are
 * {@link SimulatedReads}'; edits in PTV's editor, preloads and archiving {@link SimulatedEditor}'s,
 * which also refuses writes to an item left Modified.
 *
 * <p>Tokens: a call without one is accepted unless {@code requireToken}, except PTV's public
 * reads, which anyone may make (without sourceIds in the answer); a call with one that was not
 * issued here or has expired gets 401, as PTV does.
 */
final class PtvBehaviour implements ResponseDefinitionTransformerV2 {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SOURCE_ID = Pattern.compile("^[A-Za-z0-9-.]*$");
    private static final Pattern WRITE = Pattern.compile(
            "^/api/(v\\d+)/(Organization|Service|ServiceChannel/(EChannel|Phone|ServiceLocation|PrintableForm|WebPage))"
                    + "(?:/sourceId/([^/?]+)|/([0-9a-fA-F-]{36}))?/?(?:\\?.*)?$");
    private static final Pattern CONNECTION = Pattern.compile("^/api/(v\\d+)/Connection/serviceId/([0-9a-fA-F-]{36})(?:\\?.*)?$");

    private final Clock clock;
    private final Duration tokenLifetime;
    private final boolean requireToken;
    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    private final SimulatedItems items;
    private final ScriptedFaults faults;
    private final V12Api v12Api;
    private final SimulatedCodeLists codeLists;
    private final SimulatedEditor editor;
    private final SimulatedReads reads;
    private final PublishingTransitions transitions;

    PtvBehaviour(SimulatedItems items, ScriptedFaults faults, SimulatedCodeLists codeLists, Clock clock, Duration tokenLifetime,
            boolean requireToken) {
        this.items = items;
        this.faults = faults;
        this.v12Api = new V12Api(items);
        this.codeLists = codeLists;
        this.clock = clock;
        this.tokenLifetime = tokenLifetime;
        this.requireToken = requireToken;
        this.editor = new SimulatedEditor(items, clock);
        this.reads = new SimulatedReads(items, editor);
        this.transitions = new PublishingTransitions(items);
    }

    SimulatedEditor editor() {
        return editor;
    }

    SimulatedReads reads() {
        return reads;
    }

    @Override
    public String getName() {
        return "ptv-behaviour";
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        String url = request.getUrl();
        int delay = items.latencyMillis();
        boolean apiCall = url.startsWith("/api/") && !url.startsWith("/api/auth/");
        Optional<ScriptedFaults.Fault> fault = apiCall
                ? faults.take(url, SimulatedCodeLists.serves(request.getMethod().getName(), url))
                : Optional.empty();
        ResponseDefinition answer;
        if (fault.isEmpty()) {
            answer = answer(request);
        } else {
            ScriptedFaults.Fault f = fault.get();
            switch (f.kind()) {
                case RESET -> answer = new ResponseDefinitionBuilder().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
                case UNAUTHORIZED -> answer = unauthorized();
                case EXPIRE_TOKENS -> {
                    tokens.clear();
                    answer = answer(request);
                }
                case SLOW -> {
                    answer = answer(request);
                    delay += f.delayMillis();
                }
                default -> {
                    ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.like(f.body() != null
                            ? new ResponseDefinitionBuilder().withStatus(f.status())
                                    .withHeader("Content-Type", "application/json; charset=utf-8").withBody(f.body()).build()
                            : error(f.status(), "Simulated PTV failure " + f.status()));
                    if (f.retryAfterSeconds() != null) {
                        builder.withHeader("Retry-After", String.valueOf(f.retryAfterSeconds()));
                    }
                    answer = builder.build();
                }
            }
        }
        return delay <= 0 ? answer : ResponseDefinitionBuilder.like(answer).withFixedDelay(delay).build();
    }

    private ResponseDefinition answer(Request request) {
        String url = request.getUrl();
        String method = request.getMethod().getName();
        try {
            if ("POST".equals(method) && url.startsWith("/api/auth/api-login")) {
                return login(request);
            }
            // Code lists are public in PTV: answered before the token check.
            if (SimulatedCodeLists.serves(method, url)) {
                return codeLists.answer(method, url, request.getBodyAsString());
            }
            if (V12Api.serves(url)) {
                V12Api.Answer v12 = v12Api.answer(method, url, request.getHeader("x-api-key"), request.getBodyAsString());
                return json(v12.status(), v12.body());
            }
            if (url.startsWith("/simulator/")) {
                return admin(method, url, request.getBodyAsString());
            }
            if ("GET".equals(method)) {
                Optional<ResponseDefinition> read = reads.answer(url, caller(request));
                if (read.isPresent()) {
                    return read.get();
                }
            }
            Optional<ResponseDefinition> refused = checkToken(request);
            if (refused.isPresent()) {
                return refused.get();
            }
            Matcher connection = CONNECTION.matcher(url);
            if ("PUT".equals(method) && connection.matches()) {
                return replaceConnections(connection.group(2), JSON.readTree(request.getBodyAsString()));
            }
            Matcher write = WRITE.matcher(url);
            if (write.matches() && ("POST".equals(method) || "PUT".equals(method))) {
                String type = write.group(2).startsWith("ServiceChannel") ? "ServiceChannel" : write.group(2);
                String channelKind = write.group(3);
                JsonNode body = JSON.readTree(request.getBodyAsString());
                if (!(body instanceof ObjectNode object)) {
                    return json(400, JSON.createObjectNode().set("", JSON.createArrayNode().add("A JSON object is required.")));
                }
                if ("POST".equals(method) && write.group(4) == null && write.group(5) == null) {
                    return create(type, channelKind, object);
                }
                if ("PUT".equals(method)) {
                    return update(type, channelKind, write.group(4), write.group(5), object);
                }
            }
            return error(404, "The PTV simulator does not serve " + method + " " + url);
        } catch (Exception e) {
            return json(400, JSON.createObjectNode().set("", JSON.createArrayNode().add("Invalid JSON: " + e.getMessage())));
        }
    }

    /**
     * The simulator's own endpoints, for benchmarks and curious newcomers: {@code GET
     * /simulator/items/{id}} is an item as it was sent, {@code POST /simulator/latency/{ms}} sets
     * the delay of every answer, {@code GET /simulator/items} counts the items per type,
     * {@code POST /simulator/faults} scripts failures ({@code {"fault":"status","status":503,"times":3}},
     * {@code "reset"}, {@code "slow"} with {@code delayMillis}, {@code "unauthorized"}, {@code
     * "expire-tokens"}; {@code retryAfterSeconds}, {@code path}), {@code DELETE /simulator/faults}
     * clears them, {@code GET /simulator/stats} counts creates, updates and refused duplicate creates.
     */
    private ResponseDefinition admin(String method, String url, String body) throws java.io.IOException {
        Optional<ResponseDefinition> readsOrEditor = editor.admin(method, url, body).or(() -> reads.admin(method, url, body));
        if (readsOrEditor.isPresent()) {
            return readsOrEditor.get();
        }
        Matcher item = Pattern.compile("^/simulator/items/([0-9a-fA-F-]{36})$").matcher(url);
        if ("GET".equals(method) && item.matches()) {
            return items.byId(item.group(1)).map(i -> json(200, i.body())).orElseGet(() -> error(404, "no item " + item.group(1)));
        }
        Matcher latency = Pattern.compile("^/simulator/latency/(\\d{1,5})$").matcher(url);
        if ("POST".equals(method) && latency.matches()) {
            items.setLatencyMillis(Integer.parseInt(latency.group(1)));
            return json(200, JSON.createObjectNode().put("latencyMillis", items.latencyMillis()));
        }
        if ("POST".equals(method) && url.equals("/simulator/faults")) {
            ScriptedFaults.Fault fault = faultFrom(body);
            faults.add(fault);
            return json(200, JSON.valueToTree(faults.pending()));
        }
        if ("DELETE".equals(method) && url.equals("/simulator/faults")) {
            faults.clear();
            return json(200, JSON.createArrayNode());
        }
        if ("GET".equals(method) && url.equals("/simulator/stats")) {
            return json(200, JSON.createObjectNode()
                    .put("creates", items.creates())
                    .put("updates", items.updates())
                    .put("duplicateCreates", items.duplicateCreates())
                    .put("faultsServed", faults.served())
                    .set("faultsPending", JSON.valueToTree(faults.pending())));
        }
        if ("GET".equals(method) && url.equals("/simulator/items")) {
            ObjectNode counts = JSON.createObjectNode();
            types().forEach(type -> counts.put(type, items.all(type).size()));
            return json(200, counts);
        }
        return error(404, "unknown simulator endpoint " + method + " " + url);
    }

    private static ScriptedFaults.Fault faultFrom(String body) throws java.io.IOException {
        JsonNode spec = JSON.readTree(body == null || body.isBlank() ? "{}" : body);
        ScriptedFaults.Kind kind = ScriptedFaults.Kind.valueOf(
                spec.path("fault").asText("status").toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        return new ScriptedFaults.Fault(kind, spec.path("status").asInt(503),
                spec.hasNonNull("retryAfterSeconds") ? spec.get("retryAfterSeconds").asInt() : null,
                spec.path("delayMillis").asInt(0), spec.path("path").asText(""), spec.path("times").asInt(1),
                spec.hasNonNull("body") ? spec.get("body").toString() : null);
    }

    private ResponseDefinition login(Request request) throws Exception {
        JsonNode body = JSON.readTree(request.getBodyAsString());
        if (body == null || body.path("username").asText().isBlank() || body.path("password").asText().isBlank()) {
            return json(401, JSON.createObjectNode().put("error", "username and password are required"));
        }
        Instant expires = clock.instant().plus(tokenLifetime);
        String token = jwt(body.path("username").asText(), expires);
        tokens.put(token, expires);
        return json(200, JSON.createObjectNode().put("ptvToken", token));
    }

    /** The API account when the token is valid, or when none is sent and none is required; anonymous without one. */
    private SimulatedReads.Caller caller(Request request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || authorization.isBlank()) {
            return requireToken ? SimulatedReads.Caller.ANONYMOUS : SimulatedReads.Caller.ACCOUNT;
        }
        return checkToken(request).isPresent() ? SimulatedReads.Caller.REFUSED : SimulatedReads.Caller.ACCOUNT;
    }

    private Optional<ResponseDefinition> checkToken(Request request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || authorization.isBlank()) {
            return requireToken ? Optional.of(unauthorized()) : Optional.empty();
        }
        String token = authorization.replaceFirst("(?i)^bearer\\s+", "");
        Instant expires = tokens.get(token);
        if (expires == null || !clock.instant().isBefore(expires)) {
            return Optional.of(unauthorized());
        }
        return Optional.empty();
    }

    private ResponseDefinition create(String type, String channelKind, ObjectNode body) {
        Map<String, List<String>> errors = PtvRules.validateCreate(type, channelKind, body);
        try {
            PtvContentRules.check(errors, type, channelKind, body, Optional.empty(), this::organization);
        } catch (PtvContentRules.InternalError e) {
            return error(500, "An error has occurred. " + e.getMessage());
        }
        if (!errors.isEmpty()) {
            return json(400, JSON.valueToTree(errors));
        }
        String sourceId = body.path("sourceId").asText(null);
        if (sourceId != null && items.bySourceId(type, sourceId).isPresent()) {
            items.countDuplicateCreate();
            return json(400, JSON.createObjectNode().set("SourceId", JSON.createArrayNode()
                    .add("External source id '" + sourceId + "' already exists. Please use update endpoint!")));
        }
        ObjectNode saved = body.deepCopy();
        saved.put("id", UUID.randomUUID().toString());
        if (channelKind != null) {
            saved.put("serviceChannelType", channelKind);
        }
        saved.put("modified", clock.instant().toString());
        items.save(type, saved);
        items.countCreate();
        return json(200, ReadModels.of(saved));
    }

    private ResponseDefinition update(String type, String channelKind, String sourceId, String id, ObjectNode body) {
        Optional<SimulatedItems.Item> existing = id != null ? items.byId(id).filter(i -> i.type().equals(type))
                : items.bySourceId(type, sourceId);
        if (existing.isEmpty()) {
            return error(404, type + " with " + (id != null ? "id '" + id : "sourceId '" + sourceId) + "' not found.");
        }
        Map<String, List<String>> errors = new LinkedHashMap<>(PtvRules.validateUpdate(body));
        editor.refuseWriteToModified(existing.get().id(), errors);
        try {
            PtvContentRules.check(errors, type, channelKind, body, Optional.of(existing.get().body()), this::organization);
        } catch (PtvContentRules.InternalError e) {
            return error(500, "An error has occurred. " + e.getMessage());
        }
        if (!errors.isEmpty()) {
            return json(400, JSON.valueToTree(errors));
        }
        Optional<PublishingTransitions.Refusal> refused = transitions.refusal(existing.get(), body);
        if (refused.isPresent()) {
            return refused.get().errors() != null ? json(refused.get().status(), JSON.valueToTree(refused.get().errors()))
                    : error(refused.get().status(), refused.get().errorMessage());
        }
        ObjectNode applied = transitions.applied(body);
        ObjectNode saved = existing.get().body().deepCopy();
        // Lists that are sent replace the stored ones; lists left out are kept unless deleteAll* says otherwise.
        applied.fields().forEachRemaining(field -> {
            if (field.getKey().startsWith("deleteAll")) {
                return;
            }
            saved.set(field.getKey(), field.getValue());
        });
        applied.fields().forEachRemaining(field -> {
            if (field.getKey().startsWith("deleteAll") && field.getValue().asBoolean(false)) {
                String list = PtvRules.listOfDeleteFlag(field.getKey());
                if (list != null) {
                    saved.set(list, JSON.createArrayNode());
                }
            }
        });
        saved.put("id", existing.get().id());
        saved.put("modified", clock.instant().toString());
        items.countUpdate();
        if (existing.get().body().has("sourceId") && !applied.has("sourceId")) {
            saved.set("sourceId", existing.get().body().get("sourceId"));
        }
        editor.saveWritten(type, saved);
        return json(200, ReadModels.of(saved));
    }

    private ResponseDefinition replaceConnections(String serviceId, JsonNode body) {
        Optional<SimulatedItems.Item> service = items.byId(serviceId).filter(i -> i.type().equals("Service"));
        if (service.isEmpty()) {
            return error(404, "Service with id '" + serviceId + "' not found!");
        }
        ArrayNode relations = body.path("channelRelations").isArray() ? (ArrayNode) body.path("channelRelations") : JSON.createArrayNode();
        Map<String, List<String>> errors = new LinkedHashMap<>();
        ArrayNode channels = JSON.createArrayNode();
        for (int i = 0; i < relations.size(); i++) {
            String channelId = relations.get(i).path("serviceChannelId").asText("");
            if (items.byId(channelId).filter(item -> item.type().equals("ServiceChannel")).isEmpty()) {
                errors.computeIfAbsent("ChannelRelations[" + i + "].ServiceChannelId", k -> new ArrayList<>())
                        .add("Service channel with id '" + channelId + "' not found!");
            }
            PtvContentRules.connection(errors, relations.get(i), "ChannelRelations[" + i + "]");
            ObjectNode connection = relations.get(i).deepCopy();
            connection.set("serviceChannel", JSON.createObjectNode().put("id", channelId));
            channels.add(connection);
        }
        if (!errors.isEmpty()) {
            return json(400, JSON.valueToTree(errors));
        }
        ObjectNode saved = service.get().body().deepCopy();
        saved.set("serviceChannels", channels);
        items.save("Service", saved);
        return json(200, ReadModels.of(saved));
    }

    private Optional<ObjectNode> organization(String id) {
        return items.byId(id).filter(item -> item.type().equals("Organization")).map(SimulatedItems.Item::body);
    }

    private static String jwt(String subject, Instant expires) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64.encodeToString(JSON.createObjectNode().put("sub", subject).put("exp", expires.getEpochSecond())
                .put("jti", UUID.randomUUID().toString()).toString().getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + ".simulator";
    }

    private static ResponseDefinition unauthorized() {
        return new ResponseDefinitionBuilder().withStatus(401)
                .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"").build();
    }

    private static ResponseDefinition error(int status, String message) {
        return json(status, JSON.createObjectNode().put("errorMessage", message));
    }

    private static ResponseDefinition json(int status, JsonNode body) {
        return new ResponseDefinitionBuilder().withStatus(status)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(body.toString()).build();
    }

    static Set<String> types() {
        return Set.of("Organization", "Service", "ServiceChannel");
    }
}
