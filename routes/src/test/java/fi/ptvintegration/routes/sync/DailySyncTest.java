package fi.ptvintegration.routes.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.routes.runtime.SimulatedPtvTestSupport;
import fi.ptvintegration.routes.store.IntegrationLogEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The daily sync against the PTV simulator: what was never delivered is created, what changed is
 * updated (a service also when only its connections changed), what Drupal removed is archived,
 * organisations go before the channels and services that name them and are archived after them,
 * the dry run says exactly what the run sends, and a second sync right after sends nothing.
 */
class DailySyncTest extends SimulatedPtvTestSupport {

    private static final List<String> CHANNELS = List.of("echannel", "phone", "servicelocation", "printableform", "webpage");

    @BeforeEach
    void theShippedExamplesStored() {
        put(example("organization", Map.of()));
        CHANNELS.forEach(kind -> put(example(kind, Map.of())));
        put(example("service", Map.of()));
        put(example("offering", Map.of()));
    }

    /** The batch's deliveries by kind and operation, as the progress counts them (every status). */
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

    private static Map<String, Integer> planned(JsonNode plan) {
        Map<String, Integer> planned = new TreeMap<>();
        plan.path("counts").forEach(c -> planned.put(c.path("kind").asText() + " " + c.path("operation").asText(), c.path("count").asInt()));
        return planned;
    }

    @Test
    void givenNothingInPtvWhenTheSyncRunsThenEverythingIsCreatedOrganisationFirstAsTheDryRunSaid() throws Exception {
        JsonNode dryRun = ops("syncPlan", Map.of()).body();

        JsonNode progress = syncAndWait();

        assertThat(progress.path("state").asText()).isEqualTo("FINISHED");
        assertThat(progress.path("counts").path("DELIVERED").asInt()).as("%s", progress).isEqualTo(7);
        assertThat(sent(progress)).isEqualTo(planned(dryRun));
        assertThat(planned(dryRun)).containsEntry("organization CREATE", 1).containsEntry("service CREATE", 1)
                .containsEntry("phone CREATE", 1).hasSize(7);
        assertThat(dryRun.path("phases").findValuesAsText("phase"))
                .containsExactly("organizations, level 0", "channels", "services and their connections");
        assertThat(progress.path("itemsPerSecond").asDouble()).isPositive();
        assertThat(ptv.items().all("ServiceChannel")).hasSize(5);
        String serviceId = ptvIdOf(RecordKind.Namespace.SERVICE, "turku-uimahallit");
        assertThat(inPtv(serviceId).orElseThrow().body().path("serviceChannels")).as("the offering became a connection").hasSize(1);
        List<String> calls = new ArrayList<>();
        application.log().byCorrelationId(progress.path("batch").asText()).stream()
                .filter(e -> "OUT".equals(e.direction()) && "POST".equals(e.method())).map(IntegrationLogEntry::endpoint)
                .forEach(calls::add);
        assertThat(calls.get(0)).as("the organisation is created before what names it").isEqualTo("/api/v11/Organization");
        assertThat(calls.get(calls.size() - 1)).isEqualTo("/api/v11/Service");
    }

    @Test
    void givenASyncJustFinishedWhenAnotherRunsThenItSendsNothing() throws Exception {
        syncAndWait();
        long creates = ptv.items().creates();
        long updates = ptv.items().updates();

        JsonNode dryRun = ops("syncPlan", Map.of()).body();
        JsonNode second = syncAndWait();

        assertThat(dryRun.path("planned").asInt()).isZero();
        assertThat(second.path("state").asText()).isEqualTo("FINISHED");
        assertThat(second.path("planned").asInt()).isZero();
        assertThat(second.path("done").asInt()).isZero();
        assertThat(ptv.items().creates()).isEqualTo(creates);
        assertThat(ptv.items().updates()).isEqualTo(updates);
    }

    @Test
    void givenChangesAndRemovalsWhenTheSyncRunsThenExactlyThoseAreSent() throws Exception {
        syncAndWait();
        assertThat(update(example("phone", Map.of("names", Map.of("fi", "Liikuntaneuvonta", "sv", "Idrottsrådgivning")))).status())
                .isEqualTo(200);
        remove("webpage", "turku-uimahallit-verkkosivu");
        remove("offering", "turku-uimahallit-impivaara");
        String webpageId = ptvIdOf(RecordKind.Namespace.CHANNEL, "turku-uimahallit-verkkosivu");

        JsonNode dryRun = ops("syncPlan", Map.of()).body();
        JsonNode progress = syncAndWait();

        assertThat(planned(dryRun)).isEqualTo(Map.of("phone UPDATE", 1, "service UPDATE", 1, "webpage ARCHIVE", 1));
        assertThat(sent(progress)).isEqualTo(planned(dryRun));
        assertThat(progress.path("counts").path("DELIVERED").asInt()).isEqualTo(3);
        assertThat(inPtv(webpageId).orElseThrow().body().path("publishingStatus").asText()).isEqualTo("Deleted");
        String serviceId = ptvIdOf(RecordKind.Namespace.SERVICE, "turku-uimahallit");
        assertThat(inPtv(serviceId).orElseThrow().body().path("serviceChannels")).as("the removed offering's connection is gone").isEmpty();
        assertThat(syncAndWait().path("planned").asInt()).as("and then nothing more").isZero();
    }

    @Test
    void givenANewOfferingThenTheServiceIsUpdatedWithItsConnectionsAlthoughTheServiceDidNotChange() throws Exception {
        syncAndWait();
        put(example("offering", Map.of("code", "turku-uimahallit-neuvonta", "channelCode", "turku-liikuntaneuvonta-puhelin")));

        JsonNode dryRun = ops("syncPlan", Map.of()).body();
        syncAndWait();

        assertThat(planned(dryRun)).isEqualTo(Map.of("service UPDATE", 1));
        String serviceId = ptvIdOf(RecordKind.Namespace.SERVICE, "turku-uimahallit");
        assertThat(inPtv(serviceId).orElseThrow().body().path("serviceChannels")).hasSize(2);
    }

    @Test
    void givenEverythingRemovedWhenTheSyncRunsThenServicesAndChannelsAreArchivedBeforeTheirOrganisation() throws Exception {
        update(example("printableform", Map.of("publishingStatus", "Published")));
        syncAndWait();
        remove("service", "turku-uimahallit");
        CHANNELS.forEach(kind -> remove(kind, codeOf(kind)));
        assertThat(remove("organization", "turku-liikuntapalvelut").status()).isEqualTo(200);

        JsonNode dryRun = ops("syncPlan", Map.of()).body();
        JsonNode progress = syncAndWait();

        assertThat(dryRun.path("phases").findValuesAsText("phase"))
                .containsExactly("services archived", "channels archived", "organizations archived, level 0");
        assertThat(progress.path("counts").path("FAILED").asInt()).as("%s", progress).isZero();
        assertThat(progress.path("counts").path("DELIVERED").asInt()).isEqualTo(7);
        assertThat(ptv.items().all("Organization")).singleElement().satisfies(o -> assertThat(o.body().path("publishingStatus").asText())
                .as("archived once its channels and services were").isEqualTo("Deleted"));
    }

    @Test
    void givenADraftThatStaysInPtvThenItAndItsOrganisationAreLeftOutSayingWhy() throws Exception {
        syncAndWait();
        remove("service", "turku-uimahallit");
        CHANNELS.forEach(kind -> remove(kind, codeOf(kind)));
        remove("organization", "turku-liikuntapalvelut");

        JsonNode dryRun = ops("syncPlan", Map.of()).body();
        JsonNode progress = syncAndWait();

        assertThat(dryRun.path("skipped")).extracting(s -> s.path("code").asText() + ": " + s.path("reason").asText())
                .anySatisfy(s -> assertThat(s).startsWith("turku-vuorohakemus-lomake: a draft in PTV"))
                .anySatisfy(s -> assertThat(s).startsWith("turku-liikuntapalvelut: printableform 'turku-vuorohakemus-lomake' names it"));
        assertThat(planned(dryRun)).doesNotContainKey("organization ARCHIVE").doesNotContainKey("printableform ARCHIVE");
        assertThat(progress.path("counts").path("FAILED").asInt()).as("nothing PTV would refuse is sent: %s", progress).isZero();
        assertThat(progress.path("plan").path("skipped")).hasSize(2);
    }

    @Test
    void givenABatchRunningWhenAnotherIsStartedThenItIsRefusedNamingTheRunningOne() throws Exception {
        ptv.items().setLatencyMillis(300);
        Answer first = ops("startSync", Map.of());

        Answer second = ops("startSync", Map.of());

        assertThat(first.status()).isEqualTo(202);
        assertThat(first.raw().getHeaderString("Location")).isEqualTo("/cxf/ops/sync/" + first.body().path("batch").asText());
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body().path("error").asText()).isEqualTo("sync-running");
        assertThat(second.body().path("message").asText()).contains(first.body().path("batch").asText());
        JsonNode running = ops("syncProgress", Map.of("batch", first.body().path("batch").asText())).body();
        assertThat(running.path("state").asText()).isEqualTo("RUNNING");
        assertThat(running.path("planned").asInt()).isEqualTo(7);
    }

    @Test
    void anUnknownBatchIsNotFound() {
        assertThat(ops("syncProgress", Map.of("batch", "nobody")).status()).isEqualTo(404);
    }

    /** The code of a shipped example. */
    private static String codeOf(String kind) {
        return example(kind, Map.of()).path("code").asText();
    }
}
