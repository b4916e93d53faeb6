package fi.ptvintegration.routes.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.pat.sourceid.SourceIdMapping;
import fi.ptvintegration.ptv.adapters.PtvAdapters;
import fi.ptvintegration.ptv.http.PtvApiKey;
import fi.ptvintegration.ptv.http.PtvClientSettings;
import fi.ptvintegration.ptv.http.PtvTokenSource;
import fi.ptvintegration.ptv.simulator.PtvSimulator;
import fi.ptvintegration.routes.ptv.PtvAccounts;
import fi.ptvintegration.routes.ptv.PtvFailures;
import fi.ptvintegration.routes.push.PtvPushRouteBuilder;
import fi.ptvintegration.routes.runtime.ApplicationSettings;
import fi.ptvintegration.routes.runtime.ApplicationTestSupport;
import fi.ptvintegration.routes.store.Delivery;
import fi.ptvintegration.routes.store.IntegrationLogEntry;
import fi.ptvintegration.routes.store.PtvItem;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code api.version = v12} before DVV publishes v12's write paths: a push is answered as the
 * configuration error it is (nothing sent to PTV, the delivery kept as failed under its own
 * signature for a replay once v11 is configured again), and a valid record that v12 cannot take
 * is answered with v12's reasons in PAT terms. Against the PTV simulator's v12 API.
 */
class V12ConfiguredTest extends ApplicationTestSupport {

    private static final String API_KEY = "drupal-key";
    private final PtvSimulator ptv = PtvSimulator.start(0, true);

    @Override
    protected ApplicationSettings settings() {
        return super.settings()
                .with(new ApplicationSettings.Intake(List.of(API_KEY), "karaf", "ptv-intake", 1_048_576))
                .with(new ApplicationSettings.Push(new SourceIdMapping("turku-"), false));
    }

    @Override
    protected PtvAccounts ptvAccounts() {
        PtvClientSettings settings = new PtvClientSettings(ptv.baseUrl(), "v12", Duration.ofSeconds(5), Duration.ofSeconds(10));
        return new PtvAccounts(PtvAdapters.connect(settings, PtvTokenSource.none(), PtvApiKey.of("v12-key")), Map.of());
    }

    @AfterEach
    void stopPtv() {
        ptv.close();
    }

    @Test
    void aPushIsAConfigurationErrorAndNothingReachesPtv() throws Exception {
        store(example("organization"));

        Answer answer = push("organization", "post", "turku-liikuntapalvelut");

        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(503);
        assertThat(answer.body().path("error").asText()).isEqualTo(PtvFailures.WRITES_UNAVAILABLE);
        assertThat(answer.body().path("message").asText()).contains("v12 write paths").contains("api.version = v11")
                .contains("replay");
        assertThat(ptv.items().creates()).isZero();
        Delivery delivery = application.deliveries().list(Delivery.FAILED, null, "turku-liikuntapalvelut", 10).get(0);
        assertThat(delivery.failureSignature()).isEqualTo(PtvFailures.WRITES_UNAVAILABLE_SIGNATURE);
        assertThat(delivery.lastStatus()).isNull();
        List<IntegrationLogEntry> records = application.log().byCorrelationId(answer.body().path("correlationId").asText());
        assertThat(records).extracting(IntegrationLogEntry::httpStatus).contains(503);
        assertThat(records).noneMatch(entry -> "outbound".equalsIgnoreCase(entry.direction()));
    }

    @Test
    void aRecordV12CannotTakeIsAValidationAnswerInPatTerms() throws Exception {
        ObjectNode organisation = example("organization");
        organisation.remove("businessCode");
        store(organisation);

        Answer answer = push("organization", "post", "turku-liikuntapalvelut");

        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(422);
        assertThat(answer.body().path("error").asText()).isEqualTo("validation");
        assertThat(answer.body().path("violations").get(0).path("path").asText()).isEqualTo("businessCode");
        assertThat(answer.body().path("violations").get(0).path("rule").asText()).isEqualTo("v12-required");
        assertThat(ptv.items().creates()).isZero();
    }

    @Test
    void anArchiveIsTheSameConfigurationErrorAndNothingReachesPtv() throws Exception {
        store(example("organization"));
        application.items().save(RecordKind.Namespace.ORGANIZATION, new PtvItem("turku-liikuntapalvelut", "turku-turku-liikuntapalvelut",
                "5f3c0a66-2a5b-4f5e-9b56-3c0f8d2f1a11", "Published", 1, null, java.time.OffsetDateTime.now(), null));
        application.records().remove(RecordKind.ORGANIZATION, "turku-liikuntapalvelut", "test");

        Answer answer = push("organization", "archive", "turku-liikuntapalvelut");

        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(503);
        assertThat(answer.body().path("error").asText()).isEqualTo(PtvFailures.WRITES_UNAVAILABLE);
        assertThat(ptv.items().creates()).isZero();
        Delivery delivery = application.deliveries().list(Delivery.FAILED, null, "turku-liikuntapalvelut", 10).get(0);
        assertThat(delivery.failureSignature()).isEqualTo(PtvFailures.WRITES_UNAVAILABLE_SIGNATURE);
    }

    private static ObjectNode example(String kind) {
        return PatJson.mapper().valueToTree(PatJson.example(kind));
    }

    private void store(ObjectNode record) throws Exception {
        application.records().put(RecordKind.fromJsonName(record.path("kind").asText()).orElseThrow(), record.path("code").asText(),
                PatJson.mapper().writeValueAsString(PatJson.mapper().treeToValue(record, PatRecord.class)), "test");
    }

    private Answer push(String kind, String operation, String code) {
        return call(PtvPushRouteBuilder.ROUTE_ID, null, Map.of("kind", kind, "operation", operation, "code", code, "X-API-Key", API_KEY,
                Exchange.HTTP_PATH, "/" + kind + "/" + operation + "/" + code));
    }
}
