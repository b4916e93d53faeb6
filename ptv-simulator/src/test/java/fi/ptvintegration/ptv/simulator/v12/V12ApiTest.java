package fi.ptvintegration.ptv.simulator.v12;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.ptvintegration.ptv.simulator.PtvSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class V12ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static PtvSimulator ptv;

    @BeforeAll
    static void start() {
        ptv = PtvSimulator.start(0, false);
    }

    @AfterAll
    static void stop() {
        ptv.close();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(ptv.baseUrl() + path)).header("x-api-key", "key").GET();
    }

    private static HttpRequest.Builder validate(String schema, String body) {
        return HttpRequest.newBuilder(URI.create(ptv.baseUrl() + "/simulator/v12/validate/" + schema))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    @Test
    void givenAValidConnectionBody_whenValidated_thenValid() throws Exception {
        HttpResponse<String> answer = send(validate("ConnectionRequest",
                "{\"serviceContentId\":\"0b8f5c36-3f0e-4a8e-9d1c-2a8f8b7c1d2e\",\"channelContentId\":\"6c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f\"}"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).path("valid").asBoolean()).isTrue();
    }

    @Test
    void givenAnInvalidBody_whenValidated_thenProblemDetailsWithEveryErrorAsV12GivesThem() throws Exception {
        HttpResponse<String> answer = send(validate("PostWebPageChannelRequest", "{\"organizationContentId\":\"not-a-uuid\"}"));

        assertThat(answer.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(V12Schemas.load().validate("ProblemDetailsWithErrorsType", problem)).isEmpty();
        assertThat(problem.path("errors")).anySatisfy(error -> assertThat(error.path("path").asText()).isEqualTo("/organizationContentId"))
                .anySatisfy(error -> assertThat(error.path("message").asText()).contains("languageVersions"));
    }

    @Test
    void givenNoApiKey_whenReading_then401ProblemDetails() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(ptv.baseUrl() + "/api/v12/service/archived?page=1&pageSize=10"
                + "&archivedAtOrAfter=2026-01-01T00:00:00Z")).GET());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(answer.body()).path("status").asInt()).isEqualTo(401);
    }

    @Test
    void givenAPageSizeOverV12sLimitAndNoArchivingTime_whenListing_then400NamingBoth() throws Exception {
        HttpResponse<String> answer = send(get("/api/v12/service/archived?page=1&pageSize=101"));

        assertThat(answer.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(V12Schemas.load().validate("ProblemDetailsWithErrorsType", problem)).isEmpty();
        assertThat(problem.path("errors").findValuesAsText("path")).containsExactlyInAnyOrder("pageSize", "archivedAtOrAfter");
    }

    @Test
    void givenAnEmptySimulator_whenSearching_thenAnEmptyPageInV12sShape() throws Exception {
        HttpResponse<String> answer = send(get("/api/v12/service/search?page=1&pageSize=100"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(V12Schemas.load().validate("ServiceSearchResponse", JSON.readTree(answer.body()))).isEmpty();
        assertThat(JSON.readTree(answer.body()).path("totalPages").asInt()).isZero();
    }

    @Test
    void givenAnIdNoItemHas_whenRead_then404WithReasonUnknown() throws Exception {
        HttpResponse<String> answer = send(get("/api/v12/organization/00000000-0000-4000-8000-000000000000"));

        assertThat(answer.statusCode()).isEqualTo(404);
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(V12Schemas.load().validate("ProblemDetailsNotFoundType", problem)).isEmpty();
        assertThat(problem.path("reason").asText()).isEqualTo("Unknown");
    }
}
