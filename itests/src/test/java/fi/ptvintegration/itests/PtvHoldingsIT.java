package fi.ptvintegration.itests;

import static fi.ptvintegration.itests.KarafDistribution.ADMIN_USER;
import static fi.ptvintegration.itests.KarafDistribution.basicAuth;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.ptv.simulator.PreloadedItem;
import fi.ptvintegration.ptv.simulator.PtvSimulator;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seeing what PTV already holds, on the booted distribution: an organisation whose 200 services
 * and channels were typed into PTV by hand (100 with sourceIds, 100 without) before this system;
 * Drupal sends 180 of them; the match proposals pair them (by sourceId, then by Finnish name), an
 * admin accepts the list, and the pushes that follow update those items: no creates, no second
 * copies, sourceIds set. Then an edit made in PTV's editor shows as drift (reported and written
 * over), and an item left Modified in the editor is refused, then delivered by a replay once
 * published. Figures and the drift report go to {@code target/karaf-runs/}.
 */
class PtvHoldingsIT {

    private static final ObjectMapper JSON = PatJson.mapper();
    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(4);
    private static final String ORG = "turku-liikuntapalvelut";
    private static final Map<String, String> EXAMPLE_OF_KIND = Map.of("Service", "service", "Phone", "phone", "EChannel", "echannel",
            "ServiceLocation", "servicelocation", "WebPage", "webpage", "PrintableForm", "printableform");
    private static final List<String> KINDS = List.of("Service", "Phone", "EChannel", "ServiceLocation", "WebPage", "PrintableForm");

    private static KarafDistribution karaf;
    private static PtvSimulator ptv;
    private static Map<String, String> admin;

    @BeforeAll
    static void boot() throws Exception {
        karaf = KarafDistribution.unpack(Path.of(System.getProperty("ptv.distribution.archive")), Path.of(System.getProperty("ptv.work.dir")));
        ptv = PtvSimulator.start(0, true);
        karaf.startAndAwaitReady(BOOT_TIMEOUT, Map.of(
                "PTV_BASE_URL", ptv.baseUrl(),
                "PTV_TOKEN_URL", ptv.tokenUrl(),
                "PTV_USERNAME", "turku-integration",
                "PTV_PASSWORD", "holdings-" + UUID.randomUUID(),
                "PTV_SOURCE_ID_PREFIX", "turku-"));
        admin = Map.of("Authorization", basicAuth(ADMIN_USER, karaf.adminPassword()));
    }

    @AfterAll
    static void stop() throws Exception {
        if (ptv != null) {
            ptv.close();
        }
        if (karaf != null) {
            karaf.stop(Duration.ofSeconds(60));
        }
    }

    private static JsonNode ok(HttpResponse<String> response, int... statuses) throws Exception {
        assertThat(response.statusCode()).as("%s", response.body()).isIn(java.util.Arrays.stream(statuses).boxed().toList());
        return JSON.readTree(response.body());
    }

    private static void write(String kind, String code, String finnishName) throws Exception {
        ObjectNode record = JSON.valueToTree(PatJson.example(kind));
        record.put("code", code);
        // The items typed into PTV are published, and PTV takes no published item back to Draft.
        record.put("publishingStatus", "Published");
        if (finnishName != null) {
            ((ObjectNode) record.path("names")).put("fi", finnishName);
        }
        ok(karaf.post("/cxf/yleiset/put", JSON.writeValueAsString(record), admin), 201);
    }

    private static String pushPath(String kind) {
        return "service".equals(kind) || "organization".equals(kind) ? "/cxf/ptv/" + kind : "/cxf/ptv/servicechannel/" + kind;
    }

    @Test
    void itemsTypedIntoPtvAreAdoptedThenUpdatedAndEditsInPtvAreSeen() throws Exception {
        // The organisation reaches PTV first (a push of a new organisation creates it).
        ok(karaf.post("/cxf/yleiset/put", JSON.writeValueAsString(PatJson.example("organization")), admin), 201);
        String orgPtvId = ok(karaf.post("/cxf/ptv/organization/post/" + ORG, "", admin), 200).path("ptvId").asText();

        // 200 items typed into PTV by hand before this system: 100 with sourceIds, 100 without.
        List<PreloadedItem> withSourceIds = ptv.preload(orgPtvId, 100, "turku-hold-", KINDS);
        List<PreloadedItem> byHand = ptv.preload(orgPtvId, 100, null, KINDS);
        assertThat(withSourceIds).hasSize(100);
        assertThat(byHand).hasSize(100);

        // Drupal sends 180 of them: 90 with the codes behind the sourceIds, 90 by name only.
        Map<String, String> expected = new LinkedHashMap<>();
        for (PreloadedItem item : withSourceIds.subList(0, 90)) {
            String code = item.sourceId().substring("turku-".length());
            write(EXAMPLE_OF_KIND.get(item.kind()), code, null);
            expected.put(code, item.id());
        }
        Map<String, Integer> nameCount = new HashMap<>();
        byHand.forEach(item -> nameCount.merge(item.kind() + "/" + item.name(), 1, Integer::sum));
        List<PreloadedItem> uniquelyNamed = byHand.stream().filter(item -> nameCount.get(item.kind() + "/" + item.name()) == 1).toList();
        assertThat(uniquelyNamed).as("items typed in by hand with a name of their own").hasSizeGreaterThanOrEqualTo(90);
        int n = 0;
        for (PreloadedItem item : uniquelyNamed.subList(0, 90)) {
            String code = "named-" + (++n);
            write(EXAMPLE_OF_KIND.get(item.kind()), code, item.name());
            expected.put(code, item.id());
        }

        JsonNode proposals = ok(karaf.get("/cxf/ops/adoption/proposals?organization=" + ORG, admin), 200);
        ArrayNode pairs = (ArrayNode) proposals.path("pairs");
        Map<String, String> proposed = new HashMap<>();
        pairs.forEach(pair -> proposed.put(pair.path("code").asText(), pair.path("ptvId").asText()));
        assertThat(proposed).as("every record paired with its own item").isEqualTo(expected);
        assertThat(proposals.path("ambiguities")).isEmpty();
        assertThat(proposals.path("unlinkedInPtv")).hasSize(20);

        JsonNode accepted = ok(karaf.post("/cxf/ops/adoption/accept", JSON.writeValueAsString(pairs), admin), 200);
        assertThat(accepted.path("adopted").asInt()).isEqualTo(180);

        long createsBefore = ptv.items().creates();
        int updated = 0;
        for (JsonNode pair : pairs) {
            JsonNode pushed = ok(karaf.post(pushPath(pair.path("kind").asText()) + "/put/" + pair.path("code").asText(), "", admin), 200);
            assertThat(pushed.path("ptvId").asText()).isEqualTo(pair.path("ptvId").asText());
            assertThat(pushed.path("outcome").asText()).isEqualTo("updated");
            assertThat(ptv.items().byId(pair.path("ptvId").asText()).orElseThrow().sourceId()).contains("turku-" + pair.path("code").asText());
            updated++;
        }
        long creates = ptv.items().creates() - createsBefore;
        assertThat(creates).as("creates after adoption").isZero();
        assertThat(ptv.items().duplicateCreates()).as("second copies").isZero();

        // An edit made in PTV's editor shows as drift: reported, then written over by the next push.
        String code = "named-1";
        String itemId = expected.get(code);
        PreloadedItem edited = uniquelyNamed.get(0);
        String list = "Service".equals(edited.kind()) ? "serviceNames" : "serviceChannelNames";
        ptv.editTextInEditor(itemId, list, "Name", "fi", edited.name() + " (muokattu PTV:ssä)");
        ok(karaf.post(pushPath(EXAMPLE_OF_KIND.get(edited.kind())) + "/put/" + code, "", admin), 200);
        JsonNode drift = ok(karaf.get("/cxf/ops/drift?all=true&code=" + code, admin), 200);
        assertThat(drift.path("count").asInt()).isEqualTo(1);
        JsonNode entry = drift.path("items").get(0);
        assertThat(entry.path("outcome").asText()).isEqualTo("overwritten");
        assertThat(entry.path("changes").findValuesAsText("path")).contains("names.Name.fi");
        Files.writeString(Path.of(System.getProperty("ptv.work.dir")).resolve("drift-report.json"),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(drift));

        // An item left Modified in PTV's editor is refused, then delivered by a replay once published.
        String modifiedCode = "named-2";
        PreloadedItem modified = uniquelyNamed.get(1);
        String modifiedList = "Service".equals(modified.kind()) ? "serviceNames" : "serviceChannelNames";
        ptv.leaveModified(expected.get(modifiedCode), modifiedList, "Name", "fi", "Kesken jäänyt muokkaus");
        JsonNode refused = ok(karaf.post(pushPath(EXAMPLE_OF_KIND.get(modified.kind())) + "/put/" + modifiedCode, "", admin), 409);
        assertThat(refused.path("error").asText()).isEqualTo("ptv-modified");
        JsonNode failed = ok(karaf.get("/cxf/ops/deliveries?status=FAILED&code=" + modifiedCode, admin), 200);
        long deliveryId = failed.path("items").get(0).path("id").asLong();
        assertThat(failed.path("items").get(0).path("failureSignature").asText()).isEqualTo("PTV item has unsaved edits (Modified)");
        ptv.publishModified(expected.get(modifiedCode));
        ok(karaf.post("/cxf/ops/deliveries/" + deliveryId + "/replay", "", admin), 200);
        String status = "";
        for (int i = 0; i < 100 && !status.equals("DELIVERED"); i++) {
            Thread.sleep(200);
            status = ok(karaf.get("/cxf/ops/deliveries/" + deliveryId, admin), 200).path("status").asText();
        }
        assertThat(status).isEqualTo("DELIVERED");

        Files.writeString(Path.of(System.getProperty("ptv.work.dir")).resolve("ptv-holdings.properties"),
                "typedIntoPtv=200\nsentByDrupal=180\nproposedPairs=" + pairs.size() + "\nbySourceId=" + count(pairs, "SOURCE_ID")
                        + "\nbyName=" + count(pairs, "NAME") + "\nadopted=" + accepted.path("adopted").asInt() + "\nupdatedAfterAdoption="
                        + updated + "\ncreatesAfterAdoption=" + creates + "\nduplicateCreates=" + ptv.items().duplicateCreates()
                        + "\nunlinkedInPtv=" + proposals.path("unlinkedInPtv").size() + "\n");
    }

    private static long count(ArrayNode pairs, String reason) {
        List<String> reasons = new ArrayList<>();
        pairs.forEach(pair -> reasons.add(pair.path("reason").asText()));
        return reasons.stream().filter(reason::equals).count();
    }
}
