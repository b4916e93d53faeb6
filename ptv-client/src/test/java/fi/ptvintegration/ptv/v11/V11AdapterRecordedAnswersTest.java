package fi.ptvintegration.ptv.v11;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import fi.ptvintegration.pat.model.PatJson;
import fi.ptvintegration.pat.model.RecordKind;
import fi.ptvintegration.ptv.http.PtvClientSettings;
import fi.ptvintegration.ptv.port.PtvApiException;
import fi.ptvintegration.ptv.port.PtvCall;
import fi.ptvintegration.ptv.port.PtvItemRef;
import fi.ptvintegration.ptv.port.PtvItemView;
import fi.ptvintegration.ptv.port.PtvPage;
import fi.ptvintegration.ptv.port.PtvReferences;
import fi.ptvintegration.ptv.port.PtvResult;
import fi.ptvintegration.ptv.port.PtvSaved;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The v11 reader against PTV's recorded answers served by WireMock: the paths and query it asks,
 * the views and pages it makes of PTV's answers, the calls it returns, and what it does with a
 * 404, a failure and an answer it cannot read.
 */
class V11AdapterRecordedAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SERVICE = "3668d250-cd80-45c4-abcc-9b2d3a2b3e42";
    private static final String LOCATION = "961f1a02-0eb7-4b5d-9721-6b9f2d14ec6f";
    private static final String VAASA = "7fdd7f84-e52a-4c17-a59a-d7c2a3095ed5";
    private static final String ORGANIZATION = "00022b78-dd97-4a66-8846-68b179d983e0";

    private WireMockServer ptv;
    private V11Adapter adapter;

    @BeforeEach
    void startPtv() {
        ptv = new WireMockServer(wireMockConfig().dynamicPort());
        ptv.start();
        adapter = new V11Adapter(new PtvClientSettings(ptv.baseUrl(), "v11", Duration.ofSeconds(2), Duration.ofSeconds(5)), () -> "token");
    }

    @AfterEach
    void stopPtv() {
        ptv.stop();
    }

    private void answer(String url, int status, String body) {
        ptv.stubFor(get(urlEqualTo(url)).willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(body)));
    }

    @Test
    void givenARecordedServiceWhenReadByIdThenItsViewComesWithTheCall() throws Exception {
        String body = V11ClientReadsTest.sample("v11/services/" + SERVICE + ".json");
        answer("/api/v11/Service/" + SERVICE, 200, body);

        PtvResult<Optional<PtvItemView>> read = adapter.item(RecordKind.Namespace.SERVICE, SERVICE);

        assertThat(read.value()).hasValueSatisfying(view -> {
            assertThat(view.kind()).isEqualTo(RecordKind.SERVICE);
            assertThat(view.ptvId()).isEqualTo(SERVICE);
            assertThat(view.displayName()).isEqualTo("Nettilukio aikuisille");
            assertThat(view.organizationId()).isEqualTo("df0c2f24-d2bd-4ba7-bdcd-fcfc9f0d65a7");
        });
        PtvCall call = read.call();
        assertThat(call.method()).isEqualTo("GET");
        assertThat(call.path()).isEqualTo("/api/v11/Service/" + SERVICE);
        assertThat(call.status()).isEqualTo(200);
        assertThat(call.responseJson()).isEqualTo(body);
        assertThat(call.requestJson()).isNull();
        assertThat(read.calls()).containsExactly(call);
    }

    @Test
    void givenRecordedChannelAndOrganisationWhenReadByIdThenTheirKindsComeFromTheAnswer() throws Exception {
        answer("/api/v11/ServiceChannel/" + LOCATION, 200, V11ClientReadsTest.sample("v11/servicechannels/ServiceLocation/" + LOCATION + ".json"));
        answer("/api/v11/Organization/" + VAASA, 200, V11ClientReadsTest.sample("v9/organizations/" + VAASA + ".json"));

        PtvItemView channel = adapter.item(RecordKind.Namespace.CHANNEL, LOCATION).value().orElseThrow();
        PtvItemView organization = adapter.item(RecordKind.Namespace.ORGANIZATION, VAASA).value().orElseThrow();

        assertThat(channel.kind()).isEqualTo(RecordKind.SERVICE_LOCATION);
        assertThat(channel.fields()).containsEntry("addresses[Location:Single].postalCode", "50670");
        assertThat(organization.kind()).isEqualTo(RecordKind.ORGANIZATION);
        assertThat(organization.fields()).containsEntry("names.Name.fi", "Vaasan kaupunki");
    }

    @Test
    void givenPtvAnswers404WhenAnItemIsReadThenItIsEmptyAndTheCallKeepsTheAnswer() throws Exception {
        answer("/api/v11/Service/" + SERVICE, 404, "{\"errorMessage\":\"Service with id '" + SERVICE + "' not found.\"}");

        PtvResult<Optional<PtvItemView>> read = adapter.item(RecordKind.Namespace.SERVICE, SERVICE);

        assertThat(read.value()).isEmpty();
        assertThat(read.call().status()).isEqualTo(404);
        assertThat(read.call().responseJson()).contains("not found");
    }

    @Test
    void givenAServiceBeingEditedWhenItsLatestVersionIsReadThenActiveAnswersModified() throws Exception {
        ObjectNode modified = (ObjectNode) JSON.readTree(V11ClientReadsTest.sample("v11/services/" + SERVICE + ".json"));
        modified.put("publishingStatus", "Modified");
        answer("/api/v11/Service/active/" + SERVICE, 200, modified.toString());
        answer("/api/v11/Organization/" + VAASA, 200, V11ClientReadsTest.sample("v9/organizations/" + VAASA + ".json"));

        PtvResult<Optional<PtvItemView>> latest = adapter.latestVersion(RecordKind.Namespace.SERVICE, SERVICE);
        PtvResult<Optional<PtvItemView>> organization = adapter.latestVersion(RecordKind.Namespace.ORGANIZATION, VAASA);

        assertThat(latest.value().orElseThrow().publishingStatus()).isEqualTo("Modified");
        assertThat(latest.call().path()).isEqualTo("/api/v11/Service/active/" + SERVICE);
        assertThat(organization.call().path()).as("v11 has no active read of organisations").isEqualTo("/api/v11/Organization/" + VAASA);
        assertThat(adapter.latestVersionShowsEdits(RecordKind.Namespace.ORGANIZATION)).isFalse();
        assertThat(adapter.latestVersionShowsEdits(RecordKind.Namespace.SERVICE)).isTrue();
        assertThat(adapter.latestVersionShowsEdits(RecordKind.Namespace.CHANNEL)).isTrue();
    }

    @Test
    void givenRecordedListPagesWhenAnOrganisationsServicesAndChannelsAreReadThenEveryItemIsAView() throws Exception {
        answer("/api/v11/Service/list/organization?organizationId=" + ORGANIZATION + "&page=1", 200,
                V11ClientReadsTest.sample("v11-synthetic/municipality_services.page.json"));
        answer("/api/v11/ServiceChannel/list/organization?organizationId=" + ORGANIZATION + "&page=1", 200,
                V11ClientReadsTest.sample("v11-synthetic/municipality_channels.page.json"));

        PtvResult<PtvPage<PtvItemView>> services = adapter.itemsOfOrganization(RecordKind.Namespace.SERVICE, ORGANIZATION, 1);
        PtvResult<PtvPage<PtvItemView>> channels = adapter.itemsOfOrganization(RecordKind.Namespace.CHANNEL, ORGANIZATION, 1);

        assertThat(services.value().page()).isEqualTo(1);
        assertThat(services.value().pageCount()).isEqualTo(1);
        assertThat(services.value().hasNext()).isFalse();
        assertThat(services.value().items()).extracting(PtvItemView::displayName).containsExactly("Hammaslääkäri", "Perusopetus");
        assertThat(channels.value().items()).extracting(PtvItemView::kind)
                .containsExactly(RecordKind.SERVICE_LOCATION, RecordKind.SERVICE_LOCATION, RecordKind.PHONE);
        assertThat(channels.call().path()).isEqualTo("/api/v11/ServiceChannel/list/organization?organizationId=" + ORGANIZATION + "&page=1");
    }

    @Test
    void givenAChangedSinceTimeWhenIdsOfAnOrganisationAreReadThenPtvIsAskedFromASecondBeforeInUtcAndOlderItemsAreDropped()
            throws Exception {
        String page = """
                {"pageNumber":2,"pageSize":1000,"pageCount":3,"itemList":[
                 {"id":"aaaaaaaa-0000-0000-0000-000000000001","type":"Service","created":"2020-01-01T00:00:00","modified":"2026-11-20T10:30:14.9"},
                 {"id":"aaaaaaaa-0000-0000-0000-000000000002","type":"PermitOrObligation","modified":"2026-11-20T10:30:15.25"},
                 {"id":"aaaaaaaa-0000-0000-0000-000000000003","type":"EChannel","modified":"2026-11-21T08:00:00"},
                 {"id":"aaaaaaaa-0000-0000-0000-000000000004","type":null,"modified":"2026-11-21T08:00:00"},
                 {"id":"aaaaaaaa-0000-0000-0000-000000000005","type":"ServiceLocation","modified":"2026-11-21T09:00:00"}]}""";
        answer("/api/v11/Common/EntitiesByOrganization/" + ORGANIZATION + "?page=2&date=2026-11-20T10%3A30%3A14", 200, page);

        PtvResult<PtvPage<PtvItemRef>> ids = adapter.idsOfOrganization(ORGANIZATION,
                OffsetDateTime.parse("2026-11-20T12:30:15.250+02:00"), 2);

        assertThat(ids.value().page()).isEqualTo(2);
        assertThat(ids.value().pageCount()).isEqualTo(3);
        assertThat(ids.value().hasNext()).isTrue();
        assertThat(ids.value().items()).containsExactly(
                new PtvItemRef(RecordKind.Namespace.SERVICE, RecordKind.SERVICE, "aaaaaaaa-0000-0000-0000-000000000002", null,
                        OffsetDateTime.parse("2026-11-20T10:30:15.25Z")),
                new PtvItemRef(RecordKind.Namespace.CHANNEL, RecordKind.ECHANNEL, "aaaaaaaa-0000-0000-0000-000000000003", null,
                        OffsetDateTime.parse("2026-11-21T08:00:00Z")),
                new PtvItemRef(RecordKind.Namespace.SERVICE, RecordKind.SERVICE, "aaaaaaaa-0000-0000-0000-000000000004", null,
                        OffsetDateTime.parse("2026-11-21T08:00:00Z")),
                new PtvItemRef(RecordKind.Namespace.CHANNEL, RecordKind.SERVICE_LOCATION, "aaaaaaaa-0000-0000-0000-000000000005", null,
                        OffsetDateTime.parse("2026-11-21T09:00:00Z")));
        assertThat(ids.call().path()).isEqualTo("/api/v11/Common/EntitiesByOrganization/" + ORGANIZATION + "?page=2&date=2026-11-20T10%3A30%3A14");
    }

    @Test
    void givenAnEmptyPageWithANullItemListWhenIdsAreReadThenThePageIsEmptyAndLast() throws Exception {
        answer("/api/v11/Common/EntitiesByOrganization/" + ORGANIZATION + "?page=1", 200,
                "{\"pageNumber\":1,\"pageSize\":1000,\"pageCount\":0,\"itemList\":null}");

        PtvPage<PtvItemRef> page = adapter.idsOfOrganization(ORGANIZATION, null, 1).value();

        assertThat(page.items()).isEmpty();
        assertThat(page.pageCount()).isZero();
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void givenAnUnknownOrganisationWhenItsIdsAreReadThenPtvs404IsAFailureWithTheCall() {
        answer("/api/v11/Common/EntitiesByOrganization/" + ORGANIZATION + "?page=1", 404,
                "{\"errorMessage\":\"Organization with id '" + ORGANIZATION + "' not found.\"}");

        assertThatThrownBy(() -> adapter.idsOfOrganization(ORGANIZATION, null, 1)).isInstanceOfSatisfying(PtvApiException.class, e -> {
            assertThat(e.status()).isEqualTo(404);
            assertThat(e.call()).hasValueSatisfying(call -> assertThat(call.path()).endsWith("?page=1"));
            assertThat(e.unreadableAnswer()).isFalse();
        });
    }

    @Test
    void givenArchivedItemsWhenAPageIsReadThenBothWaysOfArchivingAreAskedWithSkipAndTakeAndTheirItemsCombined() throws Exception {
        String manual = """
                [{"id":"bbbbbbbb-0000-0000-0000-000000000001","organizationId":"%s","type":"Phone","archivingDate":"2026-11-20T10:00:00",
                  "names":[{"language":"sv","type":"Name","value":"Rådgivning"},{"language":"fi","type":"Name","value":"Neuvonta"}]}]"""
                .formatted(ORGANIZATION);
        StringBuilder automatic = new StringBuilder("[");
        for (int i = 0; i < V11Reads.ARCHIVED_TAKE; i++) {
            automatic.append(i == 0 ? "" : ",").append("{\"id\":\"cccccccc-0000-0000-0000-0000000000").append(String.format("%02d", i))
                    .append("\",\"type\":\"WebPage\",\"archivingDate\":\"2026-11-21T10:00:00\",\"names\":[]}");
        }
        automatic.append(']');
        String query = "?OrganizationId=" + ORGANIZATION + "&Skip=50&Take=50&MinArchivingDate=2026-11-20T09%3A59%3A59.999999Z";
        answer("/api/v11/ServiceChannel/archived/list" + query + "&ArchivingType=0", 200, manual);
        answer("/api/v11/ServiceChannel/archived/list" + query + "&ArchivingType=1", 200, automatic.toString());

        PtvResult<PtvPage<PtvItemRef>> archived = adapter.archived(RecordKind.Namespace.CHANNEL, ORGANIZATION,
                OffsetDateTime.parse("2026-11-20T10:00:00Z"), 2);

        assertThat(archived.value().items()).hasSize(51);
        assertThat(archived.value().items().get(0)).isEqualTo(new PtvItemRef(RecordKind.Namespace.CHANNEL, RecordKind.PHONE,
                "bbbbbbbb-0000-0000-0000-000000000001", "Neuvonta", OffsetDateTime.parse("2026-11-20T10:00:00Z")));
        assertThat(archived.value().items().get(1).kind()).isEqualTo(RecordKind.WEB_PAGE);
        assertThat(archived.value().pageCount()).as("the automatic half came back full: there may be more").isEqualTo(3);
        assertThat(archived.calls()).extracting(PtvCall::path).containsExactly(
                "/api/v11/ServiceChannel/archived/list" + query + "&ArchivingType=0",
                "/api/v11/ServiceChannel/archived/list" + query + "&ArchivingType=1");
        assertThat(archived.call()).isEqualTo(archived.calls().get(0));
    }

    @Test
    void givenNoArchivedServicesWhenTheFirstPageIsReadThenTheListingIsEmpty() throws Exception {
        ptv.stubFor(get(urlPathEqualTo("/api/v11/Service/archived/list")).willReturn(aResponse().withStatus(200).withBody("[]")));

        PtvPage<PtvItemRef> page = adapter.archived(RecordKind.Namespace.SERVICE, ORGANIZATION, null, 1).value();

        assertThat(page.items()).isEmpty();
        assertThat(page.pageCount()).isZero();
        ptv.verify(2, getRequestedFor(urlPathEqualTo("/api/v11/Service/archived/list")));
    }

    @Test
    void givenAnswersOfAnotherShapeWhenReadThenTheFailureIsAnUnreadableAnswerNamingWhatIsWrong() {
        answer("/api/v11/Service/" + SERVICE, 200, "<html>Service unavailable</html>");
        answer("/api/v11/Service/list/organization?organizationId=" + ORGANIZATION + "&page=1", 200,
                "{\"pageNumber\":1,\"pageCount\":1,\"itemList\":[{\"serviceNames\":[]}]}");
        answer("/api/v11/ServiceChannel/list/organization?organizationId=" + ORGANIZATION + "&page=2", 200,
                "{\"pageNumber\":1,\"pageCount\":1,\"itemList\":[]}");
        answer("/api/v11/Common/EntitiesByOrganization/" + ORGANIZATION + "?page=1", 200,
                "{\"pageNumber\":1,\"pageCount\":1,\"itemList\":[{\"id\":\"x\",\"type\":\"Fax\"}]}");
        answer("/api/v11/ServiceChannel/" + LOCATION, 200, "");

        assertUnreadable(() -> adapter.item(RecordKind.Namespace.SERVICE, SERVICE), "not JSON");
        assertUnreadable(() -> adapter.itemsOfOrganization(RecordKind.Namespace.SERVICE, ORGANIZATION, 1), "itemList[0]: the item has no id");
        assertUnreadable(() -> adapter.itemsOfOrganization(RecordKind.Namespace.CHANNEL, ORGANIZATION, 2), "page 2 was asked for, the answer is page 1");
        assertUnreadable(() -> adapter.idsOfOrganization(ORGANIZATION, null, 1), "itemList[0].type 'Fax'");
        assertUnreadable(() -> adapter.item(RecordKind.Namespace.CHANNEL, LOCATION), "the answer is empty");
    }

    private static void assertUnreadable(org.assertj.core.api.ThrowableAssert.ThrowingCallable read, String reason) {
        assertThatThrownBy(read).isInstanceOfSatisfying(PtvApiException.class, e -> {
            assertThat(e.unreadableAnswer()).isTrue();
            assertThat(e.getMessage()).contains(reason);
            assertThat(e.call()).hasValueSatisfying(call -> assertThat(call.status()).isEqualTo(200));
        });
    }

    @Test
    void givenPtvFailsWhenARequestIsReadThenTheFailureCarriesStatusAndCall() {
        answer("/api/v11/ServiceChannel/active/" + LOCATION, 500, "{\"errorMessage\":\"An unexpected error occurred.\"}");

        assertThatThrownBy(() -> adapter.latestVersion(RecordKind.Namespace.CHANNEL, LOCATION))
                .isInstanceOfSatisfying(PtvApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(500);
                    assertThat(e.unreadableAnswer()).isFalse();
                    assertThat(e.call()).hasValueSatisfying(call -> assertThat(call.path()).isEqualTo("/api/v11/ServiceChannel/active/" + LOCATION));
                });
    }

    @Test
    void givenArgumentsThatAreNoPtvIdsOrPagesWhenReadThenTheReaderRefusesWithoutCallingPtv() {
        assertThatThrownBy(() -> adapter.item(RecordKind.Namespace.SERVICE, "../Organization/x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a PTV id");
        assertThatThrownBy(() -> adapter.itemsOfOrganization(RecordKind.Namespace.SERVICE, ORGANIZATION, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from 1");
        assertThatThrownBy(() -> adapter.itemsOfOrganization(RecordKind.Namespace.ORGANIZATION, ORGANIZATION, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> adapter.latestVersion(RecordKind.Namespace.OFFERING, SERVICE)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ptv.getAllServeEvents()).isEmpty();
    }

    @Test
    void givenPtvAnswersAWriteWithItsRecordedReadModelWhenCreatedThenTheSavedItemIsTheSameViewAsARead() throws Exception {
        String body = V11ClientReadsTest.sample("v11/services/" + SERVICE + ".json");
        ptv.stubFor(post(urlPathEqualTo("/api/v11/Service")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(body)));
        answer("/api/v11/Service/" + SERVICE, 200, body);
        var service = PatJson.example("service");
        PtvReferences references = PtvReferences.none();
        fi.ptvintegration.pat.model.PatReferences.of(service).forEach(r -> references.with(RecordKind.Namespace.ORGANIZATION, r.code(),
                "df0c2f24-d2bd-4ba7-bdcd-fcfc9f0d65a7"));

        PtvSaved saved = adapter.create(adapter.prepare(service, "turku-uimahallit", references));

        assertThat(saved.ptvId()).isEqualTo(SERVICE);
        assertThat(saved.item()).isNotNull();
        PtvItemView read = adapter.item(RecordKind.Namespace.SERVICE, SERVICE).value().orElseThrow();
        assertThat(saved.item().fields()).isEqualTo(read.fields());
        assertThat(saved.item().modified()).isEqualTo(read.modified());
        assertThat(saved.item().organizationId()).isEqualTo(read.organizationId());
    }

    @Test
    void givenPtvAnswersALocationWriteWithItsRecordedReadModelWhenCreatedThenTheSavedItemKeepsTheEmailsAsARead() throws Exception {
        String body = V11ClientReadsTest.sample("v11/servicechannels/ServiceLocation/" + LOCATION + ".json");
        ptv.stubFor(post(urlPathEqualTo("/api/v11/ServiceChannel/ServiceLocation")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(body)));
        answer("/api/v11/ServiceChannel/" + LOCATION, 200, body);
        var location = PatJson.example("servicelocation");
        PtvReferences references = PtvReferences.none().with(RecordKind.Namespace.ORGANIZATION, "turku-liikuntapalvelut",
                "df0c2f24-d2bd-4ba7-bdcd-fcfc9f0d65a7");

        PtvSaved saved = adapter.create(adapter.prepare(location, "turku-impivaara", references));

        PtvItemView read = adapter.item(RecordKind.Namespace.CHANNEL, LOCATION).value().orElseThrow();
        assertThat(saved.item().fields()).isEqualTo(read.fields()).containsEntry("emails.fi[info@otavia.fi]", "info@otavia.fi");
        assertThat(saved.item().kind()).isEqualTo(RecordKind.SERVICE_LOCATION);
    }
}
