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
import fi.ptvintegration.ptv.simulator.SimulatedItems;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole life of an item on the booted distribution, against a PTV simulator that has never
 * seen the data: DVV's technical readiness test items as one scenario (sub-organisation, service,
 * each channel kind and connections with their extra information added and edited, field
 * refusals, archiving of what Drupal removed), each item's result written to
 * {@code target/karaf-runs/readiness-scenario.md}; then the daily sync over 1,000 records of which
 * 10 % changed and 5 % were removed, which sends exactly those and what its dry run said, and a
 * second sync right after that sends nothing (figures in {@code daily-sync.properties}, measured,
 * not asserted); then reconciliation finding orphans planted both ways.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ItemLifecycleIT {

    private static final ObjectMapper JSON = PatJson.mapper();
    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(4);
    private static final String PREFIX = "lc-";
    private static final List<String> CHANNELS = List.of("echannel", "phone", "servicelocation", "printableform", "webpage");
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    private static KarafDistribution karaf;
    private static PtvSimulator ptv;
    private static Map<String, String> admin;
    private static final List<String> readiness = new ArrayList<>();
    private static final HttpClient http = HttpClient.newHttpClient();
    private static String bulkOrganizationId;

    @BeforeAll
    static void boot() throws Exception {
        karaf = KarafDistribution.unpack(Path.of(System.getProperty("ptv.distribution.archive")), Path.of(System.getProperty("ptv.work.dir")));
        ptv = PtvSimulator.start(0, true);
        karaf.configureRuntime("delivery.backoff.initial.ms", "200");
        karaf.configureRuntime("delivery.backoff.max.ms", "1000");
        karaf.configureRuntime("delivery.max.attempts", "3");
        // The schedule is on, at a time twelve hours away, so that it never starts a batch during the test.
        karaf.configureRuntime("sync.zone", "UTC");
        karaf.configureRuntime("sync.time", DateTimeFormatter.ofPattern("HH:mm").format(Instant.now().plus(Duration.ofHours(12))
                .atZone(ZoneOffset.UTC)));
        karaf.startAndAwaitReady(BOOT_TIMEOUT, Map.of(
                "PTV_BASE_URL", ptv.baseUrl(),
                "PTV_TOKEN_URL", ptv.tokenUrl(),
                "PTV_USERNAME", "lifecycle-integration",
                "PTV_PASSWORD", "lifecycle-" + UUID.randomUUID(),
                "PTV_SOURCE_ID_PREFIX", PREFIX));
        admin = Map.of("Authorization", basicAuth(ADMIN_USER, karaf.adminPassword()));
    }

    @AfterAll
    static void stop() throws Exception {
        if (!readiness.isEmpty()) {
            Files.writeString(Path.of(System.getProperty("ptv.work.dir")).resolve("readiness-scenario.md"),
                    "# DVV technical readiness test items, on the booted distribution and the PTV simulator (run " + RUN + ")\n\n"
                            + "| test item | what was done | result |\n|---|---|---|\n" + String.join("\n", readiness) + "\n");
        }
        if (ptv != null) {
            ptv.close();
        }
        if (karaf != null) {
            karaf.stop(Duration.ofSeconds(60));
        }
    }

    // --- calls -------------------------------------------------------------------------------

    private static JsonNode ok(HttpResponse<String> response, int... statuses) throws Exception {
        assertThat(response.statusCode()).as("%s %s", response.request().uri(), response.body())
                .isIn(Arrays.stream(statuses).boxed().toList());
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> put(JsonNode record) throws Exception {
        boolean offering = "offering".equals(record.path("kind").asText());
        return karaf.post(offering ? "/cxf/palvelukanava/putPalvelutarjous" : "/cxf/yleiset/put", JSON.writeValueAsString(record), admin);
    }

    private static HttpResponse<String> update(JsonNode record) throws Exception {
        boolean offering = "offering".equals(record.path("kind").asText());
        return karaf.post(offering ? "/cxf/palvelukanava/updatePalvelutarjous" : "/cxf/yleiset/update", JSON.writeValueAsString(record),
                admin);
    }

    private static HttpResponse<String> remove(String kind, String code) throws Exception {
        return karaf.post("offering".equals(kind) ? "/cxf/palvelukanava/removePalvelutarjous" : "/cxf/yleiset/remove",
                JSON.createObjectNode().put("kind", kind).put("code", code).toString(), admin);
    }

    private static String pushPath(String kind) {
        return "service".equals(kind) || "organization".equals(kind) ? "/cxf/ptv/" + kind : "/cxf/ptv/servicechannel/" + kind;
    }

    private static JsonNode push(String kind, String operation, String code) throws Exception {
        return ok(karaf.post(pushPath(kind) + "/" + operation + "/" + code, "", admin), 200);
    }

    private static JsonNode status(String kind, String code) throws Exception {
        return ok(karaf.get(pushPath(kind) + "/status/" + code, admin), 200);
    }

    /** A shipped example under a new code, its Finnish name made unique, other fields replaced. */
    private static ObjectNode example(String kind, String code, String finnishName, Map<String, Object> changes) {
        ObjectNode record = JSON.valueToTree(PatJson.example(kind));
        record.put("code", code);
        if (finnishName != null) {
            ((ObjectNode) record.path("names")).put("fi", finnishName);
        }
        changes.forEach((field, value) -> record.set(field, JSON.valueToTree(value)));
        return record;
    }

    private static SimulatedItems.Item inPtv(String ptvId) {
        return ptv.items().byId(ptvId).orElseThrow(() -> new AssertionError("the simulator holds no " + ptvId));
    }

    private static String finnish(JsonNode list, String type) {
        for (JsonNode text : list) {
            if ("fi".equals(text.path("language").asText()) && (type == null || type.equals(text.path("type").asText()))) {
                return text.path("value").asText();
            }
        }
        return null;
    }

    /** A GET of the simulator's public read API, as anyone reading PTV would. */
    private static int publicRead(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(ptv.baseUrl() + path)).GET().build(), HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    private static void result(String item, String done, String outcome) {
        readiness.add("| " + item + " | " + done + " | " + outcome + " |");
    }

    /** Starts a sync as the admin and waits until its batch has finished; returns its progress. */
    private static JsonNode syncAndWait(Duration limit) throws Exception {
        JsonNode started = ok(karaf.post("/cxf/ops/sync", "", admin), 202);
        String batch = started.path("batch").asText();
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            JsonNode progress = ok(karaf.get("/cxf/ops/sync/" + batch, admin), 200);
            if (!"RUNNING".equals(progress.path("state").asText())) {
                return progress;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("sync batch " + batch + " did not finish within " + limit);
    }

    private static Map<String, Integer> planned(JsonNode plan) {
        Map<String, Integer> planned = new TreeMap<>();
        plan.path("counts").forEach(c -> planned.put(c.path("kind").asText() + " " + c.path("operation").asText(), c.path("count").asInt()));
        return planned;
    }

    /** A batch's deliveries by kind and operation, whatever became of them. */
    private static Map<String, Integer> sent(JsonNode progress) {
        Map<String, Integer> sent = new TreeMap<>();
        progress.path("byKindAndOperation").forEach(k -> {
            int total = 0;
            for (JsonNode count : k.path("counts")) {
                total += count.asInt();
            }
            sent.put(k.path("kind").asText() + " " + k.path("operation").asText(), total);
        });
        return sent;
    }

    // --- the scenario --------------------------------------------------------------------------

    @Test
    @Order(1)
    void dvvReadinessTestItemsOnDataTheSimulatorHasNeverSeen() throws Exception {
        String parent = "rt" + RUN + "-org";
        String sub = "rt" + RUN + "-sub";
        String service = "rt" + RUN + "-service";
        ok(put(example("organization", parent, "Testikaupunki " + RUN, Map.of())), 201);
        String parentId = push("organization", "post", parent).path("ptvId").asText();

        // 1. Sub-organisation, added and edited.
        ok(put(example("organization", sub, "Testikaupunki " + RUN + ", liikuntapalvelut", Map.of("parentOrganizationCode", parent))), 201);
        JsonNode subCreated = push("organization", "post", sub);
        String subId = subCreated.path("ptvId").asText();
        assertThat(inPtv(subId).body().path("parentOrganizationId").asText()).isEqualTo(parentId);
        ok(update(example("organization", sub, "Testikaupunki " + RUN + ", liikunta ja ulkoilu", Map.of("parentOrganizationCode", parent))),
                200);
        JsonNode subEdited = push("organization", "put", sub);
        assertThat(subEdited.path("ptvId").asText()).isEqualTo(subId);
        assertThat(finnish(inPtv(subId).body().path("organizationNames"), "Name")).isEqualTo("Testikaupunki " + RUN + ", liikunta ja ulkoilu");
        result("1. sub-organisation add / edit", "put + post under its parent; update + put", "created " + subId + " with parentOrganizationId "
                + parentId + "; edited in place (same id, new Finnish name)");

        // 2. Service, added and edited.
        Map<String, Object> ofSub = Map.of("responsibleOrganizationCode", sub,
                "producers", List.of(Map.of("provisionType", "SelfProducedServices", "organizationCodes", List.of(sub))));
        ok(put(example("service", service, "Uimahallit " + RUN, ofSub)), 201);
        String serviceId = push("service", "post", service).path("ptvId").asText();
        ObjectNode editedService = example("service", service, "Uimahallit " + RUN, ofSub);
        ((ObjectNode) editedService.path("summary")).put("fi", "Uimahalleissa voi uida ja saunoa (muokattu).");
        ok(update(editedService), 200);
        assertThat(push("service", "put", service).path("ptvId").asText()).isEqualTo(serviceId);
        assertThat(finnish(inPtv(serviceId).body().path("serviceDescriptions"), "Summary")).isEqualTo("Uimahalleissa voi uida ja saunoa (muokattu).");
        assertThat(inPtv(serviceId).body().path("mainResponsibleOrganization").asText()).isEqualTo(subId);
        result("2. service add / edit", "put + post; update of the summary + put", "created " + serviceId + ", responsible " + subId
                + "; edited in place");

        // 3. Each of the five channel kinds, added and edited.
        Map<String, String> channelIds = new TreeMap<>();
        for (String kind : CHANNELS) {
            String code = "rt" + RUN + "-" + kind;
            ok(put(example(kind, code, kind + " " + RUN, Map.of("organizationCode", sub))), 201);
            String id = push(kind, "post", code).path("ptvId").asText();
            ok(update(example(kind, code, kind + " " + RUN + " (muokattu)", Map.of("organizationCode", sub))), 200);
            assertThat(push(kind, "put", code).path("ptvId").asText()).isEqualTo(id);
            // Some channel kinds name with typed texts (Name), some with plain language items.
            assertThat(finnish(inPtv(id).body().path("serviceChannelNames"), null)).isEqualTo(kind + " " + RUN + " (muokattu)");
            assertThat(inPtv(id).body().path("organizationId").asText()).isEqualTo(subId);
            channelIds.put(kind, id);
        }
        result("3. service channels add / edit (all five kinds)", "put + post, update of the name + put, for " + String.join(", ", CHANNELS),
                "each created and edited in place: " + channelIds);

        // 4. Connections with their extra information, added and edited.
        String atLocation = "rt" + RUN + "-offering-location";
        String byPhone = "rt" + RUN + "-offering-phone";
        ok(put(example("offering", atLocation, null, Map.of("serviceCode", service, "channelCode", "rt" + RUN + "-servicelocation"))), 201);
        ok(put(example("offering", byPhone, null, Map.of("serviceCode", service, "channelCode", "rt" + RUN + "-phone",
                "chargeType", "FreeOfCharge", "prices", List.of()))), 201);
        JsonNode connected = push("service", "put", service);
        assertThat(connected.path("connections").path("sent").asInt()).isEqualTo(2);
        assertThat(connected.path("connections").path("confirmed").asBoolean()).isTrue();
        JsonNode connections = inPtv(serviceId).body().path("serviceChannels");
        assertThat(connections).hasSize(2);
        JsonNode location = connectionTo(connections, channelIds.get("servicelocation"));
        assertThat(location.path("serviceChargeType").asText()).isEqualTo("Chargeable");
        assertThat(finnish(location.path("description"), "Description")).startsWith("Impivaarassa on myös kuntosali");
        assertThat(finnish(location.path("description"), "ChargeTypeAdditionalInfo")).contains("6,50 €");
        assertThat(location.path("serviceHours").get(0).path("openingHour").get(0).path("from").asText()).isEqualTo("06:00");
        JsonNode contact = location.path("contactDetails");
        assertThat(contact.path("emails").get(0).path("value").asText()).isEqualTo("impivaara.kassa@turku.fi");
        assertThat(contact.path("phoneNumbers").get(0).path("number").asText()).isEqualTo("22623590");
        assertThat(contact.path("webPages").get(0).path("url").asText()).isEqualTo("https://www.turku.fi/impivaara/liput");
        assertThat(contact.path("addresses").get(0).path("subType").asText()).isEqualTo("PostOfficeBox");
        assertThat(connectionTo(connections, channelIds.get("phone")).path("serviceChargeType").asText()).isEqualTo("FreeOfCharge");
        ObjectNode editedOffering = example("offering", atLocation, null, Map.of("serviceCode", service,
                "channelCode", "rt" + RUN + "-servicelocation", "serviceHours", List.of(Map.of("type", "DaysOfTheWeek",
                        "openingHours", List.of(Map.of("dayFrom", "Monday", "dayTo", "Friday", "from", "07:00", "to", "20:00"))))));
        ((ObjectNode) editedOffering.path("description")).put("fi", "Impivaarassa on myös kuntosali (muokattu).");
        ((ObjectNode) editedOffering.path("contactDetails").path("emails").get(0)).put("address", "impivaara.liput@turku.fi");
        ok(update(editedOffering), 200);
        push("service", "put", service);
        JsonNode editedLocation = connectionTo(inPtv(serviceId).body().path("serviceChannels"), channelIds.get("servicelocation"));
        assertThat(finnish(editedLocation.path("description"), "Description")).startsWith("Impivaarassa on myös kuntosali (muokattu).");
        assertThat(editedLocation.path("serviceHours").get(0).path("openingHour").get(0).path("from").asText()).isEqualTo("07:00");
        assertThat(editedLocation.path("contactDetails").path("emails").get(0).path("value").asText()).isEqualTo("impivaara.liput@turku.fi");
        result("4. connections and their extra information add / edit", "two offerings (service location: Chargeable, description,"
                + " conditions, price, hours, contact details (e-mail, phone, web page, post office box); phone: FreeOfCharge) sent with"
                + " the service; the location's description, hours and e-mail updated",
                "PTV holds both connections with charge type, Description, ChargeTypeAdditionalInfo, service hours and contact details;"
                        + " the edit replaced them");

        // 5. Field correctness: formats, lengths and required fields are refused before anything is stored or sent.
        ObjectNode badFormat = example("phone", "rt" + RUN + "-bad-number", "Virheellinen " + RUN, Map.of("organizationCode", sub));
        ((ObjectNode) badFormat.path("phoneNumbers").get(0)).put("number", "02 262 3500");
        JsonNode refusedFormat = ok(put(badFormat), 422);
        ObjectNode tooLong = example("service", "rt" + RUN + "-too-long", "x".repeat(101), ofSub);
        JsonNode refusedLength = ok(put(tooLong), 422);
        ObjectNode missing = example("webpage", "rt" + RUN + "-no-names", null, Map.of("organizationCode", sub));
        missing.remove("names");
        JsonNode refusedRequired = ok(put(missing), 422);
        assertThat(refusedFormat.path("violations").findValuesAsText("path")).contains("phoneNumbers[0].number");
        assertThat(refusedLength.path("violations").findValuesAsText("path")).contains("names.fi");
        assertThat(refusedRequired.path("violations").findValuesAsText("path")).anySatisfy(p -> assertThat(p).startsWith("names"));
        assertThat(karaf.get(pushPath("phone") + "/status/rt" + RUN + "-bad-number", admin).statusCode()).as("nothing stored").isEqualTo(404);
        result("5. field correctness", "a phone number with spaces, a service name of 101 characters, a web page without names",
                "each refused 422 before storing, naming " + refusedFormat.path("violations").findValuesAsText("path") + ", "
                        + refusedLength.path("violations").findValuesAsText("path") + ", "
                        + refusedRequired.path("violations").findValuesAsText("path") + "; nothing stored or sent");

        // A push Drupal does not wait for is answered 202 and points at the record's status.
        HttpResponse<String> queued = karaf.post(pushPath("service") + "/put/" + service, "",
                Map.of("Authorization", admin.get("Authorization"), "Prefer", "respond-async"));
        assertThat(queued.statusCode()).isEqualTo(202);
        String location202 = queued.headers().firstValue("Location").orElseThrow();
        assertThat(location202).isEqualTo("/cxf/ptv/service/status/" + service);
        JsonNode followed = ok(karaf.get(location202, admin), 200);
        assertThat(followed.has("pendingDelivery") || followed.path("lastDelivery").path("operation").asText().equals("put")).isTrue();
        for (int i = 0; i < 200 && status("service", service).has("pendingDelivery"); i++) {
            Thread.sleep(100);
        }
        assertThat(status("service", service).path("lastDelivery").path("status").asText()).isEqualTo("DELIVERED");

        // 6. Archiving of what Drupal removed: a phone channel (with its connection) and a web page, by the daily sync.
        String phone = "rt" + RUN + "-phone";
        String webpage = "rt" + RUN + "-webpage";
        ok(remove("phone", phone), 200);
        ok(remove("webpage", webpage), 200);
        JsonNode refusedOrganization = ok(remove("organization", sub), 409);
        assertThat(refusedOrganization.path("error").asText()).isEqualTo("in-use");
        JsonNode plan = ok(karaf.get("/cxf/ops/sync/plan", admin), 200);
        assertThat(planned(plan)).containsEntry("phone ARCHIVE", 1).containsEntry("webpage ARCHIVE", 1)
                .containsEntry("service UPDATE", 1);
        JsonNode synced = syncAndWait(Duration.ofMinutes(5));
        assertThat(synced.path("state").asText()).isEqualTo("FINISHED");
        assertThat(sent(synced)).isEqualTo(planned(plan));
        assertThat(synced.path("counts").path("FAILED").asInt()).isZero();
        for (String kind : List.of("phone", "webpage")) {
            assertThat(inPtv(channelIds.get(kind)).body().path("publishingStatus").asText()).isEqualTo("Deleted");
            assertThat(publicRead("/api/v11/ServiceChannel/" + channelIds.get(kind))).as("an archived item answers 404").isEqualTo(404);
        }
        assertThat(inPtv(serviceId).body().path("serviceChannels")).as("the removed phone's connection is taken off").hasSize(1);
        JsonNode phoneStatus = status("phone", phone);
        assertThat(phoneStatus.path("publishingStatus").asText()).isEqualTo("Deleted");
        assertThat(phoneStatus.path("ptvCurrent").asBoolean()).isTrue();
        JsonNode retired = ok(put(example("phone", phone, "Uusi puhelin " + RUN, Map.of("organizationCode", sub))), 409);
        assertThat(retired.path("error").asText()).isEqualTo("code-retired");
        assertThat(inPtv(channelIds.get("phone")).sourceId()).as("PTV keeps the archived item's sourceId").contains(PREFIX + phone);
        result("6. archiving of data removed from the source", "Drupal removed a phone channel (with a connection) and a web page;"
                        + " the daily sync (batch " + synced.path("batch").asText() + ") ran",
                "both archived by PTV id with status Deleted and answer 404 to reads; the service's connections updated without the"
                        + " phone; the codes refused for reuse (409 code-retired), the sourceIds kept; removing the organisation while"
                        + " live records name it refused (409 in-use)");
    }

    private static JsonNode connectionTo(JsonNode connections, String channelId) {
        for (JsonNode connection : connections) {
            if (channelId.equals(connection.path("serviceChannel").path("id").asText())
                    || channelId.equals(connection.path("serviceChannelId").asText())) {
                return connection;
            }
        }
        throw new AssertionError("no connection to " + channelId + " in " + connections);
    }

    @Test
    @Order(2)
    void theDailySyncOfAThousandRecordsSendsExactlyWhatChangedAndThenNothing() throws Exception {
        String organization = "bulk" + RUN + "-org";
        ok(put(example("organization", organization, "Massakaupunki " + RUN, Map.of())), 201);
        List<String> services = new ArrayList<>();
        Map<String, List<String>> channels = new TreeMap<>();
        for (int i = 1; i <= 499; i++) {
            String code = "bulk" + RUN + "-service-" + i;
            ok(put(example("service", code, "Palvelu " + i, Map.of("responsibleOrganizationCode", organization,
                    "producers", List.of(Map.of("provisionType", "SelfProducedServices", "organizationCodes", List.of(organization)))))), 201);
            services.add(code);
        }
        for (String kind : CHANNELS) {
            for (int i = 1; i <= 100; i++) {
                String code = "bulk" + RUN + "-" + kind + "-" + i;
                ok(put(example(kind, code, kind + " " + i, Map.of("organizationCode", organization, "publishingStatus", "Published"))), 201);
                channels.computeIfAbsent(kind, k -> new ArrayList<>()).add(code);
            }
        }

        JsonNode firstPlan = ok(karaf.get("/cxf/ops/sync/plan", admin), 200);
        assertThat(firstPlan.path("planned").asInt()).isEqualTo(1000);
        Instant firstStarted = Instant.now();
        JsonNode first = syncAndWait(Duration.ofMinutes(15));
        Duration firstTook = Duration.between(firstStarted, Instant.now());
        assertThat(first.path("counts").path("DELIVERED").asInt()).as("%s", first).isEqualTo(1000);
        assertThat(sent(first)).isEqualTo(planned(firstPlan));
        bulkOrganizationId = status("organization", organization).path("ptvId").asText();

        // 10 % changed, 5 % removed: 50 services and 10 channels of each kind changed, 25 services and 5 of each kind removed.
        for (int i = 0; i < 50; i++) {
            ObjectNode changed = example("service", services.get(i), "Palvelu " + (i + 1) + " (muutettu)", Map.of("responsibleOrganizationCode",
                    organization, "producers", List.of(Map.of("provisionType", "SelfProducedServices", "organizationCodes", List.of(organization)))));
            ok(update(changed), 200);
        }
        for (int i = 50; i < 75; i++) {
            ok(remove("service", services.get(i)), 200);
        }
        for (String kind : CHANNELS) {
            for (int i = 0; i < 10; i++) {
                ok(update(example(kind, channels.get(kind).get(i), kind + " " + (i + 1) + " (muutettu)",
                        Map.of("organizationCode", organization, "publishingStatus", "Published"))), 200);
            }
            for (int i = 10; i < 15; i++) {
                ok(remove(kind, channels.get(kind).get(i)), 200);
            }
        }
        long createsBefore = ptv.items().creates();
        long updatesBefore = ptv.items().updates();
        JsonNode plan = ok(karaf.get("/cxf/ops/sync/plan", admin), 200);
        Map<String, Integer> expected = new TreeMap<>();
        expected.put("service UPDATE", 50);
        expected.put("service ARCHIVE", 25);
        CHANNELS.forEach(kind -> {
            expected.put(kind + " UPDATE", 10);
            expected.put(kind + " ARCHIVE", 5);
        });
        assertThat(planned(plan)).isEqualTo(expected);
        assertThat(plan.path("skipped")).isEmpty();

        Instant started = Instant.now();
        JsonNode second = syncAndWait(Duration.ofMinutes(10));
        Duration took = Duration.between(started, Instant.now());
        assertThat(second.path("state").asText()).isEqualTo("FINISHED");
        assertThat(second.path("counts").path("DELIVERED").asInt()).as("%s", second).isEqualTo(150);
        assertThat(sent(second)).as("the run sent what the dry run said").isEqualTo(planned(plan));
        assertThat(ptv.items().creates() - createsBefore).isZero();
        assertThat(ptv.items().updates() - updatesBefore).as("100 updates and 50 archivings, each one PUT").isEqualTo(150);
        assertThat(ptv.items().all("ServiceChannel").stream().filter(i -> "Deleted".equals(i.body().path("publishingStatus").asText()))
                .filter(i -> i.sourceId().orElse("").startsWith(PREFIX + "bulk" + RUN))).hasSize(25);

        long creates = ptv.items().creates();
        long updates = ptv.items().updates();
        JsonNode third = syncAndWait(Duration.ofMinutes(5));
        assertThat(third.path("planned").asInt()).as("a second sync right after sends nothing").isZero();
        assertThat(third.path("done").asInt()).isZero();
        assertThat(ptv.items().creates()).isEqualTo(creates);
        assertThat(ptv.items().updates()).isEqualTo(updates);

        String line = karaf.shell("ptv:sync --batch " + second.path("batch").asText()).lines()
                .filter(l -> l.startsWith("batch ")).findFirst().orElse("");
        assertThat(line).contains("FINISHED").contains("150/150 done").contains("items/s");
        assertThat(karaf.shell("ptv:sync --dry-run")).contains("0 deliveries would be sent.");
        Files.writeString(Path.of(System.getProperty("ptv.work.dir")).resolve("daily-sync.properties"),
                "records=1000\nfirstSyncDelivered=" + first.path("counts").path("DELIVERED").asInt() + "\nfirstSyncMillis=" + firstTook.toMillis()
                        + "\nfirstSyncItemsPerSecond=" + first.path("itemsPerSecond").asDouble()
                        + "\nchanged=100\nremoved=50\nsecondSyncDelivered=" + second.path("counts").path("DELIVERED").asInt()
                        + "\nsecondSyncMillis=" + took.toMillis() + "\nsecondSyncItemsPerSecond=" + second.path("itemsPerSecond").asDouble()
                        + "\nthirdSyncPlanned=" + third.path("planned").asInt() + "\nshellProgressLine=" + line.strip() + "\n");
    }

    @Test
    @Order(3)
    void reconciliationFindsOrphansPlantedBothWays() throws Exception {
        assertThat(bulkOrganizationId).as("the sync test ran first").isNotNull();
        List<PreloadedItem> typedIn = ptv.preload(bulkOrganizationId, 3, null, List.of("Phone", "Service"));
        String organization = "bulk" + RUN + "-org";
        ok(put(example("webpage", "bulk" + RUN + "-never-sent-1", "Lähettämätön 1", Map.of("organizationCode", organization))), 201);
        ok(put(example("phone", "bulk" + RUN + "-never-sent-2", "Lähettämätön 2", Map.of("organizationCode", organization))), 201);
        String archivedByEditor = status("echannel", "bulk" + RUN + "-echannel-50").path("ptvId").asText();
        ptv.archive(archivedByEditor, false);

        JsonNode report = ok(karaf.get("/cxf/ops/reconcile", admin), 200);

        assertThat(report.path("complete").asBoolean()).isTrue();
        List<String> inPtvOnly = new ArrayList<>();
        List<String> inPatOnly = new ArrayList<>();
        List<String> archived = new ArrayList<>();
        for (JsonNode finding : (ArrayNode) report.path("findings")) {
            switch (finding.path("category").asText()) {
                case "in-ptv-only" -> inPtvOnly.add(finding.path("ptvId").asText());
                case "in-pat-only" -> inPatOnly.add(finding.path("code").asText());
                case "link-archived-in-ptv" -> archived.add(finding.path("code").asText());
                default -> throw new AssertionError("unexpected finding " + finding);
            }
        }
        assertThat(inPtvOnly).containsExactlyInAnyOrderElementsOf(typedIn.stream().map(PreloadedItem::id).toList());
        assertThat(inPatOnly).containsExactlyInAnyOrder("bulk" + RUN + "-never-sent-1", "bulk" + RUN + "-never-sent-2");
        assertThat(archived).containsExactly("bulk" + RUN + "-echannel-50");
        HttpResponse<String> csv = karaf.get("/cxf/ops/reconcile.csv?separator=semicolon", admin);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body().split("\r\n")).hasSize(1 + 6);
        assertThat(karaf.shell("ptv:reconcile")).contains("in-ptv-only=3").contains("in-pat-only=2").contains("link-archived-in-ptv=1");
        Files.writeString(Path.of(System.getProperty("ptv.work.dir")).resolve("reconciliation.csv"), csv.body());
    }
}
