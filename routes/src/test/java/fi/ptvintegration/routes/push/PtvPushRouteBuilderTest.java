package fi.ptvintegration.routes.push;

import fi.ptvintegration.routes.delivery.PtvDeliveryRouteBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.pat.sourceid.SourceIdMapping;
import fi.ptvintegration.pat.validation.PatValidator;
import fi.ptvintegration.pat.validation.ReferenceData;
import fi.ptvintegration.ptv.adapters.PtvAdapters;
import fi.ptvintegration.ptv.http.PtvClientSettings;
import fi.ptvintegration.ptv.http.PtvTokenSource;
import fi.ptvintegration.routes.http.Authenticator;
import fi.ptvintegration.routes.http.CallLogProcessor;
import fi.ptvintegration.routes.http.RefusalProcessor;
import fi.ptvintegration.routes.http.JsonAnswerProcessor;
import fi.ptvintegration.routes.delivery.DeliveryMetrics;
import fi.ptvintegration.routes.delivery.RetryPolicy;
import fi.ptvintegration.routes.delivery.DeliveredProcessor;
import fi.ptvintegration.routes.delivery.DeliveryFailureProcessor;
import fi.ptvintegration.routes.delivery.DeliveryPollProcessor;
import fi.ptvintegration.routes.delivery.PtvSendProcessor;
import fi.ptvintegration.routes.store.DeliveryStore;
import fi.ptvintegration.routes.delivery.StoredRecordLoader;
import fi.ptvintegration.routes.store.DatabaseMigrations;
import fi.ptvintegration.routes.store.CommitCountingDataSource;
import fi.ptvintegration.routes.store.IntegrationLogEntry;
import fi.ptvintegration.routes.store.IntegrationLogStore;
import fi.ptvintegration.routes.store.PatStore;
import fi.ptvintegration.routes.store.PtvItem;
import fi.ptvintegration.routes.store.PtvItemStore;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.ws.rs.core.Response;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PtvPushRouteBuilderTest extends PushTestSupport {

    @Test
    void postCreatesInPtvAndAnswersWithThePtvIdAndStatus() throws Exception {
        ptvSaves("POST");

        Answer answer = push("postOrganization", "turku-liikuntapalvelut");

        assertThat(answer.status()).as("answer %s", answer.body()).isEqualTo(200);
        assertThat(answer.body().path("ptvId").asText()).isEqualTo(ORG_ID);
        assertThat(answer.body().path("sourceId").asText()).isEqualTo("turku-turku-liikuntapalvelut");
        assertThat(answer.body().path("publishingStatus").asText()).isEqualTo("Published");
        assertThat(answer.body().path("outcome").asText()).isEqualTo("created");
        ptv.verify(postRequestedFor(urlPathEqualTo("/api/v11/Organization"))
                .withRequestBody(matchingJsonPath("$.sourceId", com.github.tomakehurst.wiremock.client.WireMock.equalTo("turku-turku-liikuntapalvelut")))
                .withRequestBody(matchingJsonPath("$.organizationNames[?(@.language == 'sv')].value",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("Åbo stad, idrottstjänster"))));
        PtvItem item = application.items().find(RecordKind.Namespace.ORGANIZATION, "turku-liikuntapalvelut").orElseThrow();
        assertThat(item.ptvId()).isEqualTo(ORG_ID);
        assertThat(item.sentVersion()).isEqualTo(1);
    }

    @Test
    void everyPushLeavesAnInboundAndAnOutboundLogRecord() throws Exception {
        ptvSaves("POST");

        Answer answer = push("postOrganization", "turku-liikuntapalvelut");

        List<IntegrationLogEntry> entries = application.log().byCorrelationId(answer.body().path("correlationId").asText());
        assertThat(entries).extracting(IntegrationLogEntry::direction).containsExactly("OUT", "IN");
        IntegrationLogEntry out = entries.get(0);
        assertThat(out.endpoint()).isEqualTo("/api/v11/Organization");
        assertThat(out.method()).isEqualTo("POST");
        assertThat(out.httpStatus()).isEqualTo(200);
        assertThat(out.ptvId()).isEqualTo(ORG_ID);
        assertThat(out.requestBody()).contains("\"organizationNames\"");
        assertThat(out.responseBody()).contains(ORG_ID);
        assertThat(entries.get(1).ptvId()).isEqualTo(ORG_ID);
    }

    /**
     * A push Drupal waits on commits twice (issue 17): the outbox row written already claimed, and
     * after PTV answers one transaction with the outcome, the link to the item and every log record
     * (the PTV calls' and the push call's own), for a create and for an update that reads PTV first.
     */
    @Test
    void givenPushesWhenCountedThenEachCommitsTwiceAndKeepsEveryRecord() throws Exception {
        ptvSaves("POST");
        ptv.stubFor(put(urlPathEqualTo("/api/v11/Organization/" + ORG_ID)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"" + ORG_ID + "\",\"publishingStatus\":\"Published\"}")));
        CommitCountingDataSource counting = new CommitCountingDataSource(database);
        databaseNow = counting;
        counting.takeCommits();

        Answer created = push("postOrganization", "turku-liikuntapalvelut");
        int createCommits = counting.takeCommits();
        Answer updated = push("putOrganizationByPut", "turku-liikuntapalvelut");
        int updateCommits = counting.takeCommits();

        assertThat(List.of(created.status(), updated.status())).containsExactly(200, 200);
        assertThat(List.of(createCommits, updateCommits)).as("commits of a create and of an update").containsExactly(2, 2);
        assertThat(application.log().byCorrelationId(created.body().path("correlationId").asText()))
                .extracting(e -> e.direction() + " " + e.method() + " " + e.httpStatus())
                .containsExactly("OUT POST 200", "IN null 200");
        assertThat(application.log().byCorrelationId(updated.body().path("correlationId").asText()))
                .extracting(IntegrationLogEntry::direction).containsExactly("OUT", "OUT", "IN");
        assertThat(application.items().find(RecordKind.Namespace.ORGANIZATION, "turku-liikuntapalvelut").orElseThrow().ptvId())
                .isEqualTo(ORG_ID);
        assertThat(deliveries().find(created.body().path("messageId").asLong()).orElseThrow().status()).isEqualTo("DELIVERED");
    }

    @Test
    void putUpdatesBySourceIdWithTheWholeObjectAndClearsEmptyLists() throws Exception {
        ptvSaves("PUT");

        Answer answer = push("putOrganization", "turku-liikuntapalvelut");

        assertThat(answer.status()).as("answer %s", answer.body()).isEqualTo(200);
        assertThat(answer.body().path("outcome").asText()).isEqualTo("updated");
        ptv.verify(putRequestedFor(urlPathEqualTo("/api/v11/Organization/sourceId/turku-turku-liikuntapalvelut"))
                .withRequestBody(matchingJsonPath("$.organizationNames.length()", com.github.tomakehurst.wiremock.client.WireMock.equalTo("3")))
                .withRequestBody(matchingJsonPath("$.deleteAllEmails", com.github.tomakehurst.wiremock.client.WireMock.equalTo("false"))));
    }

    @Test
    void afterAPostAPutGoesByTheKnownPtvId() throws Exception {
        ptvSaves("POST");
        push("postOrganization", "turku-liikuntapalvelut");
        ptv.stubFor(put(urlPathEqualTo("/api/v11/Organization/" + ORG_ID)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"" + ORG_ID + "\",\"publishingStatus\":\"Published\"}")));

        Answer answer = push("putOrganizationByPut", "turku-liikuntapalvelut");

        assertThat(answer.status()).isEqualTo(200);
        ptv.verify(putRequestedFor(urlPathEqualTo("/api/v11/Organization/" + ORG_ID)));
    }

    @Test
    void aPtv400BecomesViolationsInPatTerms() throws Exception {
        ptv.stubFor(post(urlPathEqualTo("/api/v11/Organization")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"OrganizationNames\":[\"Type - Required value 'Name' was not found!\"],\"Addresses[0].PostalCode\":[\"Invalid\"]}")));

        Answer answer = push("postOrganization", "turku-liikuntapalvelut");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().path("error").asText()).isEqualTo("ptv-rejected");
        assertThat(answer.body().path("violations").findValuesAsText("path")).containsExactly("names", "addresses[0].PostalCode");
        assertThat(answer.body().path("violations").get(0).path("message").asText()).contains("Required value 'Name'");
    }

    @Test
    void alreadyExistsOnPostSaysUsePut() throws Exception {
        ptv.stubFor(post(urlPathEqualTo("/api/v11/Organization")).willReturn(aResponse().withStatus(400)
                .withBody("{\"SourceId\":[\"External source id 'turku-turku-liikuntapalvelut' already exists. Please use update endpoint!\"]}")));

        Answer answer = push("postOrganization", "turku-liikuntapalvelut");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.body().path("error").asText()).isEqualTo("already-in-ptv");
        assertThat(answer.body().path("message").asText()).contains("/cxf/ptv/organization/put/turku-liikuntapalvelut");
    }

    @Test
    void notFoundOnPutSaysUsePost() throws Exception {
        ptv.stubFor(put(urlPathEqualTo("/api/v11/Organization/sourceId/turku-turku-liikuntapalvelut")).willReturn(
                aResponse().withStatus(404).withBody("{\"errorMessage\":\"Entity not found.\"}")));

        Answer answer = push("putOrganization", "turku-liikuntapalvelut");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.body().path("error").asText()).isEqualTo("not-in-ptv");
        assertThat(answer.body().path("message").asText()).contains("/cxf/ptv/organization/post/turku-liikuntapalvelut");
    }

    @Test
    void anUnreachablePtvIsQueuedForARetryWith202AndLogged() throws Exception {
        ptv.stop();

        Answer answer = push("postOrganization", "turku-liikuntapalvelut");

        assertThat(answer.status()).as("answer %s", answer.body()).isEqualTo(202);
        long messageId = answer.body().path("messageId").asLong();
        assertThat(answer.body().path("nextAttemptAt").asText()).isNotBlank();
        assertThat(answer.body().path("reason").asText()).contains("could not be reached");
        var delivery = deliveries().find(messageId).orElseThrow();
        assertThat(delivery.status()).isEqualTo("PENDING");
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.failureSignature()).isEqualTo("PTV unreachable");
        assertThat(delivery.nextAttemptAt()).isAfter(java.time.OffsetDateTime.now().plusSeconds(10));
        assertThat(application.log().byCorrelationId(answer.body().path("correlationId").asText()))
                .extracting(IntegrationLogEntry::outcome).containsExactly("ptv-0", "delivery-retry", "queued");
    }

    @Test
    void aPushOfARecordWithADeliveryWaitingJoinsIt() throws Exception {
        long waiting = deliveries().enqueue(RecordKind.ORGANIZATION, "turku-liikuntapalvelut", "UPDATE", "earlier");

        Answer answer = push("putOrganization", "turku-liikuntapalvelut");

        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.body().path("messageId").asLong()).isEqualTo(waiting);
        assertThat(answer.body().path("reason").asText()).contains("already waiting");
        assertThat(deliveries().list(null, null, "turku-liikuntapalvelut", 10)).hasSize(1);
        assertThat(ptv.getAllServeEvents()).isEmpty();
    }

    @Test
    void preferRespondAsyncQueuesWithoutCallingPtv() throws Exception {
        Answer answer = call(PtvPushRouteBuilder.ROUTE_ID, null, Map.of(
                "kind", "organization", "operation", "post", "code", "turku-liikuntapalvelut", "X-API-Key", API_KEY,
                "Prefer", "respond-async, wait=10",
                org.apache.camel.Exchange.HTTP_PATH, "/organization/post/turku-liikuntapalvelut"));
        JsonNode body = answer.body();

        assertThat(answer.status()).isEqualTo(202);
        assertThat(body.path("reason").asText()).contains("respond-async");
        assertThat(deliveries().find(body.path("messageId").asLong()).orElseThrow().status()).isEqualTo("PENDING");
        assertThat(ptv.getAllServeEvents()).isEmpty();
    }

    /**
     * A push that waits in the outbox commits once (issue 17): its row with the call's own
     * integration-log record, whether it was asked not to wait or joined a push already waiting.
     */
    @Test
    void aPushThatWaitsCommitsOnceWithItsOwnLogRecord() throws Exception {
        CommitCountingDataSource counting = new CommitCountingDataSource(database);
        databaseNow = counting;
        counting.takeCommits();

        Answer queued = call(PtvPushRouteBuilder.ROUTE_ID, null, Map.of(
                "kind", "organization", "operation", "post", "code", "turku-liikuntapalvelut", "X-API-Key", API_KEY,
                "Prefer", "respond-async", org.apache.camel.Exchange.HTTP_PATH, "/organization/post/turku-liikuntapalvelut"));
        int queuedCommits = counting.takeCommits();
        Answer joined = push("postOrganization", "turku-liikuntapalvelut");
        int joinedCommits = counting.takeCommits();

        assertThat(List.of(queued.status(), joined.status())).containsExactly(202, 202);
        assertThat(joined.body().path("messageId").asLong()).isEqualTo(queued.body().path("messageId").asLong());
        assertThat(List.of(queuedCommits, joinedCommits)).as("commits of a queued push and of one joining it").containsExactly(1, 1);
        for (Answer answer : List.of(queued, joined)) {
            assertThat(application.log().byCorrelationId(answer.body().path("correlationId").asText()))
                    .extracting(e -> e.direction() + " " + e.httpStatus() + " " + e.outcome())
                    .containsExactly("IN 202 queued");
        }
        assertThat(ptv.getAllServeEvents()).isEmpty();
    }

    @Test
    void aPermanentRefusalKeepsTheDeliveryAsFailedAndNamesItsMessageId() throws Exception {
        ptv.stubFor(post(urlPathEqualTo("/api/v11/Organization")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"OrganizationNames\":[\"The field is required.\"]}")));

        Answer answer = push("postOrganization", "turku-liikuntapalvelut");

        assertThat(answer.status()).isEqualTo(422);
        var failed = deliveries().list("FAILED", null, "turku-liikuntapalvelut", 10);
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).failureSignature()).isEqualTo("PTV 400 OrganizationNames");
        assertThat(failed.get(0).lastStatus()).isEqualTo(400);
        assertThat(answer.body().path("message").asText()).contains("message id " + failed.get(0).id());
    }

    @Test
    void anUnstoredCodeIs404AndPtvIsNotCalled() throws Exception {
        Answer answer = push("postOrganization", "nobody");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body().path("message").asText()).contains("/cxf/yleiset/put");
        assertThat(ptv.getAllServeEvents()).isEmpty();
    }

    @Test
    void aParentNotYetInPtvIsNamedAndPtvIsNotCalled() throws Exception {
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.valueToTree(PatJson.example("organization"));
        tree.put("code", "turku-uimahallit-yksikko").put("parentOrganizationCode", "turku-liikuntapalvelut");
        records().put(RecordKind.ORGANIZATION, "turku-uimahallit-yksikko", JSON.writeValueAsString(
                JSON.treeToValue(tree, fi.ptvintegration.pat.model.PatRecord.class)), "setup");

        Answer answer = push("postOrganization", "turku-uimahallit-yksikko");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().path("violations").get(0).path("rule").asText()).isEqualTo("not-in-ptv");
        assertThat(ptv.getAllServeEvents()).isEmpty();

        application.items().save(RecordKind.Namespace.ORGANIZATION, new PtvItem("turku-liikuntapalvelut",
                "turku-turku-liikuntapalvelut", PARENT_ID, "Published", 1, "0".repeat(64), java.time.OffsetDateTime.now()));
        ptvSaves("POST");
        assertThat(push("postOrganization", "turku-uimahallit-yksikko").status()).isEqualTo(200);
        ptv.verify(postRequestedFor(urlPathEqualTo("/api/v11/Organization"))
                .withRequestBody(matchingJsonPath("$.parentOrganizationId", com.github.tomakehurst.wiremock.client.WireMock.equalTo(PARENT_ID))));
    }

    @Test
    void aServiceWhoseOrganisationIsNotInPtvIsRefusedNamingIt() throws Exception {
        records().put(RecordKind.SERVICE, "turku-uimahallit", JSON.writeValueAsString(PatJson.example("service")), "setup");

        Answer answer = push("postService", "turku-uimahallit");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().path("violations").get(0).path("path").asText()).isEqualTo("responsibleOrganizationCode");
        assertThat(answer.body().path("violations").get(0).path("message").asText())
                .contains("/cxf/ptv/organization/post/turku-liikuntapalvelut");
        assertThat(ptv.getAllServeEvents()).isEmpty();
    }

    @Test
    void aServiceIsCreatedWithItsOrganisationsPtvIds() throws Exception {
        ptvSaves("POST");
        push("postOrganization", "turku-liikuntapalvelut");
        records().put(RecordKind.SERVICE, "turku-uimahallit", JSON.writeValueAsString(PatJson.example("service")), "setup");
        String serviceId = "9a1d2c3b-4e5f-4a6b-8c7d-0e1f2a3b4c5d";
        ptv.stubFor(post(urlPathEqualTo("/api/v11/Service")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + serviceId + "\",\"publishingStatus\":\"Published\"}")));

        Answer answer = push("postService", "turku-uimahallit");

        assertThat(answer.status()).as("answer %s", answer.body()).isEqualTo(200);
        assertThat(answer.body().path("ptvId").asText()).isEqualTo(serviceId);
        assertThat(answer.body().path("kind").asText()).isEqualTo("service");
        ptv.verify(postRequestedFor(urlPathEqualTo("/api/v11/Service"))
                .withRequestBody(matchingJsonPath("$.mainResponsibleOrganization", com.github.tomakehurst.wiremock.client.WireMock.equalTo(ORG_ID)))
                .withRequestBody(matchingJsonPath("$.serviceProducers[0].organizations[0]", com.github.tomakehurst.wiremock.client.WireMock.equalTo(ORG_ID)))
                .withRequestBody(matchingJsonPath("$.sourceId", com.github.tomakehurst.wiremock.client.WireMock.equalTo("turku-turku-uimahallit"))));
    }

    @Test
    void anOrganisationWithItsOwnAccountIsPushedWithThatAccountsToken() throws Exception {
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.valueToTree(PatJson.example("organization"));
        tree.put("code", "turku-sivistys");
        records().put(RecordKind.ORGANIZATION, "turku-sivistys", JSON.writeValueAsString(
                JSON.treeToValue(tree, fi.ptvintegration.pat.model.PatRecord.class)), "setup");
        ptvSaves("POST");
        ptv.stubFor(post(urlPathEqualTo("/api/v11/Organization"))
                .withRequestBody(matchingJsonPath("$.sourceId", com.github.tomakehurst.wiremock.client.WireMock.equalTo("turku-turku-sivistys")))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"" + PARENT_ID + "\",\"publishingStatus\":\"Published\"}")));

        assertThat(push("postOrganization", "turku-liikuntapalvelut").status()).isEqualTo(200);
        Answer sivistys = push("postOrganization", "turku-sivistys");

        assertThat(sivistys.status()).as("answer %s", sivistys.body()).isEqualTo(200);
        assertThat(sivistys.body().path("ptvId").asText()).isEqualTo(PARENT_ID);

        ptv.verify(postRequestedFor(urlPathEqualTo("/api/v11/Organization"))
                .withRequestBody(matchingJsonPath("$.sourceId", com.github.tomakehurst.wiremock.client.WireMock.equalTo("turku-turku-liikuntapalvelut")))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer default-account-token")));
        ptv.verify(postRequestedFor(urlPathEqualTo("/api/v11/Organization"))
                .withRequestBody(matchingJsonPath("$.sourceId", com.github.tomakehurst.wiremock.client.WireMock.equalTo("turku-turku-sivistys")))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer sivistys-account-token")));
    }

    @Test
    void aPtvIdAlreadyMappedToAnotherCodeIsAConflictNotAnOutage() throws Exception {
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.valueToTree(PatJson.example("organization"));
        tree.put("code", "turku-toinen");
        records().put(RecordKind.ORGANIZATION, "turku-toinen", JSON.writeValueAsString(
                JSON.treeToValue(tree, fi.ptvintegration.pat.model.PatRecord.class)), "setup");
        ptvSaves("POST");
        push("postOrganization", "turku-liikuntapalvelut");

        Answer second = push("postOrganization", "turku-toinen");

        assertThat(second.status()).as("answer %s", second.body()).isEqualTo(409);
        assertThat(second.body().path("error").asText()).isEqualTo("ptv-id-conflict");
        assertThat(second.body().path("message").asText()).contains(ORG_ID);
    }

    @Test
    void pushingNeedsCredentials() throws Exception {
        Answer answer = call(PtvPushRouteBuilder.ROUTE_ID, null,
                Map.of("kind", "organization", "operation", "post", "code", "turku-liikuntapalvelut"));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(ptv.getAllServeEvents()).isEmpty();
    }
}
