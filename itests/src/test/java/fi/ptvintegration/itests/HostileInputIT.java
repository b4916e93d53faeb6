package fi.ptvintegration.itests;

import static fi.ptvintegration.itests.KarafDistribution.ADMIN_USER;
import static fi.ptvintegration.itests.KarafDistribution.basicAuth;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.ptv.simulator.PtvSimulator;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hostile-input battery against the booted distribution: 2,000 calls to the push, intake and
 * operations endpoints with long and odd codes (up to 4,000 characters; control characters,
 * unicode, encoded slashes and dots), unknown kinds and paths, wrong methods, malformed JSON,
 * bodies over the limit, wrong types, odd content types and credentials. Every answer must be a
 * refusal or an acceptance, never a 5xx or a stack trace; every call the application answered
 * (its answer carries an {@code X-Correlation-Id}) must have left exactly one integration-log
 * record ({@code IN}) or its karaf.log fallback line; every call, also the ones Jetty refuses
 * before the application (a NUL in the path, a path leaving /cxf, a request line over 8 KB),
 * has its line in the access log; karaf.log gets no ERROR. The figures go to
 * {@code target/karaf-runs/hostile-input.properties}.
 */
class HostileInputIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CALLS = 2000;
    private static final String VIEWER = "hostile-viewer";
    private static final String VIEWER_PASSWORD = "viewer-" + UUID.randomUUID();
    private static KarafDistribution karaf;
    private static PtvSimulator ptv;
    private static Map<String, String> admin;
    private static Map<String, String> viewer;

    @BeforeAll
    static void boot() throws Exception {
        karaf = KarafDistribution.unpack(
                Path.of(System.getProperty("ptv.distribution.archive")), Path.of(System.getProperty("ptv.work.dir")));
        ptv = PtvSimulator.start(0, false);
        karaf.addUser(VIEWER, VIEWER_PASSWORD, "viewer");
        karaf.startAndAwaitReady(Duration.ofMinutes(4), Map.of("PTV_BASE_URL", ptv.baseUrl(), "PTV_SOURCE_ID_PREFIX", "hostile-"));
        admin = Map.of("Authorization", basicAuth(ADMIN_USER, karaf.adminPassword()));
        viewer = Map.of("Authorization", basicAuth(VIEWER, VIEWER_PASSWORD));
        ObjectNode organisation = PatJson.mapper().valueToTree(PatJson.example("organization"));
        organisation.put("code", "hostile-org");
        assertThat(karaf.post("/cxf/yleiset/put", organisation.toString(), admin).statusCode()).isEqualTo(201);
    }

    @AfterAll
    static void stop() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
        if (ptv != null) {
            ptv.close();
        }
    }

    /** One hostile call. */
    private record Call(String category, String method, String path, String contentType, byte[] body, Map<String, String> headers) {}

    /** What came back. */
    private record Answered(Call call, int status, String body, String correlationId) {}

    @Test
    void givenTwoThousandHostileCallsWhenAnsweredThenNoneIs5xxOrATraceAndEveryOneLeftItsRecord() throws Exception {
        List<Call> calls = battery(new Random(16));
        assertThat(calls).hasSize(CALLS);
        String marker = UUID.randomUUID().toString();
        karaf.get("/cxf/health/live?battery=start-" + marker, Map.of());
        List<Answered> answered = new ArrayList<>();
        for (Call call : calls) {
            HttpResponse<String> response = karaf.exchange(call.method(), call.path(), call.contentType(), call.body(), call.headers(),
                    Duration.ofSeconds(60));
            answered.add(new Answered(call, response.statusCode(), response.body(),
                    response.headers().firstValue("X-Correlation-Id").orElse(null)));
        }
        karaf.get("/cxf/health/live?battery=end-" + marker, Map.of());

        List<String> fiveHundreds = new ArrayList<>();
        List<String> traces = new ArrayList<>();
        Map<String, Integer> statuses = new TreeMap<>();
        Map<String, Integer> byCategory = new TreeMap<>();
        List<Answered> byApplication = new ArrayList<>();
        for (Answered a : answered) {
            statuses.merge(String.valueOf(a.status()), 1, Integer::sum);
            byCategory.merge(a.call().category(), 1, Integer::sum);
            if (a.status() >= 500) {
                fiveHundreds.add(a.status() + " " + a.call().method() + " " + a.call().path() + ": " + abbreviate(a.body()));
            }
            if (a.body() != null && (a.body().contains("\tat ") || a.body().matches("(?s).*\\bat (java|org|fi|sun)\\.[\\w.$]+\\(.*")
                    || a.body().contains(".java:"))) {
                traces.add(a.call().method() + " " + a.call().path() + ": " + abbreviate(a.body()));
            }
            if (a.correlationId() != null) {
                byApplication.add(a);
            }
        }
        List<String> fallbackLines = Files.readAllLines(karaf.home().resolve("data/log/karaf.log")).stream()
                .filter(line -> line.contains("INTEGRATION-LOG-RECORD")).toList();
        int records = 0;
        int fallbacks = 0;
        List<String> missing = new ArrayList<>();
        for (Answered a : byApplication) {
            int found = inboundRecords(a.correlationId());
            long fallback = fallbackLines.stream().filter(line -> line.contains("\"correlationId\":\"" + a.correlationId() + "\"")).count();
            records += found;
            fallbacks += (int) fallback;
            if (found + fallback != 1) {
                missing.add(a.correlationId() + " (" + found + " records, " + fallback + " fallback lines): " + a.status() + " "
                        + a.call().method() + " " + abbreviate(a.call().path()));
            }
        }
        List<String> accessLines = accessLogLinesBetween("battery=start-" + marker, "battery=end-" + marker);
        List<String> errors = karafLogErrorsSinceBoot();
        Files.writeString(Path.of(System.getProperty("ptv.work.dir")).resolve("hostile-input.properties"),
                "calls=" + calls.size() + "\n"
                        + "answeredByTheApplication=" + byApplication.size() + "\n"
                        + "integrationLogRecords=" + records + "\n"
                        + "karafLogFallbackLines=" + fallbacks + "\n"
                        + "refusedByJettyBeforeTheApplication=" + (calls.size() - byApplication.size()) + "\n"
                        + "accessLogLines=" + accessLines.size() + "\n"
                        + "statuses=" + statuses + "\n"
                        + "categories=" + byCategory + "\n"
                        + "fiveHundreds=" + fiveHundreds.size() + "\n"
                        + "stackTraces=" + traces.size() + "\n");

        assertThat(fiveHundreds).as("5xx answers").isEmpty();
        assertThat(traces).as("answers showing a stack trace").isEmpty();
        assertThat(missing).as("calls the application answered without exactly one integration-log record").isEmpty();
        assertThat(records + fallbacks).as("records written = calls the application answered").isEqualTo(byApplication.size());
        assertThat(byApplication.size()).as("most hostile calls reach the application").isGreaterThan(calls.size() * 3 / 4);
        assertThat(accessLines).as("every call, also the ones Jetty refused, in the access log").hasSize(calls.size());
        assertThat(errors).as("ERROR lines in karaf.log").isEmpty();
    }

    /** The battery: 2,000 calls from a seeded random source, so that a failure can be repeated. */
    private static List<Call> battery(Random random) {
        List<Call> calls = new ArrayList<>();
        int n = 0;
        while (calls.size() < 600) {
            calls.add(pushCall(random, n++));
        }
        while (calls.size() < 1600) {
            calls.add(intakeCall(random, n++));
        }
        while (calls.size() < 1800) {
            calls.add(credentialCall(random, n++));
        }
        while (calls.size() < CALLS) {
            calls.add(opsCall(random, n++));
        }
        return calls;
    }

    private static final String[] HOSTILE_TOKENS = {"x", "ä", "%C3%A4", "%F0%9F%98%80", "%E2%80%AE", "%CC%81", "%0A", "%0D", "%09",
        "%20", "%2F", "%2E%2E", "%2e%2e%2f", "%5C", "%25", "%252F", "'", "%22", "%3C", "%3E", ";", "..", "*", "$", "%7B%7D", "-", ".",
        "~", "%FF", "%C0%AF", "%E2%80%8B", "A", "9", "_"};
    private static final String[] KINDS = {"organization", "service", "servicechannel/echannel", "servicechannel/phone",
        "servicechannel/webpage", "organisation", "Service", "offering", "servicechannel/fax", "servicechannel", "..", "%2E%2E"};
    private static final String[] OPERATIONS = {"post", "put", "post", "put", "delete", "POST", "get", ""};
    private static final String[] METHODS = {"POST", "POST", "PUT", "PUT", "GET", "DELETE", "PATCH"};

    private static Call pushCall(Random random, int n) {
        String kind = KINDS[random.nextInt(KINDS.length)];
        String operation = OPERATIONS[random.nextInt(OPERATIONS.length)];
        String code;
        switch (random.nextInt(6)) {
            case 0 -> code = "x".repeat(new int[] {99, 100, 101, 150, 200, 500, 1000, 2000, 4000, 9000}[random.nextInt(10)]);
            case 1 -> code = "%C3%A4".repeat(1 + random.nextInt(400));
            case 2 -> code = "hostile-org";
            case 3 -> code = "nul%00in-the-path-" + n;
            default -> {
                StringBuilder built = new StringBuilder();
                int tokens = 1 + random.nextInt(60);
                for (int i = 0; i < tokens; i++) {
                    built.append(HOSTILE_TOKENS[random.nextInt(HOSTILE_TOKENS.length)]);
                }
                code = built.toString();
            }
        }
        String path = "/cxf/ptv/" + kind + "/" + operation + "/" + code + (random.nextInt(20) == 0 ? "/extra" : "");
        Map<String, String> headers = new LinkedHashMap<>(random.nextInt(10) == 0 ? Map.of() : admin);
        headers.put("X-Correlation-Id", "hostile-" + n);
        return new Call("push", METHODS[random.nextInt(METHODS.length)], path, null, null, headers);
    }

    private static Call intakeCall(Random random, int n) {
        String[] paths = {"/cxf/yleiset/put", "/cxf/yleiset/update", "/cxf/palvelukanava/putPalvelutarjous", "/cxf/yleiset/put",
            "/cxf/yleiset/PUT", "/cxf/yleiset/put/extra", "/cxf/yleiset/", "/cxf/yleiset/put;jsessionid=1", "/cxf/palvelukanava/x"};
        String path = paths[random.nextInt(paths.length)];
        String contentType = new String[] {"application/json", "application/json", "application/json; charset=UTF-8", "text/plain",
            "application/xml", null, "application/json; charset=ISO-8859-1", "multipart/form-data; boundary=x"}[random.nextInt(8)];
        byte[] body = intakeBody(random);
        Map<String, String> headers = new LinkedHashMap<>(admin);
        headers.put("X-Correlation-Id", "hostile-" + n);
        String method = new String[] {"POST", "PUT", "POST", "PUT", "GET", "DELETE"}[random.nextInt(6)];
        return new Call("intake", method, path, contentType, method.equals("GET") || method.equals("DELETE") ? null : body, headers);
    }

    private static byte[] intakeBody(Random random) {
        ObjectNode example = PatJson.mapper().valueToTree(PatJson.example(new String[] {"organization", "service", "phone", "webpage"}
                [random.nextInt(4)]));
        String valid = example.toString();
        return switch (random.nextInt(16)) {
            case 0 -> valid.substring(0, random.nextInt(valid.length())).getBytes(StandardCharsets.UTF_8);
            case 1 -> "{\"kind\":".getBytes(StandardCharsets.UTF_8);
            case 2 -> (valid + "garbage").getBytes(StandardCharsets.UTF_8);
            case 3 -> "[".repeat(5000).getBytes(StandardCharsets.UTF_8);
            case 4 -> bytes(1_048_577 + random.nextInt(1000), random);
            case 5 -> with(example, "names", JSON.getNodeFactory().numberNode(42));
            case 6 -> with(example, "kind", JSON.getNodeFactory().arrayNode().add("service"));
            case 7 -> new String[] {"null", "true", "42", "\"text\"", "[]", "{}", ""}[random.nextInt(7)].getBytes(StandardCharsets.UTF_8);
            case 8 -> with(example, "code", JSON.getNodeFactory().textNode("code\u0000\u0001\u001b[31m\n" + "ä".repeat(200)));
            case 9 -> with(example, "names", JSON.getNodeFactory().objectNode().put("fi", "\u202Eesrever\uD83D\uDE00\u0301 "
                    + "\uD800".repeat(3)).put("sv", "x".repeat(random.nextInt(5000))));
            case 10 -> with(example, "__proto__", JSON.getNodeFactory().objectNode().put("polluted", true));
            case 11 -> with(example, "x".repeat(10_000), JSON.getNodeFactory().textNode("unknown field"));
            case 12 -> ("\uFEFF" + valid).getBytes(StandardCharsets.UTF_8);
            case 13 -> valid.replace("\"", "'").getBytes(StandardCharsets.UTF_8);
            // texts that made the content review's patterns quadratic or overflow the stack once
            case 14 -> with(example, "description", JSON.getNodeFactory().objectNode().put("fi",
                    new String[] {"d", "a.", "a-", "0", "a@", "b."}[random.nextInt(6)].repeat(450_000)));
            default -> with(example, "code", JSON.getNodeFactory().textNode("hostile-" + UUID.randomUUID()));
        };
    }

    private static Call credentialCall(Random random, int n) {
        Map<String, String> headers = new LinkedHashMap<>();
        switch (random.nextInt(8)) {
            case 0 -> headers.put("Authorization", "Basic !!!not-base64!!!");
            case 1 -> headers.put("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("no-colon".getBytes()));
            case 2 -> headers.put("Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln");
            case 3 -> headers.put("Authorization", "Basic " + "A".repeat(5000));
            case 4 -> headers.put("Authorization", basicAuth("ä-user-" + n, "pässword"));
            case 5 -> headers.put("X-API-Key", "k".repeat(1 + random.nextInt(3000)));
            case 6 -> headers.put("X-API-Key", "ä\u00ff" + n);
            default -> headers.put("Authorization", basicAuth(ADMIN_USER, "wrong-" + n));
        }
        boolean sane = random.nextInt(4) != 0;
        headers.put("X-Correlation-Id", sane ? "hostile-" + n : "not sane " + "ä".repeat(1 + random.nextInt(80)));
        String path = random.nextBoolean() ? "/cxf/yleiset/put" : "/cxf/ptv/organization/post/hostile-org";
        return new Call("credentials", "POST", path, "application/json", "{}".getBytes(StandardCharsets.UTF_8), headers);
    }

    private static Call opsCall(Random random, int n) {
        String hostile = URLEncoder.encode("<script>" + "ä".repeat(random.nextInt(300)) + "'; DROP TABLE delivery;--", StandardCharsets.UTF_8);
        String[] paths = {"/cxf/ops/log?limit=-1", "/cxf/ops/log?limit=abc", "/cxf/ops/log?from=notadate", "/cxf/ops/log?direction=sideways",
            "/cxf/ops/deliveries?status=" + hostile, "/cxf/ops/deliveries/" + hostile, "/cxf/ops/deliveries/-1",
            "/cxf/ops/deliveries/99999999999999999999", "/cxf/ops/nothing/" + hostile, "/cxf/ops/failed/replay?signature=" + hostile};
        String path = paths[random.nextInt(paths.length)];
        boolean anonymous = random.nextInt(3) == 0;
        Map<String, String> headers = new LinkedHashMap<>(anonymous ? Map.of() : viewer);
        headers.put("X-Correlation-Id", "hostile-" + n);
        String method = path.contains("/replay") || path.contains("/nothing") ? "POST" : "GET";
        return new Call("ops", method, path, null, null, headers);
    }

    private static byte[] with(ObjectNode example, String field, JsonNode value) {
        ObjectNode copy = example.deepCopy();
        copy.set(field, value);
        return copy.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(int size, Random random) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        bytes[0] = '{';
        return bytes;
    }

    /** The IN records of one correlation id, through GET /cxf/ops/log as a viewer. */
    private static int inboundRecords(String correlationId) throws IOException, InterruptedException {
        HttpResponse<String> response = karaf.get("/cxf/ops/log?direction=IN&limit=10&correlationId="
                + URLEncoder.encode(correlationId, StandardCharsets.UTF_8), viewer);
        assertThat(response.statusCode()).as("log query for %s: %s", correlationId, response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("count").asInt();
    }

    /** The access-log lines after the line holding {@code start} and before the one holding {@code end}. */
    private static List<String> accessLogLinesBetween(String start, String end) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(karaf.home().resolve("data/log"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".request.log")).sorted().toList()) {
                lines.addAll(Files.readAllLines(file, StandardCharsets.ISO_8859_1));
            }
        }
        int from = -1;
        int to = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(start)) {
                from = i;
            }
            if (lines.get(i).contains(end)) {
                to = i;
            }
        }
        assertThat(from).as("access-log line of the start marker").isNotNegative();
        assertThat(to).as("access-log line of the end marker").isGreaterThan(from);
        return lines.subList(from + 1, to);
    }

    private static List<String> karafLogErrorsSinceBoot() throws IOException {
        return Files.readAllLines(karaf.home().resolve("data/log/karaf.log")).stream().filter(line -> line.contains("| ERROR |")).toList();
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
