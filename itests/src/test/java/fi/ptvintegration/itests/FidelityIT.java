package fi.ptvintegration.itests;

import static fi.ptvintegration.itests.KarafDistribution.ADMIN_USER;
import static fi.ptvintegration.itests.KarafDistribution.basicAuth;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.ptv.simulator.PtvSimulator;
import fi.ptvintegration.ptv.simulator.SimulatedItems;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Round-trip fidelity on real content: the PTV items in {@code src/test/resources/ptv-samples/}
 * (Vaasa v8 and v9, Otavia v11) are turned into PAT records ({@link SampleConverter}), written
 * through intake of the booted distribution, pushed to the PTV simulator over HTTP, and what the
 * simulator received is compared field by field with the item ({@link PtvFacts}).
 *
 * <p>The table per kind, the fields lost and why, what the PAT model has no place for and what was
 * supplemented go to {@code target/karaf-runs/fidelity.md}. Every item valid by today's PTV rules
 * must be accepted, and at least 95 % of the fields the PAT model has a place for must arrive
 * unchanged.
 */
class FidelityIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> KINDS = List.of("Organization", "Service", "Connection", "EChannel", "Phone", "ServiceLocation",
            "PrintableForm", "WebPage");
    /**
     * Refusals by which a 2017-2020 item is invalid today rather than refused by a fault of the
     * middleware: each a PTV rule the item breaks as it stands ({@code path rule} patterns of the
     * violations), or the refusal of what it depends on.
     */
    private static final Map<String, String> INVALID_TODAY = new LinkedHashMap<>();

    static {
        INVALID_TODAY.put(".* language-missing", "a language version without all its texts, which PTV requires");
        INVALID_TODAY.put(".* unknown-postal-code", "a postal code Posti does not have (12345 in test-edited v9 data)");
        INVALID_TODAY.put(".* (one-of|format|digits-only)", "a value PTV does not take: test-edited v9 data such as "
                + "serviceHourType \"serviceHourType\", e-mail \"value\", phone \"012 345 6789\", wcagLevel \"AA\"");
        INVALID_TODAY.put("serviceClasses subclass-required", "only main service classes of 2018's list; PTV now wants a subclass");
        INVALID_TODAY.put("(serviceClasses|ontologyTerms|targetGroups) required",
                "a service without a general description and without service classes, ontology terms or target groups");
        INVALID_TODAY.put("(serviceCode|channelCode) follows", "a connection of a service or to a channel that was refused");
    }

    private static KarafDistribution karaf;
    private static PtvSimulator ptv;
    private static Map<String, String> admin;

    @BeforeAll
    static void boot() throws Exception {
        karaf = KarafDistribution.unpack(
                Path.of(System.getProperty("ptv.distribution.archive")), Path.of(System.getProperty("ptv.work.dir")));
        ptv = PtvSimulator.start(0, true);
        karaf.startAndAwaitReady(Duration.ofMinutes(4), Map.of("PTV_BASE_URL", ptv.baseUrl(), "PTV_TOKEN_URL", ptv.tokenUrl(),
                "PTV_USERNAME", "fidelity-integration", "PTV_PASSWORD", "fidelity-test-password", "PTV_SOURCE_ID_PREFIX", "fid-"));
        admin = Map.of("Authorization", basicAuth(ADMIN_USER, karaf.adminPassword()));
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

    /** What happened to one record on its way. */
    private record Outcome(String code, boolean accepted, String ptvId, String refusal, List<String> rules) {}

    /** The comparison of one kind. */
    private static final class Tally {
        int items;
        int accepted;
        int expected;
        int unchanged;
        int expectedOfRefused;
        final List<String> refused = new ArrayList<>();
        final List<String> lost = new ArrayList<>();
        final Map<String, Integer> notCarried = new TreeMap<>();
        final Map<String, Integer> supplemented = new TreeMap<>();
        /** Fields compared, by family (the key's first part), for readers who want to see what was compared. */
        final Map<String, Integer> families = new TreeMap<>();
    }

    @Test
    void realItemsArriveInPtvAsTheyWere() throws Exception {
        // Given the samples as PAT records
        List<Sample> samples = Sample.all();
        SampleConverter converter = new SampleConverter(samples);
        List<SampleConverter.Converted> converted = samples.stream().map(converter::convert).toList();

        // When each is written through intake and pushed to PTV
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (ObjectNode stub : converter.stubs()) {
            outcomes.put(stub.path("code").asText(), write("/cxf/yleiset/put", stub));
        }
        for (SampleConverter.Converted item : converted) {
            outcomes.put(item.code(), write("/cxf/yleiset/put", item.record()));
        }
        for (SampleConverter.Converted item : converted) {
            for (ObjectNode offering : item.offerings()) {
                String code = offering.path("code").asText();
                Optional<String> refused = List.of("serviceCode", "channelCode").stream()
                        .filter(field -> !outcomes.get(offering.path(field).asText()).accepted()).findFirst();
                outcomes.put(code, refused.isPresent()
                        ? new Outcome(code, false, null, "its " + (refused.get().equals("serviceCode") ? "service" : "channel") + " was refused",
                                List.of(refused.get() + " follows"))
                        : write("/cxf/palvelukanava/putPalvelutarjous", offering));
            }
        }
        for (ObjectNode stub : converter.stubs()) {
            push(outcomes, stub.path("code").asText(), "/cxf/ptv/organization/post/");
        }
        for (String kind : List.of("Organization", "EChannel", "Phone", "ServiceLocation", "PrintableForm", "WebPage", "Service")) {
            for (SampleConverter.Converted item : converted) {
                if (item.sample().kind().equals(kind)) {
                    push(outcomes, item.code(), pushPath(kind));
                }
            }
        }

        // Then what the simulator received is the item, field by field
        Map<String, String> codeByPtvId = new HashMap<>();
        outcomes.values().stream().filter(o -> o.ptvId() != null).forEach(o -> codeByPtvId.put(o.ptvId(), o.code()));
        Map<String, Tally> tallies = new LinkedHashMap<>();
        KINDS.forEach(kind -> tallies.put(kind, new Tally()));
        for (SampleConverter.Converted item : converted) {
            compare(item, converter, outcomes, codeByPtvId, tallies);
        }

        Path report = Path.of(System.getProperty("ptv.work.dir")).resolve("fidelity.md");
        Files.writeString(report, report(tallies, converter.stubs().size()));

        int expected = tallies.values().stream().mapToInt(t -> t.expected).sum();
        int unchanged = tallies.values().stream().mapToInt(t -> t.unchanged).sum();
        List<String> wronglyRefused = new ArrayList<>();
        tallies.values().forEach(t -> t.refused.stream().filter(r -> r.startsWith("!")).forEach(wronglyRefused::add));
        assertThat(wronglyRefused).as("items valid by today's PTV rules that were refused (see %s)", report).isEmpty();
        assertThat(unchanged * 100.0 / expected).as("%% of fields with a place in PAT that arrived unchanged (%d of %d, see %s)",
                unchanged, expected, report).isGreaterThanOrEqualTo(95.0);
        assertThat(tallies.get("Service").accepted).as("services accepted").isGreaterThan(0);
    }

    private static String pushPath(String kind) {
        return switch (kind) {
            case "Organization" -> "/cxf/ptv/organization/post/";
            case "Service" -> "/cxf/ptv/service/post/";
            default -> "/cxf/ptv/servicechannel/" + kind.toLowerCase(Locale.ROOT) + "/post/";
        };
    }

    private static Outcome write(String path, ObjectNode record) throws Exception {
        String code = record.path("code").asText();
        HttpResponse<String> answer = karaf.post(path, record.toString(), admin);
        if (answer.statusCode() == 201) {
            return new Outcome(code, true, null, null, List.of());
        }
        JsonNode body = JSON.readTree(answer.body());
        List<String> rules = new ArrayList<>();
        StringBuilder why = new StringBuilder("intake ").append(answer.statusCode()).append(" ").append(body.path("error").asText());
        for (JsonNode violation : body.path("violations")) {
            rules.add(violation.path("path").asText() + " " + violation.path("rule").asText());
            why.append("; ").append(violation.path("path").asText()).append(" ").append(violation.path("rule").asText())
                    .append(": ").append(violation.path("message").asText());
        }
        return new Outcome(code, false, null, why.toString(), rules);
    }

    private static void push(Map<String, Outcome> outcomes, String code, String path) throws Exception {
        Outcome written = outcomes.get(code);
        if (written == null || !written.accepted()) {
            return;
        }
        HttpResponse<String> answer = karaf.post(path + code, "", admin);
        JsonNode body = JSON.readTree(answer.body());
        if (answer.statusCode() == 200 && body.hasNonNull("ptvId")) {
            outcomes.put(code, new Outcome(code, true, body.path("ptvId").asText(), null, List.of()));
        } else {
            List<String> rules = new ArrayList<>();
            body.path("violations").forEach(v -> rules.add(v.path("path").asText() + " " + v.path("rule").asText()));
            outcomes.put(code, new Outcome(code, false, null, "push " + answer.statusCode() + " " + body.path("error").asText() + ": "
                    + body.path("message").asText() + " " + body.path("violations"), rules));
        }
    }

    private static void compare(SampleConverter.Converted item, SampleConverter converter, Map<String, Outcome> outcomes,
            Map<String, String> codeByPtvId, Map<String, Tally> tallies) {
        Sample sample = item.sample();
        String version = sample.version();
        Map<String, String> expected = PtvFacts.of(PtvFacts.Side.OUT, sample.kind(), sample.item(), id -> converter.codeOf(version, id));
        Outcome outcome = outcomes.get(item.code());
        Optional<SimulatedItems.Item> received = Optional.ofNullable(outcome.ptvId()).flatMap(id -> ptv.items().byId(id));
        Map<String, String> got = received.map(r -> PtvFacts.of(PtvFacts.Side.IN, sample.kind(), r.body(), codeByPtvId::get)).orElse(Map.of());
        String label = sample.file();

        Tally tally = tallies.get(sample.kind());
        tally.items++;
        Map<String, String> own = new TreeMap<>();
        Map<String, Map<String, String>> connections = new TreeMap<>();
        expected.forEach((key, value) -> {
            if (key.startsWith("connection[")) {
                String channel = key.substring("connection[".length(), key.indexOf(']'));
                connections.computeIfAbsent(channel, c -> new TreeMap<>()).put(key, value);
            } else {
                own.put(key, value);
            }
        });
        tally(tally, label, own, got, outcome);
        item.notCarried().forEach(note -> tallies.get(note.field().startsWith("serviceChannels") ? "Connection" : sample.kind())
                .notCarried.merge(note.field().replaceAll("\\[[0-9a-f]{8}]", "[]") + " - " + note.reason(), 1, Integer::sum));
        item.supplemented().forEach(s -> tally.supplemented.merge(s.replaceAll("\\.(fi|sv|en)\\b", ".<language>"), 1, Integer::sum));

        Tally connectionTally = tallies.get("Connection");
        for (ObjectNode offering : item.offerings()) {
            String channelCode = offering.path("channelCode").asText();
            Map<String, String> facts = connections.getOrDefault(channelCode, Map.of());
            Outcome offered = outcomes.get(offering.path("code").asText());
            Outcome channel = outcomes.get(channelCode);
            Outcome effective = !offered.accepted() ? offered : !outcome.accepted() ? outcome
                    : channel == null || channel.ptvId() == null ? new Outcome(channelCode, false, null, "its channel did not reach PTV", List.of())
                    : new Outcome(offered.code(), true, outcome.ptvId(), null, List.of());
            connectionTally.items++;
            tally(connectionTally, label + " -> " + channelCode, facts, got, effective);
        }
    }

    private static void tally(Tally tally, String label, Map<String, String> expected, Map<String, String> got, Outcome outcome) {
        if (!outcome.accepted()) {
            boolean invalidToday = !outcome.rules().isEmpty() && outcome.rules().stream()
                    .allMatch(rule -> INVALID_TODAY.keySet().stream().anyMatch(rule::matches));
            tally.refused.add((invalidToday ? "" : "!") + label + ": " + outcome.refusal());
            tally.expectedOfRefused += expected.size();
            return;
        }
        tally.accepted++;
        tally.expected += expected.size();
        expected.forEach((key, value) -> {
            tally.families.merge(family(key), 1, Integer::sum);
            if (value.equals(got.get(key))) {
                tally.unchanged++;
            } else {
                tally.lost.add(label + ": `" + key + "` = \"" + abbreviated(value) + "\" arrived as "
                        + (got.containsKey(key) ? "\"" + abbreviated(got.get(key)) + "\"" : "nothing"));
            }
        });
    }

    /** {@code address[Visiting/Street/65100/10].coordinates} is in family address.coordinates, {@code name.Name.fi} in name. */
    private static String family(String key) {
        String head = key.replaceFirst("^connection\\[[^]]*]\\.?", "").replaceAll("\\[[^]]*]", "");
        String[] parts = head.split("\\.");
        String first = parts[0].isEmpty() ? "connection" : parts[0];
        for (String detail : List.of("coordinates", "open", "closed", "chargeType", "type", "additionalInformation", "street", "name")) {
            if (parts.length > 1 && List.of(parts).subList(1, parts.length).contains(detail) && !first.equals(detail)) {
                return first + "." + detail;
            }
        }
        return first;
    }

    private static String abbreviated(String value) {
        String line = value.replace("\n", " ");
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }

    private static String report(Map<String, Tally> tallies, int stubs) {
        StringBuilder md = new StringBuilder("# Fidelity of real PTV content through the middleware\n\n");
        md.append("Real PTV items (Vaasa v8 and v9, Otavia v11; `itests/src/test/resources/ptv-samples/`) as PAT records, written "
                + "through intake of the booted distribution, pushed to the PTV simulator; what the simulator received compared field "
                + "by field with the item. A field is one fact the PAT model has a place for (a text in one language, a code, a list "
                + "entry's value); fields the PAT model has no place for are listed apart and not counted. Connections are the "
                + "services' connections to channels among the samples, carried as offerings. " + stubs + " organisations the items "
                + "refer to but the samples do not hold were written as minimal stubs first.\n\n");
        md.append("| kind | items | accepted | refused | fields with a PAT place | unchanged | lost | unchanged % |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        int items = 0;
        int accepted = 0;
        int expected = 0;
        int unchanged = 0;
        for (Map.Entry<String, Tally> entry : tallies.entrySet()) {
            Tally t = entry.getValue();
            items += t.items;
            accepted += t.accepted;
            expected += t.expected;
            unchanged += t.unchanged;
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %s |%n", entry.getKey(), t.items, t.accepted,
                    t.refused.size(), t.expected, t.unchanged, t.expected - t.unchanged, percent(t.unchanged, t.expected)));
        }
        md.append(String.format(Locale.ROOT, "| **all** | %d | %d | %d | %d | %d | %d | **%s** |%n%n", items, accepted, items - accepted,
                expected, unchanged, expected - unchanged, percent(unchanged, expected)));
        md.append("## Fields compared, by family\n\n| kind | family | fields |\n|---|---|---:|\n");
        tallies.forEach((kind, t) -> t.families.forEach((family, count) -> md.append("| ").append(kind).append(" | ").append(family)
                .append(" | ").append(count).append(" |\n")));
        md.append("\n## Refused, and why\n\nItems whose refusal rules are all PTV rules the item breaks today (")
                .append(INVALID_TODAY.entrySet().stream().map(e -> "`" + e.getKey() + "`: " + e.getValue()).collect(Collectors.joining("; ")))
                .append(") are invalid as they stand; any other refusal is marked **!** and fails the test.\n\n");
        tallies.forEach((kind, t) -> t.refused.forEach(r -> md.append("- ").append(kind).append(": ")
                .append(r.startsWith("!") ? "**!** " + r.substring(1) : r).append("\n")));
        md.append("\n## Fields that did not arrive unchanged\n\n");
        tallies.forEach((kind, t) -> t.lost.forEach(l -> md.append("- ").append(kind).append(": ").append(l).append("\n")));
        md.append("\n## Fields the PAT model has no place for (not counted above)\n\n| kind | field - why | items |\n|---|---|---:|\n");
        tallies.forEach((kind, t) -> t.notCarried.forEach((field, count) -> md.append("| ").append(kind).append(" | ")
                .append(field.replace("|", "/")).append(" | ").append(count).append(" |\n")));
        md.append("\n## Supplemented: what today's PTV needs that the 2017-2020 items lack (not counted)\n\n| kind | what | items |\n|---|---|---:|\n");
        tallies.forEach((kind, t) -> t.supplemented.forEach((what, count) -> md.append("| ").append(kind).append(" | ")
                .append(what).append(" | ").append(count).append(" |\n")));
        return md.toString();
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f", part * 100.0 / whole);
    }
}
