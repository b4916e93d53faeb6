package fi.ptvintegration.routes.push;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.routes.store.Delivery;
import fi.ptvintegration.routes.store.IntegrationLogEntry;
import fi.ptvintegration.routes.store.PtvItem;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PTV's answer to a save is checked before it is stored: an item PTV has saved never turns into
 * a retry loop because a field of the answer does not fit its column. What fits is stored, what
 * does not is named in Drupal's answer, the delivery row and the integration log.
 */
class PtvAnswerFieldsTest extends PushTestSupport {

    private void ptvAnswers(String id, String publishingStatus) {
        ptv.stubFor(post(urlPathEqualTo("/api/v11/Organization")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + id + "\",\"sourceId\":\"turku-turku-liikuntapalvelut\",\"publishingStatus\":\""
                        + publishingStatus + "\"}")));
    }

    @Test
    void givenPtvAnswersAStatusLongerThanItsColumnWhenPushedThenTheItemIsDeliveredOnceWithoutIt() throws Exception {
        String status = "PublishedAwaitingTranslationReview";
        ptvAnswers(ORG_ID, status);

        Answer answer = push("postOrganization", "turku-liikuntapalvelut");

        assertThat(answer.status()).as("answer %s", answer.body()).isEqualTo(200);
        assertThat(answer.body().path("ptvId").asText()).isEqualTo(ORG_ID);
        assertThat(answer.body().has("publishingStatus")).isFalse();
        assertThat(answer.body().path("notStored").get(0).asText()).contains("publishing status").contains(status);
        PtvItem item = application.items().find(RecordKind.Namespace.ORGANIZATION, "turku-liikuntapalvelut").orElseThrow();
        assertThat(item.ptvId()).isEqualTo(ORG_ID);
        assertThat(item.publishingStatus()).isNull();
        Delivery delivery = deliveries().find(answer.body().path("messageId").asLong()).orElseThrow();
        assertThat(delivery.status()).isEqualTo(Delivery.DELIVERED);
        assertThat(delivery.lastError()).startsWith("delivered; ").contains(status);
        List<IntegrationLogEntry> log = application.log().byCorrelationId(answer.body().path("correlationId").asText());
        assertThat(log).filteredOn(e -> "OUT".equals(e.direction())).singleElement()
                .satisfies(out -> assertThat(out.error()).contains("not stored"));
        ptv.verify(1, postRequestedFor(urlPathEqualTo("/api/v11/Organization")));
    }

    @Test
    void givenPtvAnswersAnIdThatIsNotAUuidWhenPushedThenItIsDeliveredUnmappedOnceAndTheRowSaysSo() throws Exception {
        ptvAnswers("item-12345", "Published");

        Answer answer = push("postOrganization", "turku-liikuntapalvelut");

        assertThat(answer.status()).as("answer %s", answer.body()).isEqualTo(200);
        assertThat(answer.body().has("ptvId")).isFalse();
        assertThat(answer.body().path("publishingStatus").asText()).isEqualTo("Published");
        assertThat(answer.body().path("notStored").get(0).asText()).contains("no id");
        assertThat(application.items().find(RecordKind.Namespace.ORGANIZATION, "turku-liikuntapalvelut")).isEmpty();
        Delivery delivery = deliveries().find(answer.body().path("messageId").asLong()).orElseThrow();
        assertThat(delivery.status()).isEqualTo(Delivery.DELIVERED);
        assertThat(delivery.lastError()).contains("no id");
        ptv.verify(1, postRequestedFor(urlPathEqualTo("/api/v11/Organization")));
    }
}
