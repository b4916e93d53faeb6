package fi.ptvintegration.ptv.v11;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.PatRecord;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.ptv.http.PtvClientSettings;
import fi.ptvintegration.ptv.port.PtvApiException;
import fi.ptvintegration.ptv.port.PtvReferences;
import fi.ptvintegration.ptv.port.PtvRequest;
import fi.ptvintegration.ptv.port.PtvSaved;
import fi.ptvintegration.ptv.port.PtvTarget;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Archiving and restoring through the v11 adapter, against WireMock answering as PTV 3.4 does:
 * both are the update of the whole object by PTV id with {@code publishingStatus} Deleted or
 * Published, PTV's answer is read like any save, and its refusals are explained.
 */
class V11AdapterStatusChangeTest {

    private static final String ORG_ID = "7fdd7f84-e52a-4c17-a59a-d7c2a3095ed5";
    private static final String SERVICE_ID = "0b7f7a5e-4d7e-4c8e-9f3e-3b2f1c0d9a11";

    private WireMockServer ptv;
    private V11Adapter adapter;

    @BeforeEach
    void start() {
        ptv = new WireMockServer(wireMockConfig().dynamicPort());
        ptv.start();
        adapter = new V11Adapter(new PtvClientSettings(ptv.baseUrl(), "v11", Duration.ofSeconds(2), Duration.ofSeconds(5)),
                () -> "token");
    }

    @AfterEach
    void stop() {
        ptv.stop();
    }

    private PtvRequest service() {
        PatRecord service = PatJson.example("service");
        return adapter.prepare(service, "turku-turku-uimahallit", PtvReferences.none()
                .with(RecordKind.Namespace.ORGANIZATION, "turku-liikuntapalvelut", ORG_ID));
    }

    private void ptvAnswers(String path, int status, String body) {
        ptv.stubFor(put(urlPathEqualTo(path)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    @Test
    void archiveSendsTheWholeServiceByIdWithPublishingStatusDeletedAndReadsTheArchivedItem() throws Exception {
        ptvAnswers("/api/v11/Service/" + SERVICE_ID, 200,
                "{\"id\":\"" + SERVICE_ID + "\",\"sourceId\":\"turku-turku-uimahallit\",\"publishingStatus\":\"Deleted\"}");
        PtvRequest request = service();

        PtvSaved saved = adapter.archive(request, PtvTarget.byId(SERVICE_ID));

        assertThat(saved.ptvId()).isEqualTo(SERVICE_ID);
        assertThat(saved.publishingStatus()).isEqualTo("Deleted");
        assertThat(saved.call().method()).isEqualTo("PUT");
        assertThat(saved.call().path()).isEqualTo("/api/v11/Service/" + SERVICE_ID);
        ptv.verify(putRequestedFor(urlPathEqualTo("/api/v11/Service/" + SERVICE_ID))
                .withRequestBody(matchingJsonPath("$.publishingStatus", equalTo("Deleted")))
                // PTV validates the body of an archiving update as any other: the required lists go with it.
                .withRequestBody(matchingJsonPath("$.serviceNames[0].value"))
                .withRequestBody(matchingJsonPath("$.mainResponsibleOrganization", equalTo(ORG_ID))));
        assertThat(request.json()).as("the prepared request is left as it was").contains("\"publishingStatus\":\"Published\"");
    }

    @Test
    void restoreSendsTheWholeServiceWithPublishingStatusPublished() throws Exception {
        ptvAnswers("/api/v11/Service/" + SERVICE_ID, 200, "{\"id\":\"" + SERVICE_ID + "\",\"publishingStatus\":\"Published\"}");

        PtvSaved saved = adapter.restore(service(), PtvTarget.byId(SERVICE_ID));

        assertThat(saved.publishingStatus()).isEqualTo("Published");
        ptv.verify(putRequestedFor(urlPathEqualTo("/api/v11/Service/" + SERVICE_ID))
                .withRequestBody(matchingJsonPath("$.publishingStatus", equalTo("Published"))));
    }

    @Test
    void archivingAnOrganisationPtvStillHasServicesForIsExplainedAsInUse() {
        PtvRequest organization = adapter.prepare(PatJson.example("organization"), "turku-turku-liikuntapalvelut", PtvReferences.none());
        ptvAnswers("/api/v11/Organization/" + ORG_ID, 500,
                "{\"errorMessage\":\"You cannot delete organization " + ORG_ID + ". Services or service channels attached!\"}");

        PtvApiException refused = catchThrowableOfType(() -> adapter.archive(organization, PtvTarget.byId(ORG_ID)),
                PtvApiException.class);

        assertThat(refused.status()).isEqualTo(500);
        assertThat(refused.organizationInUse()).isTrue();
        assertThat(refused.call()).hasValueSatisfying(call -> {
            assertThat(call.path()).isEqualTo("/api/v11/Organization/" + ORG_ID);
            assertThat(call.requestJson()).contains("\"publishingStatus\":\"Deleted\"");
        });
    }

    @Test
    void archivingAnItemWithUnsavedEditsInPtvIsExplainedAsModified() {
        ptvAnswers("/api/v11/Service/" + SERVICE_ID, 400, "{\"PublishingStatus\":[\"You cannot update entity with status Modified.\"]}");

        PtvApiException refused = catchThrowableOfType(() -> adapter.archive(service(), PtvTarget.byId(SERVICE_ID)),
                PtvApiException.class);

        assertThat(refused.modifiedInEditor()).isTrue();
        assertThat(refused.organizationInUse()).isFalse();
    }
}
