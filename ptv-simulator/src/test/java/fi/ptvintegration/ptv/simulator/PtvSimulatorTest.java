package fi.ptvintegration.ptv.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PtvSimulatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORGANIZATION = """
            {"sourceId":"turku-liikunta","organizationType":"Municipality","publishingStatus":"Draft",
             "organizationNames":[{"language":"fi","type":"Name","value":"Liikuntapalvelut"}],
             "organizationDescriptions":[{"language":"fi","type":"Summary","value":"Lyhyesti"}],
             "displayNameType":[{"language":"fi","type":"Name"}],
             "emails":[{"language":"fi","value":"a@turku.fi"}]}""";

    private final HttpClient http = HttpClient.newHttpClient();
    private PtvSimulator ptv;

    @AfterEach
    void stop() {
        if (ptv != null) {
            ptv.close();
        }
    }

    private record Answer(int status, JsonNode body) {}

    private Answer call(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ptv.baseUrl() + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body()));
    }

    @Test
    void createAnswersTheSavedItemWithANewGuidAndKeepsIt() throws Exception {
        ptv = PtvSimulator.start(0, false);

        Answer created = call("POST", "/api/v11/Organization", ORGANIZATION, null);

        assertThat(created.status()).isEqualTo(200);
        String id = created.body().path("id").asText();
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(created.body().path("sourceId").asText()).isEqualTo("turku-liikunta");
        assertThat(ptv.items().all("Organization")).singleElement().satisfies(item -> assertThat(item.id()).isEqualTo(id));
        assertThat(ptv.items().byId(id).orElseThrow().body().path("organizationType").asText()).isEqualTo("Municipality");
        assertThat(call("GET", "/api/v11/Organization/" + id, null, null).status()).as("a draft is not public, as in PTV").isEqualTo(404);
    }

    @Test
    void aDuplicateSourceIdOnCreateAlreadyExists() throws Exception {
        ptv = PtvSimulator.start(0, false);
        call("POST", "/api/v11/Organization", ORGANIZATION, null);

        Answer again = call("POST", "/api/v11/Organization", ORGANIZATION, null);

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body().path("SourceId").get(0).asText()).contains("already exists");
    }

    @Test
    void invalidBodiesGetPtvsFieldMap() throws Exception {
        ptv = PtvSimulator.start(0, false);
        String invalid = """
                {"sourceId":"bad_id","organizationType":"Municipality","publishingStatus":"Draft",
                 "organizationNames":[{"language":"sv","type":"Name","value":"x"}],
                 "organizationDescriptions":[{"language":"fi","type":"Summary","value":"%s"}],
                 "displayNameType":[{"language":"fi","type":"Name"}]}""".formatted("y".repeat(151));

        Answer refused = call("POST", "/api/v11/Organization", invalid, null);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("SourceId").get(0).asText()).contains("^[A-Za-z0-9-.]*$");
        assertThat(refused.body().path("OrganizationNames").get(0).asText()).contains("Required value 'Name'").contains("'fi'");
        assertThat(refused.body().path("OrganizationDescriptions").get(0).asText()).contains("150");
    }

    @Test
    void updateBySourceIdOrIdAndA404ForTheUnknown() throws Exception {
        ptv = PtvSimulator.start(0, false);
        String id = call("POST", "/api/v11/Organization", ORGANIZATION, null).body().path("id").asText();

        Answer bySourceId = call("PUT", "/api/v11/Organization/sourceId/turku-liikunta",
                "{\"publishingStatus\":\"Published\",\"deleteAllEmails\":true}", null);
        Answer byId = call("PUT", "/api/v11/Organization/" + id, "{\"publishingStatus\":\"Published\",\"oid\":\"1.2.3\"}", null);
        Answer unknown = call("PUT", "/api/v11/Organization/sourceId/nobody", "{\"publishingStatus\":\"Draft\"}", null);

        assertThat(bySourceId.status()).isEqualTo(200);
        assertThat(bySourceId.body().path("id").asText()).isEqualTo(id);
        assertThat(bySourceId.body().path("emails")).as("deleteAllEmails cleared the list").isEmpty();
        assertThat(byId.body().path("oid").asText()).isEqualTo("1.2.3");
        assertThat(byId.body().path("sourceId").asText()).isEqualTo("turku-liikunta");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().path("errorMessage").asText()).contains("nobody");
    }

    @Test
    void channelsShareOneSourceIdNamespaceAndConnectionsAreReplacedWhole() throws Exception {
        ptv = PtvSimulator.start(0, false);
        String service = call("POST", "/api/v11/Service", """
                {"sourceId":"s1","publishingStatus":"Draft","languages":["fi"],"mainResponsibleOrganization":"%s",
                 "fundingType":"PubliclyFunded","serviceProducers":[{"provisionType":"SelfProducedServices"}],
                 "serviceNames":[{"language":"fi","type":"Name","value":"Uinti"}],
                 "serviceDescriptions":[{"language":"fi","type":"Summary","value":"Uintia"}]}""".formatted(java.util.UUID.randomUUID()),
                null).body().path("id").asText();
        String phone = channel("Phone", "c1", "\"phoneNumbers\":[{\"type\":\"Phone\",\"number\":\"22620000\"}]");
        String page = channel("WebPage", "c2", "\"webPage\":[{\"language\":\"fi\",\"value\":\"https://www.turku.fi\"}],"
                + "\"accessibilityClassification\":[{\"language\":\"fi\",\"accessibilityClassificationLevel\":\"Unknown\"}]");

        Answer duplicate = call("POST", "/api/v11/ServiceChannel/WebPage", channelBody("c1", "\"webPage\":[{}],\"accessibilityClassification\":[{}]"), null);
        Answer both = call("PUT", "/api/v11/Connection/serviceId/" + service,
                "{\"channelRelations\":[{\"serviceChannelId\":\"" + phone + "\"},{\"serviceChannelId\":\"" + page + "\"}]}", null);
        Answer onlyPage = call("PUT", "/api/v11/Connection/serviceId/" + service,
                "{\"channelRelations\":[{\"serviceChannelId\":\"" + page + "\"}]}", null);
        Answer unknownChannel = call("PUT", "/api/v11/Connection/serviceId/" + service,
                "{\"channelRelations\":[{\"serviceChannelId\":\"" + java.util.UUID.randomUUID() + "\"}]}", null);

        assertThat(duplicate.status()).as("a phone's sourceId is taken for web pages too").isEqualTo(400);
        assertThat(both.body().path("serviceChannels")).hasSize(2);
        assertThat(onlyPage.body().path("serviceChannels")).hasSize(1);
        assertThat(onlyPage.body().path("serviceChannels").get(0).path("serviceChannel").path("id").asText()).isEqualTo(page);
        assertThat(unknownChannel.status()).isEqualTo(400);
    }

    private String channel(String kind, String sourceId, String extra) throws Exception {
        Answer created = call("POST", "/api/v11/ServiceChannel/" + kind, channelBody(sourceId, extra), null);
        assertThat(created.status()).as("create %s: %s", kind, created.body()).isEqualTo(200);
        return created.body().path("id").asText();
    }

    private static String channelBody(String sourceId, String extra) {
        return """
                {"sourceId":"%s","publishingStatus":"Draft","languages":["fi"],"organizationId":"%s",
                 "serviceChannelNames":[{"language":"fi","type":"Name","value":"Kanava"}],
                 "serviceChannelDescriptions":[{"language":"fi","type":"Summary","value":"Lyhyesti"}],%s}"""
                .formatted(sourceId, java.util.UUID.randomUUID(), extra);
    }

    @Test
    void tokensAreIssuedWithAnExpiryAndRefusedWhenUnknownOrExpired() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
        ptv = PtvSimulator.start(0, true, Duration.ofHours(1), clock);

        Answer login = call("POST", "/api/auth/api-login", "{\"username\":\"turku\",\"password\":\"pw\"}", null);
        String token = login.body().path("ptvToken").asText();
        Answer withToken = call("POST", "/api/v11/Organization", ORGANIZATION, token);
        Answer without = call("PUT", "/api/v11/Organization/sourceId/turku-liikunta", "{\"publishingStatus\":\"Draft\"}", null);
        Answer forged = call("PUT", "/api/v11/Organization/sourceId/turku-liikunta", "{\"publishingStatus\":\"Draft\"}", "forged");
        clock.now = clock.now.plus(Duration.ofMinutes(61));
        Answer expired = call("PUT", "/api/v11/Organization/sourceId/turku-liikunta", "{\"publishingStatus\":\"Draft\"}", token);

        assertThat(login.status()).isEqualTo(200);
        assertThat(token.split("\\.")).hasSize(3);
        assertThat(withToken.status()).isEqualTo(200);
        assertThat(without.status()).isEqualTo(401);
        assertThat(forged.status()).isEqualTo(401);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(call("POST", "/api/auth/api-login", "{\"username\":\"turku\"}", null).status()).isEqualTo(401);
    }

    @Test
    void theConfiguredLatencyDelaysEveryAnswer() throws Exception {
        ptv = PtvSimulator.start(0, false);
        ptv.items().setLatencyMillis(200);

        long started = System.nanoTime();
        call("POST", "/api/v11/Organization", ORGANIZATION, null);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
