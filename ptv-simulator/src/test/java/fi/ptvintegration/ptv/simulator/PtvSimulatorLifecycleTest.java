package fi.ptvintegration.ptv.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The simulator archives and restores as PTV 3.4 does: the publishing-status transitions of its
 * {@code PublishingStatusValidator}, an archived item answering 404 to reads and keeping its
 * sourceId, archiving keeping the content, restoring saving the body, and an organisation that
 * services or channels still belong to refused with PTV's 500.
 */
class PtvSimulatorLifecycleTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private PtvSimulator ptv;

    private record Answer(int status, JsonNode body) {}

    @BeforeEach
    void start() {
        ptv = PtvSimulator.start(0, false);
    }

    @AfterEach
    void stop() {
        ptv.close();
    }

    private Answer call(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ptv.baseUrl() + path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body()));
    }

    private String organization(String sourceId, String status) throws Exception {
        Answer created = call("POST", "/api/v11/Organization", """
                {"sourceId":"%s","organizationType":"Municipality","publishingStatus":"%s",
                 "organizationNames":[{"language":"fi","type":"Name","value":"Liikuntapalvelut"}],
                 "organizationDescriptions":[{"language":"fi","type":"Summary","value":"Lyhyesti"}],
                 "displayNameType":[{"language":"fi","type":"Name"}]}""".formatted(sourceId, status));
        assertThat(created.status()).as("create: %s", created.body()).isEqualTo(200);
        return created.body().path("id").asText();
    }

    private String phoneChannel(String sourceId, String organizationId) throws Exception {
        Answer created = call("POST", "/api/v11/ServiceChannel/Phone", """
                {"sourceId":"%s","publishingStatus":"Published","languages":["fi"],"organizationId":"%s",
                 "serviceChannelNames":[{"language":"fi","type":"Name","value":"Neuvonta"}],
                 "serviceChannelDescriptions":[{"language":"fi","type":"Summary","value":"Soita"}],
                 "phoneNumbers":[{"number":"22620000","type":"Phone"}]}""".formatted(sourceId, organizationId));
        assertThat(created.status()).as("create: %s", created.body()).isEqualTo(200);
        return created.body().path("id").asText();
    }

    @Test
    void anArchivedItemAnswers404ToReadsAndKeepsItsSourceIdAndContent() throws Exception {
        String org = organization("org-a", "Published");
        String channel = phoneChannel("phone-a", org);

        Answer archived = call("PUT", "/api/v11/ServiceChannel/Phone/" + channel,
                "{\"publishingStatus\":\"Deleted\",\"sourceId\":\"renamed\",\"serviceChannelNames\":[{\"language\":\"fi\",\"type\":\"Name\",\"value\":\"Uusi\"}]}");

        assertThat(archived.status()).as("archive: %s", archived.body()).isEqualTo(200);
        assertThat(archived.body().path("publishingStatus").asText()).isEqualTo("Deleted");
        assertThat(archived.body().path("sourceId").asText()).as("PTV ignores a sourceId sent with Deleted").isEqualTo("phone-a");
        assertThat(archived.body().path("serviceChannelNames").get(0).path("value").asText()).isEqualTo("Neuvonta");
        assertThat(call("GET", "/api/v11/ServiceChannel/" + channel, null).status()).isEqualTo(404);
        Answer again = call("POST", "/api/v11/ServiceChannel/Phone", """
                {"sourceId":"phone-a","publishingStatus":"Published","languages":["fi"],"organizationId":"%s",
                 "serviceChannelNames":[{"language":"fi","type":"Name","value":"Neuvonta"}],
                 "serviceChannelDescriptions":[{"language":"fi","type":"Summary","value":"Soita"}],
                 "phoneNumbers":[{"number":"22620000","type":"Phone"}]}""".formatted(org));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body().path("SourceId").get(0).asText()).contains("already exists");
    }

    @Test
    void restoringPublishesTheArchivedItemWithTheBodySent() throws Exception {
        String org = organization("org-b", "Published");
        String channel = phoneChannel("phone-b", org);
        call("PUT", "/api/v11/ServiceChannel/Phone/" + channel, "{\"publishingStatus\":\"Deleted\"}");

        Answer restored = call("PUT", "/api/v11/ServiceChannel/Phone/sourceId/phone-b",
                "{\"publishingStatus\":\"Published\",\"serviceChannelNames\":[{\"language\":\"fi\",\"type\":\"Name\",\"value\":\"Palannut\"}]}");

        assertThat(restored.status()).as("restore: %s", restored.body()).isEqualTo(200);
        assertThat(restored.body().path("publishingStatus").asText()).isEqualTo("Published");
        Answer read = call("GET", "/api/v11/ServiceChannel/" + channel, null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().path("serviceChannelNames").get(0).path("value").asText()).isEqualTo("Palannut");
    }

    @Test
    void aPublishedItemCannotGoBackToDraftAndADraftCannotBeArchived() throws Exception {
        String published = organization("org-c", "Published");
        String draft = organization("org-d", "Draft");

        Answer backToDraft = call("PUT", "/api/v11/Organization/" + published, "{\"publishingStatus\":\"Draft\"}");
        Answer archiveDraft = call("PUT", "/api/v11/Organization/" + draft, "{\"publishingStatus\":\"Deleted\"}");
        Answer publishDraft = call("PUT", "/api/v11/Organization/" + draft, "{\"publishingStatus\":\"Published\"}");

        assertThat(backToDraft.status()).isEqualTo(400);
        assertThat(backToDraft.body().path("PublishingStatus").get(0).asText())
                .isEqualTo("You cannot set Publishing status as Draft when current one is Published.");
        assertThat(archiveDraft.status()).isEqualTo(400);
        assertThat(archiveDraft.body().path("PublishingStatus").get(0).asText())
                .isEqualTo("You cannot set Publishing status as Deleted when current one is Draft.");
        assertThat(publishDraft.status()).isEqualTo(200);
    }

    @Test
    void anItemWithUnsavedEditsInTheEditorRefusesEveryUpdate() throws Exception {
        String org = organization("org-e", "Published");
        call("PUT", "/api/v11/Organization/" + org, "{\"publishingStatus\":\"Modified\"}");

        Answer refused = call("PUT", "/api/v11/Organization/" + org, "{\"publishingStatus\":\"Deleted\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("PublishingStatus").get(0).asText()).isEqualTo("You cannot update entity with status Modified.");
    }

    @Test
    void anOrganisationWithLiveChannelsIsRefusedWithPtvsServerErrorUntilTheyAreArchived() throws Exception {
        String org = organization("org-f", "Published");
        String channel = phoneChannel("phone-f", org);

        Answer refused = call("PUT", "/api/v11/Organization/" + org, "{\"publishingStatus\":\"Deleted\"}");
        call("PUT", "/api/v11/ServiceChannel/Phone/" + channel, "{\"publishingStatus\":\"Deleted\"}");
        Answer archived = call("PUT", "/api/v11/Organization/" + org, "{\"publishingStatus\":\"Deleted\"}");

        assertThat(refused.status()).isEqualTo(500);
        assertThat(refused.body().path("errorMessage").asText())
                .isEqualTo("You cannot delete organization " + org + ". Services or service channels attached!");
        assertThat(archived.status()).isEqualTo(200);
        assertThat(call("GET", "/api/v11/Organization/" + org, null).status()).isEqualTo(404);
    }

    @Test
    void anEditorCanArchiveAnItemThroughTheSimulatorsOwnEndpoint() throws Exception {
        String org = organization("org-g", "Published");

        Answer archived = call("POST", "/simulator/items/" + org + "/archive", null);

        assertThat(archived.status()).isEqualTo(200);
        assertThat(archived.body().path("publishingStatus").asText()).isEqualTo("Deleted");
        assertThat(call("GET", "/api/v11/Organization/" + org, null).status()).isEqualTo(404);
        assertThat(call("POST", "/simulator/items/" + UUID.randomUUID() + "/archive", null).status()).isEqualTo(404);
    }
}
