package fi.ptvintegration.routes.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.ptv.simulator.ScriptedFaults;
import fi.ptvintegration.routes.runtime.SimulatedPtvTestSupport;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where a record stands, for Drupal ({@code GET /cxf/ptv/{kind}/status/{code}}): PTV id,
 * publishing status, sourceId, whether PTV has the current stored version, the last delivery and
 * the pending one; and a push answered 202 points at it with {@code Location}.
 */
class ItemStatusTest extends SimulatedPtvTestSupport {

    private static final String ORG = "turku-liikuntapalvelut";

    @Test
    void givenARecordNeverPushedThenItsStatusSaysSoWithTheSourceIdItWillGet() {
        put(example("organization", Map.of()));

        Answer status = status("organization", ORG);

        assertThat(status.status()).as("%s", status.body()).isEqualTo(200);
        JsonNode body = status.body();
        assertThat(body.path("sourceId").asText()).isEqualTo("turku-" + ORG);
        assertThat(body.has("ptvId")).isFalse();
        assertThat(body.path("ptvCurrent").asBoolean()).isFalse();
        assertThat(body.path("stored").path("version").asInt()).isEqualTo(1);
        assertThat(body.has("lastDelivery")).isFalse();
        assertThat(body.has("pendingDelivery")).isFalse();
    }

    @Test
    void givenADeliveredRecordThenPtvHasTheCurrentVersionUntilTheRecordChanges() throws Exception {
        put(example("organization", Map.of()));
        Answer pushed = push("organization", "post", ORG);

        JsonNode delivered = status("organization", ORG).body();
        update(example("organization", Map.of("businessCode", "0204819-8", "oid", "1.2.246.10.2048198.10.1")));
        JsonNode changed = status("organization", ORG).body();

        assertThat(delivered.path("ptvId").asText()).isEqualTo(pushed.body().path("ptvId").asText());
        assertThat(delivered.path("publishingStatus").asText()).isEqualTo("Published");
        assertThat(delivered.path("ptvCurrent").asBoolean()).isTrue();
        assertThat(delivered.path("ptv").path("version").asInt()).isEqualTo(1);
        assertThat(delivered.path("lastDelivery").path("messageId").asLong()).isEqualTo(pushed.body().path("messageId").asLong());
        assertThat(delivered.path("lastDelivery").path("operation").asText()).isEqualTo("post");
        assertThat(delivered.path("lastDelivery").path("status").asText()).isEqualTo("DELIVERED");
        assertThat(delivered.path("lastDelivery").path("at").asText()).isNotBlank();
        assertThat(changed.path("ptvCurrent").asBoolean()).isFalse();
        assertThat(changed.path("stored").path("version").asInt()).isEqualTo(2);
    }

    @Test
    void aQueuedPushAnswers202WithALocationAtTheStatusWhichShowsThePendingDelivery() throws Exception {
        put(example("organization", Map.of()));
        ptv.faults().add(ScriptedFaults.Fault.status(503, 2));

        Answer queued = push("organization", "post", ORG);

        assertThat(queued.status()).isEqualTo(202);
        assertThat(queued.raw().getHeaderString("Location")).isEqualTo("/cxf/ptv/organization/status/" + ORG);
        JsonNode status = status("organization", ORG).body();
        assertThat(status.path("pendingDelivery").path("messageId").asLong()).isEqualTo(queued.body().path("messageId").asLong());
        assertThat(status.path("pendingDelivery").path("status").asText()).isIn("PENDING", "IN_FLIGHT");
        assertThat(status.path("pendingDelivery").path("error").asText()).contains("503");
        settled(queued.body().path("messageId").asLong());
        assertThat(status("organization", ORG).body().path("ptvCurrent").asBoolean()).isTrue();
    }

    @Test
    void aChannelsStatusIsUnderServicechannelAndItsCodeIsEncodedInTheLocation() throws Exception {
        put(example("organization", Map.of()));
        push("organization", "post", ORG);
        put(example("phone", Map.of("code", "puhelin ä/1")));

        Answer queued = push("phone", "post", "puhelin ä/1", Map.of("Prefer", "respond-async"));

        assertThat(queued.status()).isEqualTo(202);
        assertThat(queued.raw().getHeaderString("Location")).isEqualTo("/cxf/ptv/servicechannel/phone/status/puhelin%20%C3%A4%2F1");
        assertThat(status("phone", "puhelin ä/1").body().path("pendingDelivery").path("operation").asText()).isEqualTo("post");
    }

    @Test
    void givenARemovedRecordThenPtvIsCurrentOnceItsItemIsArchived() throws Exception {
        put(example("organization", Map.of()));
        push("organization", "post", ORG);
        put(example("webpage", Map.of()));
        push("webpage", "post", "turku-uimahallit-verkkosivu");
        remove("webpage", "turku-uimahallit-verkkosivu");

        JsonNode removed = status("webpage", "turku-uimahallit-verkkosivu").body();
        push("webpage", "archive", "turku-uimahallit-verkkosivu");
        JsonNode archived = status("webpage", "turku-uimahallit-verkkosivu").body();

        assertThat(removed.path("stored").path("removedAt").asText()).isNotBlank();
        assertThat(removed.path("ptvCurrent").asBoolean()).isFalse();
        assertThat(archived.path("ptvCurrent").asBoolean()).isTrue();
        assertThat(archived.path("publishingStatus").asText()).isEqualTo("Deleted");
        assertThat(archived.path("ptv").path("archivedAt").asText()).isNotBlank();
        assertThat(archived.path("lastDelivery").path("operation").asText()).isEqualTo("archive");
        assertThat(application.items().link(RecordKind.Namespace.CHANNEL, "turku-uimahallit-verkkosivu").orElseThrow().archived()).isTrue();
    }

    @Test
    void theStatusOfAnUnknownCodeIsNotFoundAndEveryStatusCallIsLogged() throws Exception {
        Answer unknown = status("service", "nobody");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(application.log().byCorrelationId(unknown.body().path("correlationId").asText())).hasSize(1);
    }
}
