package fi.ptvintegration.ptv.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PTV's code lists as the simulator serves them, in PTV's shapes: v12's public lists
 * ({@code GET /api/v12/service-classes?page=1&pageSize=100}, also {@code name}, {@code isValid},
 * {@code codes}, {@code uris} filters; 400 as problem details for a page or page size out of range)
 * and v11's {@code CodeList} endpoints ({@code GetMunicipalityCodes}, {@code GetPostalCodes?page=}
 * 1,000 a page, {@code GetLanguageCodes}, {@code GetCountryCodes}, {@code GetAreaCodes/type/{type}}).
 *
 * <p>The data is the project's: service classes, ontology terms, target groups, life events,
 * languages and a region built from the shared PTV samples ({@code tools/codelists_from_samples.py}),
 * municipalities and postal codes from the CSV files shipped in pat-model. Industrial classes,
 * wellbeing services counties and countries are empty: the project has no data for them. Tests
 * and benchmarks replace a list with {@code PUT /simulator/codelists/{v12 path}} (a JSON array of
 * v12 items); {@code GET /simulator/codelists} tells how many entries each list has and how many
 * pages were served.
 */
final class SimulatedCodeLists {

    static final String ADMIN_PATH = "/simulator/codelists";
    static final List<String> V12_LISTS = List.of("service-classes", "ontology-terms", "target-groups", "life-events",
            "industrial-classes", "municipality-codes", "region-codes", "wellbeing-services-county-codes", "postal-codes",
            "language-codes", "country-codes");
    static final int V11_POSTAL_PAGE_SIZE = 1000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern V12 = Pattern.compile("^/api/v12/([a-z-]+)(?:\\?(.*))?$");
    private static final Pattern V11 = Pattern.compile("^/api/(v\\d+)/CodeList/(GetMunicipalityCodes|GetPostalCodes|GetLanguageCodes"
            + "|GetCountryCodes|GetAreaCodes/type/([A-Za-z]+))/?(?:\\?(.*))?$");
    private static final Pattern ADMIN_LIST = Pattern.compile("^" + ADMIN_PATH + "/([a-z-]+)$");
    private static final String RESOURCES = "/fi/ptvintegration/ptv/simulator/codelists/";

    private final Map<String, List<ObjectNode>> lists = new ConcurrentHashMap<>();
    private final AtomicLong pagesServed = new AtomicLong();

    SimulatedCodeLists() {
        for (String list : V12_LISTS) {
            lists.put(list, List.of());
        }
        for (String list : List.of("service-classes", "ontology-terms", "target-groups", "life-events", "language-codes", "region-codes")) {
            lists.put(list, jsonItems(list + ".json"));
        }
        lists.put("municipality-codes", municipalities());
        lists.put("postal-codes", postalCodes());
    }

    /** Whether the call is one this class answers: a code list (GET) or its admin endpoint. */
    static boolean serves(String method, String url) {
        if (url.startsWith(ADMIN_PATH)) {
            return true;
        }
        if (!"GET".equals(method)) {
            return false;
        }
        Matcher v12 = V12.matcher(url);
        return v12.matches() && V12_LISTS.contains(v12.group(1)) || V11.matcher(url).matches();
    }

    ResponseDefinition answer(String method, String url, String body) {
        try {
            if (url.startsWith(ADMIN_PATH)) {
                return admin(method, url, body);
            }
            Matcher v12 = V12.matcher(url);
            if (v12.matches()) {
                return v12Page(v12.group(1), query(v12.group(2)));
            }
            Matcher v11 = V11.matcher(url);
            if (v11.matches()) {
                return v11List(v11.group(2), v11.group(3), query(v11.group(4)));
            }
        } catch (IOException | RuntimeException e) {
            return problem(400, "Bad request", e.getMessage());
        }
        return problem(404, "Not found", "no code list at " + url);
    }

    /** Replaces a list (tests, benchmarks). */
    void replace(String v12List, List<ObjectNode> items) {
        if (!V12_LISTS.contains(v12List)) {
            throw new IllegalArgumentException("no code list " + v12List + "; lists: " + V12_LISTS);
        }
        lists.put(v12List, List.copyOf(items));
    }

    int size(String v12List) {
        return lists.getOrDefault(v12List, List.of()).size();
    }

    long pagesServed() {
        return pagesServed.get();
    }

    private ResponseDefinition v12Page(String list, Map<String, List<String>> query) {
        int page = intParam(query, "page", 1);
        int pageSize = intParam(query, "pageSize", 100);
        if (page < 1 || page > 1_000_000 || pageSize < 1 || pageSize > 100) {
            ObjectNode problem = JSON.createObjectNode().put("type", "https://tools.ietf.org/html/rfc9110#section-15.5.1")
                    .put("title", "One or more validation errors occurred.").put("status", 400);
            problem.putArray("errors").addObject().put("path", page < 1 || page > 1_000_000 ? "page" : "pageSize")
                    .put("message", "page must be 1..1000000 and pageSize 1..100");
            return json(400, problem);
        }
        List<ObjectNode> items = filtered(lists.get(list), query);
        int totalPages = (items.size() + pageSize - 1) / pageSize;
        ObjectNode answer = JSON.createObjectNode().put("page", page).put("pageSize", pageSize)
                .put("totalItems", items.size()).put("totalPages", totalPages);
        ArrayNode array = answer.putArray("items");
        long from = (long) (page - 1) * pageSize;
        for (long i = from; i < Math.min(items.size(), from + pageSize); i++) {
            array.add(items.get((int) i));
        }
        pagesServed.incrementAndGet();
        return json(200, answer);
    }

    private static List<ObjectNode> filtered(List<ObjectNode> items, Map<String, List<String>> query) {
        String name = query.containsKey("name") ? fold(query.get("name").get(0)) : null;
        Boolean valid = query.containsKey("isValid") ? Boolean.valueOf(query.get("isValid").get(0)) : null;
        Set<String> codes = new HashSet<>(query.getOrDefault("codes", List.of()));
        Set<String> uris = new HashSet<>(query.getOrDefault("uris", List.of()));
        if (name == null && valid == null && codes.isEmpty() && uris.isEmpty()) {
            return items;
        }
        List<ObjectNode> result = new ArrayList<>();
        for (ObjectNode item : items) {
            if (valid != null && item.path("isValid").asBoolean(true) != valid
                    || !codes.isEmpty() && !codes.contains(item.path("code").asText())
                    || !uris.isEmpty() && !uris.contains(item.path("uri").asText())) {
                continue;
            }
            if (name != null) {
                boolean found = false;
                for (JsonNode label : item.path("name")) {
                    found |= fold(label.asText()).contains(name);
                }
                if (!found) {
                    continue;
                }
            }
            result.add(item);
        }
        return result;
    }

    private ResponseDefinition v11List(String call, String areaType, Map<String, List<String>> query) {
        List<ObjectNode> source;
        if (areaType != null) {
            source = switch (areaType) {
                case "Region" -> lists.get("region-codes");
                case "Municipality" -> lists.get("municipality-codes");
                case "BusinessSubRegion", "HospitalDistrict" -> List.of();
                default -> null;
            };
            if (source == null) {
                ObjectNode errors = JSON.createObjectNode();
                errors.putArray("type").add("Area type '" + areaType + "' is not valid.");
                return json(400, errors);
            }
        } else {
            source = switch (call) {
                case "GetMunicipalityCodes" -> lists.get("municipality-codes");
                case "GetPostalCodes" -> lists.get("postal-codes");
                case "GetLanguageCodes" -> lists.get("language-codes");
                default -> lists.get("country-codes");
            };
        }
        pagesServed.incrementAndGet();
        if (!"GetPostalCodes".equals(call)) {
            ArrayNode array = JSON.createArrayNode();
            source.forEach(item -> array.add(v11Item(item)));
            return json(200, array);
        }
        int page = intParam(query, "page", 1);
        int pageCount = Math.max(1, (source.size() + V11_POSTAL_PAGE_SIZE - 1) / V11_POSTAL_PAGE_SIZE);
        ObjectNode answer = JSON.createObjectNode().put("pageNumber", page).put("pageSize", V11_POSTAL_PAGE_SIZE)
                .put("pageCount", pageCount);
        ArrayNode array = answer.putArray("itemList");
        for (int i = Math.max(0, (page - 1) * V11_POSTAL_PAGE_SIZE); i < Math.min(source.size(), page * V11_POSTAL_PAGE_SIZE); i++) {
            array.add(v11Item(source.get(i)));
        }
        return json(200, answer);
    }

    private static ObjectNode v11Item(ObjectNode v12) {
        ObjectNode item = JSON.createObjectNode().put("code", v12.path("code").asText());
        ArrayNode names = item.putArray("names");
        v12.path("name").fields().forEachRemaining(n -> names.addObject().put("value", n.getValue().asText()).put("language", n.getKey()));
        return item;
    }

    private ResponseDefinition admin(String method, String url, String body) throws IOException {
        if ("GET".equals(method) && url.equals(ADMIN_PATH)) {
            ObjectNode counts = JSON.createObjectNode();
            V12_LISTS.forEach(list -> counts.put(list, size(list)));
            return json(200, JSON.createObjectNode().put("pagesServed", pagesServed()).set("entries", counts));
        }
        Matcher list = ADMIN_LIST.matcher(url);
        if ("PUT".equals(method) && list.matches()) {
            JsonNode items = JSON.readTree(body == null ? "" : body);
            if (items == null || !items.isArray()) {
                return problem(400, "Bad request", "a JSON array of v12 code-list items is needed");
            }
            List<ObjectNode> objects = new ArrayList<>();
            items.forEach(item -> {
                if (!item.isObject() || !item.hasNonNull("code") && !item.hasNonNull("uri")) {
                    throw new IllegalArgumentException("every item needs a code or a uri: " + item);
                }
                objects.add((ObjectNode) item);
            });
            replace(list.group(1), objects);
            return json(200, JSON.createObjectNode().put(list.group(1), objects.size()));
        }
        return problem(404, "Not found", "unknown simulator endpoint " + method + " " + url);
    }

    private static List<ObjectNode> jsonItems(String file) {
        try (InputStream in = resource(file)) {
            List<ObjectNode> items = new ArrayList<>();
            JSON.readTree(in).forEach(item -> items.add((ObjectNode) item));
            return List.copyOf(items);
        } catch (IOException e) {
            throw new UncheckedIOException("simulator code list " + file, e);
        }
    }

    private static List<ObjectNode> municipalities() {
        List<ObjectNode> items = new ArrayList<>();
        for (String[] cells : csv("municipalities-fi.csv")) {
            ObjectNode item = JSON.createObjectNode().put("code", cells[0]).put("isValid", "VALID".equals(cells[4]));
            item.putObject("name").put("fi", cells[1]).put("sv", cells[2]).put("en", cells[3]);
            items.add(item);
        }
        return List.copyOf(items);
    }

    private static List<ObjectNode> postalCodes() {
        List<ObjectNode> items = new ArrayList<>();
        for (String[] cells : csv("postal-codes-fi.csv")) {
            ObjectNode item = JSON.createObjectNode().put("code", cells[1]).put("isValid", true);
            item.putObject("name").put("fi", cells[2]).put("sv", cells[3]);
            items.add(item);
        }
        return List.copyOf(items);
    }

    private static List<String[]> csv(String file) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource(file), StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(",", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("simulator code list " + file, e);
        }
        return rows;
    }

    private static InputStream resource(String file) throws IOException {
        InputStream in = SimulatedCodeLists.class.getResourceAsStream(RESOURCES + file);
        if (in == null) {
            throw new IOException("missing resource " + RESOURCES + file);
        }
        return in;
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return query;
    }

    private static int intParam(Map<String, List<String>> query, String name, int fallback) {
        List<String> values = query.get(name);
        if (values == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(values.get(0));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The value '" + values.get(0) + "' is not valid for " + name + ".");
        }
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static ResponseDefinition problem(int status, String title, String detail) {
        return json(status, JSON.createObjectNode().put("title", title).put("status", status).put("detail", detail));
    }

    private static ResponseDefinition json(int status, JsonNode body) {
        return new ResponseDefinitionBuilder().withStatus(status)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(body.toString()).build();
    }
}
