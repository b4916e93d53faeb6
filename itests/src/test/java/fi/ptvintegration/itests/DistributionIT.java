package fi.ptvintegration.itests;

import static fi.ptvintegration.itests.KarafDistribution.ADMIN_USER;
import static fi.ptvintegration.itests.KarafDistribution.DEFAULT_ADMIN_PASSWORD;
import static fi.ptvintegration.itests.KarafDistribution.basicAuth;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Boots the distribution archive that the build ships and checks it the way an operator would:
 * health, bundle and feature state, Hawtio with its login, and Camel routes visible over JMX.
 * Boot-to-ready time and RSS are written to {@code target/karaf-runs/distribution-metrics.properties}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DistributionIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(4);
    private static final String PTV_PASSWORD = "simulator-password-" + java.util.UUID.randomUUID();
    private static final String VIEWER_USER = "watcher";
    private static final String VIEWER_PASSWORD = "viewer-" + java.util.UUID.randomUUID();
    private static final String SHELL_VIEWER = "shell-watcher";
    private static final String SHELL_VIEWER_PASSWORD = "shell-viewer-" + java.util.UUID.randomUUID();
    private static KarafDistribution karaf;
    private static fi.ptvintegration.ptv.simulator.PtvSimulator ptv;
    private static Map<String, String> admin;

    @BeforeAll
    static void bootDistribution() throws Exception {
        karaf = KarafDistribution.unpack(
                Path.of(System.getProperty("ptv.distribution.archive")), Path.of(System.getProperty("ptv.work.dir")));
        ptv = fi.ptvintegration.ptv.simulator.PtvSimulator.start(0, true);
        karaf.addUser(VIEWER_USER, VIEWER_PASSWORD, "viewer");
        karaf.addUser(SHELL_VIEWER, SHELL_VIEWER_PASSWORD, "viewer,ssh");
        // Retries come quickly here, so the failed-delivery test does not wait minutes.
        karaf.configureRuntime("delivery.backoff.initial.ms", "200");
        karaf.configureRuntime("delivery.backoff.max.ms", "1000");
        karaf.configureRuntime("delivery.max.attempts", "3");
        karaf.startAndAwaitReady(BOOT_TIMEOUT, Map.of(
                "PTV_BASE_URL", ptv.baseUrl(),
                "PTV_TOKEN_URL", ptv.tokenUrl(),
                "PTV_USERNAME", "turku-integration",
                "PTV_PASSWORD", PTV_PASSWORD,
                "PTV_SOURCE_ID_PREFIX", "it-"));
        admin = Map.of("Authorization", basicAuth(ADMIN_USER, karaf.adminPassword()));
    }

    @AfterAll
    static void stopDistributionByPid() throws Exception {
        if (ptv != null) {
            ptv.close();
        }
        if (karaf == null) {
            return;
        }
        long pid = karaf.readPid().orElseThrow(() -> new AssertionError("Karaf wrote no karaf.pid"));
        long rssKib = karaf.residentSetKib().orElse(-1L);
        boolean stoppedCleanly = karaf.stop(Duration.ofSeconds(60));
        Files.writeString(
                Path.of(System.getProperty("ptv.work.dir")).resolve("distribution-metrics.properties"),
                "bootToReadyMillis=" + karaf.bootToReady().toMillis() + "\n"
                        + "residentSetKibAfterTests=" + rssKib + "\n"
                        + "javaVersion=" + System.getProperty("java.version") + "\n"
                        + "processors=" + Runtime.getRuntime().availableProcessors() + "\n");
        assertThat(stoppedCleanly).as("Karaf JVM %d exits within 60 s of SIGTERM", pid).isTrue();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                .as("Karaf JVM %d is gone", pid)
                .isFalse();
    }

    @Test
    void healthAnswers200WithContextDatabaseAndVersion() throws Exception {
        HttpResponse<String> response = karaf.get("/cxf/health", Map.of());

        assertThat(response.statusCode()).as("health status; body: %s", response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode health = JSON.readTree(response.body());
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("application").path("version").asText())
                .isEqualTo(System.getProperty("ptv.expected.version"));
        assertThat(health.path("camel").path("name").asText()).isEqualTo("ptv-integration");
        assertThat(health.path("camel").path("status").asText()).isEqualTo("Started");
        assertThat(health.path("database").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("database").path("product").asText()).isEqualTo("H2");
        assertThat(health.path("ptv").path("apiVersion").asText()).isEqualTo("v11");
    }

    @Test
    void noBundleIsInFailureGracePeriodOrUnresolved() throws Exception {
        JsonNode bundles = jolokiaRead("org.apache.karaf:type=bundle,name=root", "Bundles");

        Map<String, String> broken = new TreeMap<>();
        for (JsonNode bundle : iterable(bundles.elements())) {
            String state = bundle.path("State").asText();
            if (state.equals("Failure") || state.equals("GracePeriod") || state.equals("Installed")) {
                broken.put(bundle.path("Symbolic Name").asText() + " " + bundle.path("Version").asText(), state);
            }
        }
        assertThat(bundles.size()).as("bundle count").isGreaterThan(100);
        assertThat(broken).as("bundles not active or resolved").isEmpty();
    }

    @Test
    void intakeAcceptsAnExampleOfEveryKindAndRefusesAnonymousWrites() throws Exception {
        Map<String, String> kindsByEndpoint = new java.util.LinkedHashMap<>();
        for (String kind : List.of("organization", "service", "servicelocation", "phone", "echannel", "webpage", "printableform")) {
            kindsByEndpoint.put(kind, "/cxf/yleiset/put");
        }
        kindsByEndpoint.put("offering", "/cxf/palvelukanava/putPalvelutarjous");
        String service = JSON.writeValueAsString(fi.ptvintegration.pat.model.PatJson.example("service"));

        HttpResponse<String> anonymous = karaf.post("/cxf/yleiset/put", service, Map.of());
        assertThat(anonymous.statusCode()).as("anonymous write; body %s", anonymous.body()).isEqualTo(401);

        for (Map.Entry<String, String> entry : kindsByEndpoint.entrySet()) {
            String body = fi.ptvintegration.pat.model.PatJson.mapper()
                    .writeValueAsString(fi.ptvintegration.pat.model.PatJson.example(entry.getKey()));
            HttpResponse<String> created = karaf.post(entry.getValue(), body, admin);
            assertThat(created.statusCode()).as("put of %s: %s", entry.getKey(), created.body()).isEqualTo(201);
            assertThat(JSON.readTree(created.body()).path("kind").asText()).isEqualTo(entry.getKey());
        }
        HttpResponse<String> repeat = karaf.post("/cxf/yleiset/put", service, admin);
        assertThat(repeat.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(repeat.body()).path("outcome").asText()).isEqualTo("unchanged");
    }

    @Test
    void anOrganisationPushedWithPostAndPutReachesThePtvSimulator() throws Exception {
        fi.ptvintegration.pat.model.Organization example =
                (fi.ptvintegration.pat.model.Organization) fi.ptvintegration.pat.model.PatJson.example("organization");
        com.fasterxml.jackson.databind.node.ObjectNode record = fi.ptvintegration.pat.model.PatJson.mapper().valueToTree(example);
        record.put("code", "it-org");
        karaf.post("/cxf/yleiset/put", record.toString(), admin);

        HttpResponse<String> anonymous = karaf.post("/cxf/ptv/organization/post/it-org", "", Map.of());
        HttpResponse<String> created = karaf.post("/cxf/ptv/organization/post/it-org", "", admin);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(created.statusCode()).as("post answer %s", created.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(created.body());
        assertThat(answer.path("sourceId").asText()).isEqualTo("it-it-org");
        assertThat(answer.path("outcome").asText()).isEqualTo("created");
        String ptvId = answer.path("ptvId").asText();
        var saved = ptv.items().byId(ptvId).orElseThrow(() -> new AssertionError("the simulator holds no " + ptvId));
        assertThat(saved.sourceId()).contains("it-it-org");
        assertThat(saved.body().path("organizationNames").findValuesAsText("value")).contains("Åbo stad, idrottstjänster");

        ((com.fasterxml.jackson.databind.node.ObjectNode) record.get("names")).put("fi", "Turun liikuntapalvelut");
        assertThat(karaf.post("/cxf/yleiset/update", record.toString(), admin).statusCode()).isEqualTo(200);
        HttpResponse<String> updated = karaf.post("/cxf/ptv/organization/put/it-org", "", admin);

        assertThat(updated.statusCode()).as("put answer %s", updated.body()).isEqualTo(200);
        assertThat(JSON.readTree(updated.body()).path("ptvId").asText()).isEqualTo(ptvId);
        assertThat(ptv.items().byId(ptvId).orElseThrow().body().path("organizationNames").findValuesAsText("value"))
                .contains("Turun liikuntapalvelut");
        assertThat(ptv.items().all("Organization").stream().filter(i -> i.sourceId().filter("it-it-org"::equals).isPresent()))
                .as("no second item for the same code").hasSize(1);
    }

    @Test
    void aServiceReachesThePtvSimulatorWithItsOrganisationsPtvId() throws Exception {
        var json = fi.ptvintegration.pat.model.PatJson.mapper();
        String organization = json.writeValueAsString(fi.ptvintegration.pat.model.PatJson.example("organization"));
        String service = json.writeValueAsString(fi.ptvintegration.pat.model.PatJson.example("service"));
        assertThat(karaf.post("/cxf/yleiset/put", organization, admin).statusCode()).isIn(200, 201);
        assertThat(karaf.post("/cxf/yleiset/put", service, admin).statusCode()).isIn(200, 201);

        HttpResponse<String> org = karaf.post("/cxf/ptv/organization/post/turku-liikuntapalvelut", "", admin);
        if (org.statusCode() == 409) {
            org = karaf.post("/cxf/ptv/organization/put/turku-liikuntapalvelut", "", admin);
        }
        HttpResponse<String> pushed = push("/cxf/ptv/service", "turku-uimahallit");

        assertThat(org.statusCode()).as("organisation: %s", org.body()).isEqualTo(200);
        assertThat(pushed.statusCode()).as("service: %s", pushed.body()).isEqualTo(200);
        String organizationId = JSON.readTree(org.body()).path("ptvId").asText();
        var saved = ptv.items().byId(JSON.readTree(pushed.body()).path("ptvId").asText()).orElseThrow();
        assertThat(saved.type()).isEqualTo("Service");
        assertThat(saved.body().path("mainResponsibleOrganization").asText()).isEqualTo(organizationId);
        assertThat(saved.body().path("serviceNames").findValuesAsText("value")).contains("Uimahallit", "Simhallar", "Swimming halls");

        HttpResponse<String> again = karaf.post("/cxf/ptv/service/post/turku-uimahallit", "", admin);
        assertThat(again.statusCode()).as("a second post of the same service: %s", again.body()).isEqualTo(409);
        assertThat(JSON.readTree(again.body()).path("error").asText()).isEqualTo("already-in-ptv");
    }

    @Test
    void aChannelOfEveryKindReachesThePtvSimulator() throws Exception {
        var json = fi.ptvintegration.pat.model.PatJson.mapper();
        karaf.post("/cxf/yleiset/put", json.writeValueAsString(fi.ptvintegration.pat.model.PatJson.example("organization")), admin);
        HttpResponse<String> org = karaf.post("/cxf/ptv/organization/post/turku-liikuntapalvelut", "", admin);
        if (org.statusCode() == 409) {
            org = karaf.post("/cxf/ptv/organization/put/turku-liikuntapalvelut", "", admin);
        }
        assertThat(org.statusCode()).as("organisation: %s", org.body()).isEqualTo(200);

        for (String kind : List.of("echannel", "phone", "servicelocation", "printableform", "webpage")) {
            var example = fi.ptvintegration.pat.model.PatJson.example(kind);
            assertThat(karaf.post("/cxf/yleiset/put", json.writeValueAsString(example), admin).statusCode()).isIn(200, 201);
            HttpResponse<String> created = push("/cxf/ptv/servicechannel/" + kind, example.code());
            assertThat(created.statusCode()).as("post of %s: %s", kind, created.body()).isEqualTo(200);
            String ptvId = JSON.readTree(created.body()).path("ptvId").asText();
            assertThat(ptv.items().byId(ptvId)).as("%s in the simulator", kind)
                    .hasValueSatisfying(item -> assertThat(item.type()).isEqualTo("ServiceChannel"));
            HttpResponse<String> updated = karaf.post("/cxf/ptv/servicechannel/" + kind + "/put/" + example.code(), "", admin);
            assertThat(updated.statusCode()).as("put of %s: %s", kind, updated.body()).isEqualTo(200);
            assertThat(JSON.readTree(updated.body()).path("ptvId").asText()).isEqualTo(ptvId);
        }
    }

    /** Post, or put when an earlier test already created it in PTV: tests here share one distribution. */
    private static HttpResponse<String> push(String base, String code) throws Exception {
        HttpResponse<String> posted = karaf.post(base + "/post/" + code, "", admin);
        return posted.statusCode() == 409 ? karaf.post(base + "/put/" + code, "", admin) : posted;
    }

    @Test
    void anOfferingReachesPtvAsAConfirmedConnectionOfItsService() throws Exception {
        var json = fi.ptvintegration.pat.model.PatJson.mapper();
        for (String kind : List.of("organization", "servicelocation", "service")) {
            assertThat(karaf.post("/cxf/yleiset/put", json.writeValueAsString(fi.ptvintegration.pat.model.PatJson.example(kind)), admin)
                    .statusCode()).isIn(200, 201);
        }
        assertThat(karaf.post("/cxf/palvelukanava/putPalvelutarjous",
                json.writeValueAsString(fi.ptvintegration.pat.model.PatJson.example("offering")), admin).statusCode()).isIn(200, 201);
        assertThat(push("/cxf/ptv/organization", "turku-liikuntapalvelut").statusCode()).isEqualTo(200);
        HttpResponse<String> location = push("/cxf/ptv/servicechannel/servicelocation", "turku-impivaara");
        assertThat(location.statusCode()).as("location: %s", location.body()).isEqualTo(200);

        HttpResponse<String> service = push("/cxf/ptv/service", "turku-uimahallit");

        assertThat(service.statusCode()).as("service: %s", service.body()).isEqualTo(200);
        JsonNode connections = JSON.readTree(service.body()).path("connections");
        assertThat(connections.path("sent").asInt()).as("connections %s", connections).isEqualTo(1);
        assertThat(connections.path("confirmed").asBoolean()).as("connections %s", connections).isTrue();
        String locationId = JSON.readTree(location.body()).path("ptvId").asText();
        var saved = ptv.items().byId(JSON.readTree(service.body()).path("ptvId").asText()).orElseThrow();
        assertThat(saved.body().path("serviceChannels").findValuesAsText("serviceChannelId")).containsExactly(locationId);
    }

    @Test
    void anAdminFindsACodesCallsInTheIntegrationLogAndOthersAreRefused() throws Exception {
        String service = fi.ptvintegration.pat.model.PatJson.mapper()
                .writeValueAsString(fi.ptvintegration.pat.model.PatJson.example("service"));
        String correlationId = "it-where-is-my-change";
        karaf.post("/cxf/yleiset/put", service, Map.of("Authorization", admin.get("Authorization"), "X-Correlation-Id", correlationId));

        HttpResponse<String> anonymous = karaf.get("/cxf/ops/log?correlationId=" + correlationId, Map.of());
        HttpResponse<String> found = karaf.get("/cxf/ops/log?correlationId=" + correlationId + "&bodies=true", admin);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(found.statusCode()).as("answer %s", found.body()).isEqualTo(200);
        JsonNode entries = JSON.readTree(found.body()).path("entries");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).path("code").asText()).isEqualTo("turku-uimahallit");
        assertThat(entries.get(0).path("endpoint").asText()).isEqualTo("/cxf/yleiset/put");
        assertThat(entries.get(0).path("requestBody").asText()).contains("turku-uimahallit");
    }

    /** Runs last: everything the other tests made the distribution write. */
    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
    void noPasswordAppearsInAnythingTheDistributionWrote() throws Exception {
        List<String> secrets = List.of(karaf.adminPassword(), PTV_PASSWORD, VIEWER_PASSWORD);
        List<String> leaks = new ArrayList<>();
        try (var files = Files.walk(karaf.home().resolve("data/log"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
                secrets.stream().filter(text::contains).forEach(secret -> leaks.add(file.getFileName().toString()));
            }
        }
        String console = Files.readString(karaf.home().resolve("console.log"), java.nio.charset.StandardCharsets.ISO_8859_1);
        secrets.stream().filter(console::contains).forEach(secret -> leaks.add("console.log"));
        HttpResponse<String> log = karaf.get("/cxf/ops/log?limit=1000&bodies=true", admin);
        secrets.stream().filter(log.body()::contains).forEach(secret -> leaks.add("integration_log"));

        assertThat(log.statusCode()).isEqualTo(200);
        assertThat(leaks).as("files or tables holding a password").isEmpty();
    }

    @Test
    void theInboundApiContractIsServedWithoutCredentials() throws Exception {
        HttpResponse<String> response = karaf.get("/cxf/api/openapi.json", Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = JSON.readTree(response.body());
        assertThat(document.path("openapi").asText()).isEqualTo("3.0.3");
        assertThat(document.path("paths").has("/yleiset/put")).isTrue();
        assertThat(document.path("components").path("schemas").path("Service").path("example").path("code").asText())
                .isEqualTo("turku-uimahallit");
    }

    @Test
    void karafLogHoldsNoErrorSinceBoot() throws Exception {
        List<String> errors = Files.readAllLines(karaf.home().resolve("data/log/karaf.log")).stream()
                .filter(line -> line.contains("| ERROR |"))
                .toList();

        assertThat(errors).as("ERROR lines in data/log/karaf.log").isEmpty();
    }

    /** Once Karaf has installed every boot feature, one full collection gives the boot's garbage back (AfterBootCollection). */
    @Test
    void theBootsGarbageIsGivenBackOnceEveryBootFeatureIsInstalled() throws Exception {
        Path log = karaf.home().resolve("data/log/karaf.log");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        List<String> collected = List.of();
        while (collected.isEmpty() && System.nanoTime() < deadline) {
            collected = Files.readAllLines(log).stream().filter(line -> line.contains("Boot finished: one full collection")).toList();
            if (collected.isEmpty()) {
                Thread.sleep(500);
            }
        }

        assertThat(collected).as("karaf.log line of the collection after the boot").isNotEmpty();
        assertThat(collected.get(0)).matches(".*heap committed \\d+ MB -> \\d+ MB.*");
    }

    @Test
    void everyApplicationFeatureIsInstalled() throws Exception {
        List<String> applicationFeatures = featureNames(Path.of(System.getProperty("ptv.features.xml")));
        JsonNode features = jolokiaRead("org.apache.karaf:type=feature,name=root", "Features");

        List<String> notInstalled = new ArrayList<>();
        for (String name : applicationFeatures) {
            boolean installed = false;
            for (JsonNode versions : iterable(features.path(name).elements())) {
                installed |= versions.path("Installed").asBoolean(false);
            }
            if (!installed) {
                notInstalled.add(name);
            }
        }
        assertThat(applicationFeatures).as("features in the descriptor").contains("ptv-integration", "ptv-hawtio");
        assertThat(notInstalled).as("application features not installed").isEmpty();
    }

    @Test
    void hawtioSendsAnonymousVisitorsToItsLoginPage() throws Exception {
        HttpResponse<String> page = karaf.get("/hawtio/", Map.of());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().getPath()).as("where /hawtio/ leads without a session").isEqualTo("/hawtio/auth/login");
        assertThat(page.body()).contains("<title>Hawtio");
    }

    @Test
    void jolokiaRefusesAnonymousAndWrongPasswordsAndTheOverriddenDefault() throws Exception {
        HttpResponse<String> anonymous = karaf.get("/hawtio/jolokia/version", Map.of());
        HttpResponse<String> wrongPassword = karaf.get(
                "/hawtio/jolokia/version", Map.of("Authorization", basicAuth(ADMIN_USER, "not-the-password")));
        HttpResponse<String> defaultPassword = karaf.get(
                "/hawtio/jolokia/version", Map.of("Authorization", basicAuth(ADMIN_USER, DEFAULT_ADMIN_PASSWORD)));
        HttpResponse<String> authenticated = karaf.get("/hawtio/jolokia/version", admin);

        assertThat(anonymous.statusCode()).as("anonymous Jolokia call").isIn(401, 403);
        assertThat(anonymous.body()).doesNotContain("\"agent\"");
        assertThat(wrongPassword.statusCode()).as("Jolokia call with a wrong password").isIn(401, 403);
        assertThat(defaultPassword.statusCode())
                .as("the local default password once PTV_ADMIN_PASSWORD is set")
                .isIn(401, 403);
        assertThat(authenticated.statusCode()).as("admin Jolokia call; body: %s", authenticated.body()).isEqualTo(200);
        assertThat(JSON.readTree(authenticated.body()).path("value").path("agent").asText()).isNotEmpty();
    }

    @Test
    void authenticatedJolokiaSearchListsTheCamelContextAndItsRouteIds() throws Exception {
        List<String> contexts = jolokiaSearch("org.apache.camel:type=context,*");
        List<String> routes = jolokiaSearch("org.apache.camel:context=ptv-integration,type=routes,*");

        assertThat(contexts).as("Camel contexts in JMX").anySatisfy(
                name -> assertThat(name).contains("context=ptv-integration"));
        List<String> routeIds = new ArrayList<>();
        for (String route : routes) {
            routeIds.add(jolokiaRead(route, "RouteId").asText());
        }
        assertThat(routeIds).as("route ids of the ptv-integration context")
                .contains("health", "yleiset-intake", "palvelukanava-intake", "api-docs", "ptv-push", "ops",
                        "retention", "ptv-deliver", "ptv-delivery-poller");
    }

    @Test
    void deliveryCountersAreJmxAttributesThatAViewerMayReadButRoutesAViewerMayNotStop() throws Exception {
        Map<String, String> viewer = Map.of("Authorization", basicAuth(VIEWER_USER, VIEWER_PASSWORD));
        String delivery = "fi.ptvintegration:type=Delivery,context=ptv-integration";
        String route = jolokiaSearch("org.apache.camel:context=ptv-integration,type=routes,*").stream()
                .filter(name -> name.contains("\"health\"")).findFirst().orElseThrow();

        HttpResponse<String> read = karaf.post("/hawtio/jolokia",
                JSON.createObjectNode().put("type", "read").put("mbean", delivery).toString(), viewer);
        HttpResponse<String> routeState = karaf.post("/hawtio/jolokia",
                JSON.createObjectNode().put("type", "read").put("mbean", route).put("attribute", "State").toString(), viewer);
        HttpResponse<String> stop = karaf.post("/hawtio/jolokia",
                JSON.createObjectNode().put("type", "exec").put("mbean", route).put("operation", "stop()").toString(), viewer);
        HttpResponse<String> tracing = karaf.post("/hawtio/jolokia", JSON.createObjectNode().put("type", "write").put("mbean", route)
                .put("attribute", "Tracing").put("value", true).toString(), viewer);
        HttpResponse<String> metrics = karaf.get("/cxf/ops/metrics", viewer);
        HttpResponse<String> replay = karaf.post("/cxf/ops/failed/replay?signature=x", "", viewer);

        assertThat(JSON.readTree(read.body()).path("status").asInt()).as("viewer reads counters: %s", read.body()).isEqualTo(200);
        assertThat(JSON.readTree(read.body()).path("value").fieldNames()).toIterable().contains("Delivered", "Retried", "Failed",
                "QueueDepth", "OldestPendingAgeSeconds", "LastSuccess", "FailedInOutbox");
        assertThat(JSON.readTree(routeState.body()).path("value").asText()).as("viewer reads a route").isEqualTo("Started");
        assertThat(JSON.readTree(stop.body()).path("status").asInt()).as("viewer stopping a route: %s", stop.body()).isEqualTo(403);
        assertThat(JSON.readTree(tracing.body()).path("status").asInt()).as("viewer writing: %s", tracing.body()).isEqualTo(403);
        assertThat(jolokiaRead(route, "State").asText()).isEqualTo("Started");
        assertThat(metrics.statusCode()).as("metrics %s", metrics.body()).isEqualTo(200);
        assertThat(JSON.readTree(metrics.body()).has("queueDepth")).isTrue();
        assertThat(replay.statusCode()).as("viewer replaying").isEqualTo(403);
    }

    @Test
    void aDeliveryPtvRefusesIsListedAsFailedAndReplayedFromTheShell() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode record = fi.ptvintegration.pat.model.PatJson.mapper()
                .valueToTree(fi.ptvintegration.pat.model.PatJson.example("organization"));
        record.put("code", "it-refused");
        karaf.post("/cxf/yleiset/put", record.toString(), admin);
        ptv.faults().add(fi.ptvintegration.ptv.simulator.ScriptedFaults.Fault.refused(
                "{\"OrganizationNames\":[\"Simulated refusal\"]}", 1));

        HttpResponse<String> refused = karaf.post("/cxf/ptv/organization/post/it-refused", "", admin);
        HttpResponse<String> groups = karaf.get("/cxf/ops/failed", admin);
        String listed = karaf.shell("ptv:failed");
        String replayed = karaf.shell("ptv:replay --signature 'PTV 400 OrganizationNames'");

        assertThat(refused.statusCode()).as("%s", refused.body()).isEqualTo(422);
        assertThat(groups.body()).contains("PTV 400 OrganizationNames");
        assertThat(listed).contains("PTV 400 OrganizationNames");
        assertThat(replayed).contains("1 deliveries failed as 'PTV 400 OrganizationNames' are back in the queue");
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(20);
        while (ptv.items().all("Organization").stream().noneMatch(i -> i.sourceId().filter("it-it-refused"::equals).isPresent())
                && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(ptv.items().all("Organization").stream().filter(i -> i.sourceId().filter("it-it-refused"::equals).isPresent()))
                .as("delivered once after the replay").hasSize(1);
        assertThat(karaf.shell("ptv:deliveries --code it-refused")).contains("DELIVERED");
        assertThat(karaf.shell("ptv:log --code it-refused")).contains("ptv-400").contains("created");
    }

    /**
     * Headless Chromium (Debian's chromium package) driven by playwright-core (npm, pinned in
     * src/test/browser/package-lock.json): log into Hawtio, open Camel, see every route id. The
     * screenshot stays in target/karaf-runs/hawtio-camel.png.
     */
    @Test
    void hawtioShowsEveryRouteIdToAnAdminInHeadlessChromium() throws Exception {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/lib/chromium/chromium"));
        assertThat(Files.isExecutable(chromium))
                .as("%s: install Debian's chromium package (apt-get install -y chromium) or set CHROMIUM_PATH", chromium)
                .isTrue();
        Path work = Path.of(System.getProperty("ptv.work.dir")).resolve("browser");
        Files.createDirectories(work);
        for (String file : List.of("package.json", "package-lock.json", "hawtio-camel.mjs")) {
            Files.copy(Path.of("src/test/browser", file), work.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(run(work, List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of()).exitCode).as("npm ci").isZero();
        Path screenshot = Path.of(System.getProperty("ptv.work.dir")).resolve("hawtio-camel.png");

        Run wrong = run(work, List.of("node", "hawtio-camel.mjs", karaf.uri("").toString(), ADMIN_USER, "not-the-password",
                work.resolve("wrong-password.png").toString()), Map.of("CHROMIUM_PATH", chromium.toString()));
        Run admin = run(work, List.of("node", "hawtio-camel.mjs", karaf.uri("").toString(), ADMIN_USER, karaf.adminPassword(),
                screenshot.toString()), Map.of("CHROMIUM_PATH", chromium.toString()));

        assertThat(wrong.exitCode).as("wrong password: %s", wrong.output).isEqualTo(1);
        assertThat(wrong.output).contains("login rejected");
        assertThat(admin.exitCode).as("browser check: %s", admin.output).isZero();
        assertThat(admin.output).contains("all 14 routes visible").contains("PASS");
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
    }

    private record Run(int exitCode, String output) {}

    /** Runs a command; the password travels as an argument of a child process, never into a file. */
    private static Run run(Path dir, List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!process.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return new Run(-1, output + "\n(timed out)");
        }
        return new Run(process.exitValue(), output);
    }

    @Test
    void karafLogLinesCarryTheCorrelationIdOfTheCall() throws Exception {
        String correlationId = "it-mdc-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String service = fi.ptvintegration.pat.model.PatJson.mapper()
                .writeValueAsString(fi.ptvintegration.pat.model.PatJson.example("service"));
        karaf.post("/cxf/yleiset/put", service, Map.of("Authorization", admin.get("Authorization"), "X-Correlation-Id", correlationId));

        List<String> lines = Files.readAllLines(karaf.home().resolve("data/log/karaf.log")).stream()
                .filter(line -> line.contains("| " + correlationId + " |")).toList();

        assertThat(lines).as("karaf.log lines with the correlation id in its column").isNotEmpty();
    }

    @Test
    void givenTheOutboxPollerStoppedByAnAdminWhenHealthIsAskedThenTheNodeIsDegradedNamingThePoller() throws Exception {
        String poller = jolokiaSearch("org.apache.camel:context=ptv-integration,type=routes,*").stream()
                .filter(name -> name.contains("\"ptv-delivery-poller\"")).findFirst().orElseThrow();
        jolokia(JSON.createObjectNode().put("type", "exec").put("mbean", poller).put("operation", "stop()").toString());
        HttpResponse<String> health;
        HttpResponse<String> ready;
        HttpResponse<String> live;
        String scrape;
        try {
            health = karaf.get("/cxf/health", Map.of());
            ready = karaf.get("/cxf/health/ready", Map.of());
            live = karaf.get("/cxf/health/live", Map.of());
            scrape = karaf.get("/cxf/metrics", Map.of("Authorization", basicAuth(VIEWER_USER, VIEWER_PASSWORD))).body();
        } finally {
            jolokia(JSON.createObjectNode().put("type", "exec").put("mbean", poller).put("operation", "start()").toString());
        }
        Files.writeString(Path.of(System.getProperty("ptv.work.dir")).resolve("health-poller-stopped.json"), health.body());

        JsonNode body = JSON.readTree(health.body());
        assertThat(health.statusCode()).as("the node still takes calls: %s", health.body()).isEqualTo(200);
        assertThat(body.path("status").asText()).isEqualTo("DEGRADED");
        assertThat(body.path("failing").toString()).contains("route:ptv-delivery-poller");
        assertThat(JSON.readTree(ready.body()).path("status").asText()).isEqualTo("DEGRADED");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(scrape).contains("ptv_integration_health_status{node=").contains("status=\"DEGRADED\"} 1")
                .contains("check=\"route:ptv-delivery-poller\",impact=\"DEGRADED\"} 0");
        assertThat(JSON.readTree(karaf.get("/cxf/health", Map.of()).body()).path("status").asText()).as("started again").isEqualTo("UP");
    }

    @Test
    void givenAViewerWhenMetricsAreScrapedThenClusterAndNodeFiguresComeInTextFormatAndAnonymousScrapesAreRefused() throws Exception {
        HttpResponse<String> anonymous = karaf.get("/cxf/metrics", Map.of());
        HttpResponse<String> scrape = karaf.get("/cxf/metrics", Map.of("Authorization", basicAuth(VIEWER_USER, VIEWER_PASSWORD)));
        Files.writeString(Path.of(System.getProperty("ptv.work.dir")).resolve("metrics-scrape.txt"), scrape.body());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(anonymous.body()).path("error").asText()).isEqualTo("unauthorized");
        assertThat(scrape.statusCode()).isEqualTo(200);
        // Jetty may reorder the parameters (text/plain;charset=utf-8;version=0.0.4): Prometheus reads them in any order
        List<String> contentType = java.util.Arrays.stream(scrape.headers().firstValue("Content-Type").orElse("").split(";"))
                .map(part -> part.strip().toLowerCase(java.util.Locale.ROOT)).toList();
        assertThat(contentType).first().isEqualTo("text/plain");
        assertThat(contentType).contains("version=0.0.4", "charset=utf-8").hasSize(3);
        assertThat(scrape.body()).contains("# TYPE ptv_integration_outbox_queue_depth gauge", "ptv_integration_outbox_figures_known 1",
                "# TYPE ptv_integration_deliveries_total counter", "# TYPE ptv_integration_ptv_call_duration_seconds histogram",
                "ptv_integration_build_info{node=", "version=\"" + System.getProperty("ptv.expected.version") + "\"",
                // the embedded H2 file this node runs on, as its compaction route sees it
                "# TYPE ptv_integration_database_file_bytes gauge", "ptv_integration_database_file_live_percent{node=");
        for (String line : scrape.body().split("\n")) {
            assertThat(line).as("a comment or a sample line").matches("# (HELP|TYPE) .*|[a-z_:]+(\\{.*\\})? \\S+");
        }
    }

    @Test
    void givenTheOperationsMBeanWhenAnAdminReplaysFromJolokiaThenItIsAuditedAsJmxAndAViewerIsForbidden() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode record = fi.ptvintegration.pat.model.PatJson.mapper()
                .valueToTree(fi.ptvintegration.pat.model.PatJson.example("organization"));
        record.put("code", "it-jmx-replay");
        karaf.post("/cxf/yleiset/put", record.toString(), admin);
        ptv.faults().add(fi.ptvintegration.ptv.simulator.ScriptedFaults.Fault.refused("{\"OrganizationNames\":[\"JMX test\"]}", 1));
        HttpResponse<String> refused = karaf.post("/cxf/ptv/organization/post/it-jmx-replay", "", admin);
        long id = JSON.readTree(karaf.get("/cxf/ops/deliveries?status=FAILED&code=it-jmx-replay", admin).body())
                .path("items").get(0).path("id").asLong();
        String operations = "fi.ptvintegration:type=Operations,context=ptv-integration";
        String replay = JSON.createObjectNode().put("type", "exec").put("mbean", operations).put("operation", "replay(long)")
                .set("arguments", JSON.createArrayNode().add(id)).toString();

        HttpResponse<String> byViewer = karaf.post("/hawtio/jolokia", replay, Map.of("Authorization", basicAuth(VIEWER_USER,
                VIEWER_PASSWORD)));
        JsonNode byAdmin = jolokia(replay);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(byViewer.body()).path("status").asInt()).as("viewer replaying: %s", byViewer.body()).isEqualTo(403);
        assertThat(byAdmin.path("value").asText()).isEqualTo("Delivery " + id + " is back in the queue.");
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
        while (!karaf.shell("ptv:deliveries --code it-jmx-replay").contains("DELIVERED") && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        assertThat(karaf.shell("ptv:deliveries --code it-jmx-replay")).contains("DELIVERED");
        JsonNode audit = JSON.readTree(karaf.get("/cxf/ops/log?code=it-jmx-replay&outcome=replayed", admin).body());
        assertThat(audit.path("entries").get(0).path("actor").asText()).isEqualTo("jmx:" + ADMIN_USER);
    }

    @Test
    void givenTheShellWhenMisusedOrUsedByAViewerThenItExitsNonZeroAndOffersAViewerOnlyTheViews() throws Exception {
        KarafDistribution.ShellRun misuse = karaf.shellAs(ADMIN_USER, karaf.adminPassword(), "ptv:replay");
        KarafDistribution.ShellRun badStatus = karaf.shellAs(ADMIN_USER, karaf.adminPassword(), "ptv:deliveries --status BOGUS");
        KarafDistribution.ShellRun unknownId = karaf.shellAs(ADMIN_USER, karaf.adminPassword(), "ptv:dismiss 999999");
        KarafDistribution.ShellRun viewerLooks = karaf.shellAs(SHELL_VIEWER, SHELL_VIEWER_PASSWORD, "ptv:failed");
        KarafDistribution.ShellRun viewerActs = karaf.shellAs(SHELL_VIEWER, SHELL_VIEWER_PASSWORD, "ptv:replay --signature 'PTV 503'");

        assertThat(misuse.exitStatus()).as("%s", misuse.output()).isEqualTo(1);
        assertThat(misuse.output()).contains("Give a delivery id or --signature");
        assertThat(badStatus.exitStatus()).as("%s", badStatus.output()).isEqualTo(1);
        assertThat(badStatus.output()).contains("--status must be one of");
        assertThat(unknownId.exitStatus()).isEqualTo(1);
        assertThat(unknownId.output()).contains("No delivery 999999.");
        assertThat(viewerLooks.exitStatus()).as("%s", viewerLooks.output()).isZero();
        assertThat(viewerActs.exitStatus()).isEqualTo(1);
        assertThat(viewerActs.output()).as("the ACL hides actions from viewers").contains("Command not found");
        assertThat(karaf.home().resolve("etc/org.apache.karaf.command.acl.ptv.cfg")).exists();
        assertThat(karaf.home().resolve("etc/jmx.acl.fi.ptvintegration.cfg")).exists();
    }

    @Test
    void givenACallCxfCannotMatchWhenAnsweredThenItIsAJsonRefusalWithItsRecordAndEveryRequestIsInTheAccessLog() throws Exception {
        HttpResponse<String> unknownKind = karaf.post("/cxf/ptv/organisation/post/x", "", Map.of("Authorization",
                admin.get("Authorization"), "X-Correlation-Id", "it-unmatched-1"));
        HttpResponse<String> wrongMethod = karaf.get("/cxf/ptv/organization/post/x", Map.of("X-Correlation-Id", "it-unmatched-2"));

        assertThat(unknownKind.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknownKind.body()).path("error").asText()).isEqualTo("not-found");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
        for (String id : List.of("it-unmatched-1", "it-unmatched-2")) {
            JsonNode log = JSON.readTree(karaf.get("/cxf/ops/log?correlationId=" + id, admin).body());
            assertThat(log.path("count").asInt()).as("records of %s", id).isEqualTo(1);
        }
        List<Path> accessLogs;
        try (var files = Files.list(karaf.home().resolve("data/log"))) {
            accessLogs = files.filter(f -> f.getFileName().toString().endsWith(".request.log")).toList();
        }
        assertThat(accessLogs).as("the access log").isNotEmpty();
        assertThat(Files.readString(accessLogs.get(0))).contains("POST /cxf/ptv/organisation/post/x");
    }

    private static JsonNode jolokiaRead(String mbean, String attribute) throws IOException, InterruptedException {
        String request = JSON.createObjectNode()
                .put("type", "read")
                .put("mbean", mbean)
                .put("attribute", attribute)
                .toString();
        return jolokia(request).path("value");
    }

    private static List<String> jolokiaSearch(String pattern) throws IOException, InterruptedException {
        String request = JSON.createObjectNode().put("type", "search").put("mbean", pattern).toString();
        List<String> names = new ArrayList<>();
        jolokia(request).path("value").forEach(name -> names.add(name.asText()));
        return names;
    }

    private static JsonNode jolokia(String request) throws IOException, InterruptedException {
        HttpResponse<String> response = karaf.post("/hawtio/jolokia", request, admin);
        assertThat(response.statusCode()).as("Jolokia HTTP status for %s", request).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("status").asInt()).as("Jolokia status for %s: %s", request, response.body()).isEqualTo(200);
        return body;
    }

    /** Feature names declared in the application's features descriptor. */
    private static List<String> featureNames(Path featuresXml) throws IOException {
        Matcher feature = Pattern.compile("<feature\\s+name=\"([^\"]+)\"").matcher(Files.readString(featuresXml));
        List<String> names = new ArrayList<>();
        while (feature.find()) {
            names.add(feature.group(1));
        }
        return names;
    }

    private static <T> Iterable<T> iterable(Iterator<T> iterator) {
        return () -> iterator;
    }
}
